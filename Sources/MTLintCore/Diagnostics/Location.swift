import MTLintText

/// Where a range stands in the file, in every coordinate a report needs.
public struct Location: Equatable, Sendable {
    /// 1-based line of the first character.
    public var line: Int
    /// 1-based column of the first character, in UTF-16 code units.
    public var column: Int
    /// Line and column just after the last character (exclusive end, as in SARIF and LSP).
    public var endLine: Int
    public var endColumn: Int
    /// Byte offset and length in the file as stored.
    public var offset: Int
    public var length: Int
    /// UTF-16 offset and length in the decoded text (a BOM not counted): SARIF's
    /// `charOffset` and `charLength`.
    public var characterOffset: Int
    public var characterLength: Int

    package init(line: Int, column: Int, endLine: Int, endColumn: Int, offset: Int, length: Int, characterOffset: Int, characterLength: Int)
    {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
        self.offset = offset
        self.length = length
        self.characterOffset = characterOffset
        self.characterLength = characterLength
    }
}
