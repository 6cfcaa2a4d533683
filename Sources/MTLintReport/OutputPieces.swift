import MTLintCore
import MTLintText

/// Report text handed on in pieces of about 64 KB as it is made, so that the report of a
/// file with a hundred thousand findings is never one string in memory.
package struct OutputPieces {
    static let pieceSize = 1 << 16
    private var piece = ""

    /// Adds `part`; hands the piece to `output` once it is big enough.
    mutating func add(_ part: String, to output: (String) -> Void) {
        piece += part
        if piece.utf8.count >= Self.pieceSize { finish(to: output) }
    }

    /// Hands on what is left.
    mutating func finish(to output: (String) -> Void) {
        if !piece.isEmpty { output(piece) }
        piece = ""
    }
}
