import Foundation

/// Something a sentence holds that survives translation, so that a source sentence and its
/// translation share it: a figure by value (`10亿` and `1 miliardo` are both 1,000,000,000),
/// an address, a Latin-script name or token written the same on both sides (`OpenAI`,
/// `GPT-4`), or a quotation. Shared anchors pull two sentences together in the alignment.
public enum AlignmentAnchor: Hashable, Sendable {
    case figure(Decimal)
    case url(String)
    case token(String)
    case quotation

    /// How much a shared anchor of this kind weighs: a quotation is common, the others
    /// rarely shared by chance.
    /// Figures and addresses weigh more (SentenceAligner.strongAnchor): a translation keeps them,
    /// while a name may be translated (`ByteDance`, `字节跳动`).
    var weight: Double {
        switch self {
        case .quotation: 0.5
        case .token: 1
        case .figure, .url: 1.5
        }
    }
}
