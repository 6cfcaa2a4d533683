/// One step of an alignment: the source sentences and the target sentences that translate
/// each other, as ranges of sentence indices. One of the two may be empty: a source
/// sentence left untranslated (1-0), or a target sentence with no source (0-1).
public struct AlignmentBead: Sendable, Equatable {
    /// Indices into the source side's sentences.
    public var source: Range<Int>
    /// Indices into the target side's sentences.
    public var target: Range<Int>

    public init(source: Range<Int>, target: Range<Int>) {
        self.source = source
        self.target = target
    }

    /// `1-1`, `2-1`, `1-2`, `1-0` or `0-1`: how many sentences each side gives.
    public var kind: String { "\(source.count)-\(target.count)" }
}
