import ICU

/// How many terminal columns text takes, so that underlines line up under accented letters
/// (one column), combining marks (none), CJK and emoji (two).
package enum DisplayWidth {
    static func of(_ text: Substring) -> Int {
        // Printable ASCII, the usual case, is one column a byte: no grapheme breaking needed.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }
    static func of(_ text: String) -> Int { of(text[...]) }

    /// The width of UTF-16 code units; text made only of one-column characters (most news
    /// text, with its accents, dashes, quotes and ellipses) is counted without decoding.
    static func of<Units: Collection<UInt16>>(_ units: Units) -> Int {
        if units.allSatisfy(isOneColumn) { return units.count }
        return of(String(utf16Units: units))
    }

    /// The columns of `text` before `highlight` (UTF-16 offsets of `text`) and of the
    /// highlighted part: what the text report pads and underlines. Read from the scalars when
    /// every character up to the highlight's end is one column (most excerpts); otherwise
    /// counted grapheme by grapheme.
    package static func columns(of text: String, highlight: Range<Int>) -> (before: Int, highlighted: Int) {
        var offset = 0, before = 0, highlighted = 0
        for scalar in text.unicodeScalars {
            guard offset < highlight.upperBound else { break }
            guard scalar.value < 0x10000, isOneColumn(UInt16(scalar.value)) else {
                let units = Array(text.utf16)
                return (of(units[0..<highlight.lowerBound]), of(units[highlight]))
            }
            if offset < highlight.lowerBound { before += 1 } else { highlighted += 1 }
            offset += 1
        }
        return (before, highlighted)
    }

    /// One column and a grapheme of its own: printable ASCII, Latin-1 and Latin Extended
    /// (not the soft hyphen, which has no width), and U+2010 ... U+2027 (dashes, quotes, `…`).
    @inline(__always)
    package static func isOneColumn(_ unit: UInt16) -> Bool {
        (unit >= 0x20 && unit < 0x7F) || (unit >= 0xA0 && unit < 0x300 && unit != 0xAD) || (unit >= 0x2010 && unit <= 0x2027)
    }

    /// One grapheme cluster: two columns when any of its scalars is wide or full-width (East
    /// Asian Width) or an emoji shown as emoji; zero for a lone mark or format character.
    static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        var width = 0
        for scalar in character.unicodeScalars {
            let properties = scalar.properties
            if scalar.value == 0xFE0F || properties.isEmojiPresentation { return 2 }
            switch CharacterProperties.eastAsianWidth(scalar) {
            case .wide, .fullwidth: return 2
            default: break
            }
            switch properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: break
            default: width = 1
            }
        }
        return width
    }
}
