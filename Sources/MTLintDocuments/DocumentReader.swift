extension SegmentedText {
    /// Reads a file's decoded text (TextDecoder's output) as `format`; nil for plain text,
    /// which has no markup: its text is the file's, every offset as it is, and for the
    /// bilingual formats, which BilingualText reads.
    public static func read(_ text: [UInt16], as format: InputFormat) -> SegmentedText? {
        switch format {
        case .text, .xliff, .po, .tmx, .csv, .tsv: nil
        case .markdown: MarkdownReader.read(text)
        case .html: HTMLReader.read(text)
        }
    }
}
