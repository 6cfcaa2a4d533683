import MTLintDocuments
import MTLintText

/// A placeholder of a message: what a program fills in (`%d`, `%1$s`, `%(name)s`, `{name}`,
/// `{count, plural, ...}`) or an inline tag of the file. Source and target must have the same
/// ones, whatever their order, except where a numbered placeholder says which argument it is.
public struct Placeholder: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case printf, pythonNamed = "python", brace, tag, markup
    }

    public var kind: Kind
    /// What is compared: `printf 2:d`, `python name:s`, `brace name`, `tag x#1`.
    public var key: String
    /// UTF-16 range in its side's text.
    public var range: Range<Int>
    /// True for a printf conversion that carries a count (`%d`, `%zu`): a plural form may leave it out.
    public var isCount: Bool
}

/// Finds the placeholders of a segment, by the syntaxes its unit's flags allow: a PO entry
/// marked `c-format` is read strictly as printf (`% d` too), one marked `no-c-format` not at
/// all; without flags (XLIFF, TMX, CSV, unmarked PO entries) only the unambiguous forms count:
/// printf without the space flag (`30% di` is prose), `%(name)s`, and braces around a name or
/// number (`{0}`, `{name}`, ICU `{count, plural, ...}`).
public enum PlaceholderScanner {
    public struct Syntax: Sendable, Equatable {
        var printf = true
        var strictPrintf = false
        var pythonNamed = true
        var braces = true
        var markup = true

        /// The syntaxes a unit's flags allow.
        public init(flags: [String]) {
            let set = Set(flags)
            let printfFlags = [
                "c-format", "objc-format", "php-format", "perl-format", "gcc-internal-format", "gfc-internal-format", "qt-format",
                "kde-format",
            ]
            if printfFlags.contains(where: set.contains) { strictPrintf = true }
            if set.contains("python-format") { strictPrintf = true }
            if set.contains("no-c-format") || set.contains("no-python-format") {
                printf = false
                strictPrintf = false
            }
            if set.contains("no-python-format") { pythonNamed = false }
            if set.contains("no-python-brace-format") { braces = false }
            if set.contains("python-brace-format") || set.contains("java-format") || set.contains("csharp-format") { strictBraces = true }
            // Qt and KDE write %1, %2: numbered, without conversion.
            qtNumbered = set.contains("qt-format") || set.contains("kde-format") || set.contains("qt-plural-format")
        }

        var qtNumbered = false
        var strictBraces = false
    }

    /// The placeholders of `text[range]`, in order. A strftime format (`%H:%M`, `%a %e %b`),
    /// which translations adapt to their locale, is not read as printf; markup counts only
    /// when the text closes a tag (`</b>`, `<br/>`): `<file>` alone is a usage line's word.
    public static func placeholders(in text: [UInt16], _ range: Range<Int>, syntax: Syntax) -> [Placeholder] {
        var syntax = syntax
        if !syntax.strictPrintf, isStrftime(text, range) { syntax.printf = false }
        if syntax.strictPrintf, isStrftime(text, range), text[range].contains(0x25) { syntax.printf = !hasOwnFormat(text, range) }
        var found = scan(text, range, syntax: syntax)
        if found.contains(where: { $0.kind == .markup }),
            !found.contains(where: { $0.kind == .markup && ($0.key.hasPrefix("markup /") || $0.key.hasSuffix("/")) })
        {
            found.removeAll { $0.kind == .markup }
        }
        return found
    }

    /// True when a conversion only strftime has (`%H`, `%M`, `%Y`, `%b` ...) follows a `%`, or
    /// one of a format of its own (`%P`, `%pB`): not printf, whose rules would mislead.
    static func isStrftime(_ text: [UInt16], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            if text[index] == 0x25 {
                var next = index + 1
                // A flag or modifier first: %-d, %_H, %0d, %Ey, %Od.
                if text[next] == 0x2D || text[next] == 0x5F || text[next] == 0x30 || text[next] == 0x45 || text[next] == 0x4F { next += 1 }
                if next < range.upperBound, strftimeOnly.contains(text[next]) { return true }
                // `%pB`, `%pA`: the kernel's and binutils' pointer extensions.
                if text[index + 1] == 0x70, index + 2 < range.upperBound, text[index + 2] >= 0x41, text[index + 2] <= 0x5A { return true }
                if text[index + 1] == 0x25 {
                    index += 2
                    continue
                }
            }
            index += 1
        }
        return false
    }

    /// strftime's conversions, and the capitals of formats of their own (binutils' `%P`, `%B`);
    /// made once: every unit of a file is scanned.
    private static let strftimeOnly: Set<UInt16> = Set("HMSYyBbIjkmZzTRDrVUWCGPQKNJt".utf16)

    /// binutils' and the kernel's own directives (`%pB`, `%P`): printf flags do not describe them.
    static func hasOwnFormat(_ text: [UInt16], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            if text[index] == 0x25,
                [0x50, 0x42, 0x51].contains(text[index + 1])
                    || (text[index + 1] == 0x70 && index + 2 < range.upperBound && text[index + 2] >= 0x41 && text[index + 2] <= 0x5A)
            {
                return true
            }
            index += 1
        }
        return false
    }

    private static func scan(_ text: [UInt16], _ range: Range<Int>, syntax: Syntax) -> [Placeholder] {
        var found: [Placeholder] = []
        var index = range.lowerBound
        var nextArgument = 1
        while index < range.upperBound {
            let unit = text[index]
            if unit == 0x25, syntax.printf || syntax.pythonNamed || syntax.qtNumbered {  // %
                if index + 1 < range.upperBound, text[index + 1] == 0x25 {
                    index += 2
                    continue
                }  // %%
                if syntax.pythonNamed, index + 1 < range.upperBound, text[index + 1] == 0x28,
                    let (placeholder, end) = pythonNamed(text, index, range.upperBound)
                {
                    found.append(placeholder)
                    index = end
                    continue
                }
                if syntax.qtNumbered, let (placeholder, end) = qtNumbered(text, index, range.upperBound) {
                    found.append(placeholder)
                    index = end
                    continue
                }
                if syntax.printf,
                    let (placeholder, end) = printf(text, index, range.upperBound, strict: syntax.strictPrintf, argument: &nextArgument)
                {
                    found.append(placeholder)
                    index = end
                    continue
                }
            } else if unit == 0x7B, syntax.braces,
                let (placeholder, end) = brace(text, index, range.upperBound, strictBraces: syntax.strictBraces)
            {  // {
                found.append(placeholder)
                index = end
                continue
            } else if unit == 0x3C, syntax.markup, let (placeholder, end) = markup(text, index, range.upperBound) {  // <
                found.append(placeholder)
                index = end
                continue
            }
            index += 1
        }
        return found
    }

    private static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }
    private static func isLetter(_ unit: UInt16) -> Bool { (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) }
    private static func isNameUnit(_ unit: UInt16) -> Bool { isLetter(unit) || isDigit(unit) || unit == 0x5F }

    /// `%s`, `%d`, `%1$s`, `%-10.3f`, `%lld`, `%zu`, `%@`.
    private static func printf(_ text: [UInt16], _ start: Int, _ end: Int, strict: Bool, argument: inout Int) -> (Placeholder, Int)? {
        var index = start + 1
        var position: Int?
        // An argument number: digits then `$`.
        var probe = index
        while probe < end, isDigit(text[probe]) { probe += 1 }
        if probe > index, probe < end, text[probe] == 0x24 {
            position = Int(String(decoding: text[index..<probe], as: UTF16.self))
            index = probe + 1
        }
        // Flags; a space flag only when the entry is known to be printf.
        while index < end, [0x2D, 0x2B, 0x23, 0x30, 0x27].contains(text[index]) || (strict && text[index] == 0x20) { index += 1 }
        while index < end, isDigit(text[index]) || text[index] == 0x2A { index += 1 }
        if index < end, text[index] == 0x2E {
            index += 1
            while index < end, isDigit(text[index]) || text[index] == 0x2A { index += 1 }
        }
        var length = ""
        while index < end, let scalar = Unicode.Scalar(text[index]), "hlLqjzt".unicodeScalars.contains(scalar), length.count < 2 {
            length.unicodeScalars.append(scalar)
            index += 1
        }
        guard index < end, let conversion = Unicode.Scalar(text[index]),
            "diouxXeEfFgGaAcspn@".unicodeScalars.contains(conversion)
        else { return nil }
        // Without a flag saying so, a letter conversion glued to a following letter is a word (`%sono`)
        // only when it is a plain `%` + letter: `%s` followed by letters is still a placeholder in
        // C, but in prose `100%e` is not; require a non-letter after it then.
        if !strict, position == nil, index + 1 < end, isLetter(text[index + 1]), index == start + 1,
            "ef".unicodeScalars.contains(conversion)
        {
            return nil
        }
        let type: String
        switch conversion {
        case "i", "u": type = "d"
        case "X": type = "x"
        case "E", "F", "G", "A", "a", "e", "g": type = "f"
        default: type = String(Character(conversion))
        }
        let number = position ?? argument
        if position == nil { argument += 1 }
        return (
            Placeholder(
                kind: .printf, key: "printf \(number):\(type)", range: start..<(index + 1),
                isCount: "diouxX".unicodeScalars.contains(conversion)), index + 1
        )
    }

    /// Qt's `%1`, `%2`.
    private static func qtNumbered(_ text: [UInt16], _ start: Int, _ end: Int) -> (Placeholder, Int)? {
        var index = start + 1
        while index < end, isDigit(text[index]) { index += 1 }
        guard index > start + 1, index - start <= 3 else { return nil }
        let number = String(decoding: text[(start + 1)..<index], as: UTF16.self)
        return (Placeholder(kind: .printf, key: "printf \(number)", range: start..<index, isCount: false), index)
    }

    /// `%(name)s`.
    private static func pythonNamed(_ text: [UInt16], _ start: Int, _ end: Int) -> (Placeholder, Int)? {
        var index = start + 2
        while index < end, isNameUnit(text[index]) { index += 1 }
        guard index > start + 2, index + 1 < end, text[index] == 0x29 else { return nil }
        let name = String(decoding: text[(start + 2)..<index], as: UTF16.self)
        index += 1
        while index < end, [0x2D, 0x2B, 0x23, 0x30, 0x20].contains(text[index]) || isDigit(text[index]) || text[index] == 0x2E {
            index += 1
        }
        guard index < end, let conversion = Unicode.Scalar(text[index]), "diouxXeEfFgGcrsa".unicodeScalars.contains(conversion) else {
            return nil
        }
        return (
            Placeholder(
                kind: .pythonNamed, key: "python \(name)", range: start..<(index + 1), isCount: "dioux".unicodeScalars.contains(conversion)),
            index + 1
        )
    }

    /// `{0}`, `{name}`, `{name!r:>10}`, `{}`, and ICU's `{count, plural, one {...} other {...}}`
    /// (its selectors' messages are text, not compared).
    private static func brace(_ text: [UInt16], _ start: Int, _ end: Int, strictBraces: Bool) -> (Placeholder, Int)? {
        var index = start + 1
        if index < end, text[index] == 0x7B { return nil }  // `{{` is a literal brace
        while index < end, isNameUnit(text[index]) || text[index] == 0x2E { index += 1 }
        let name = String(decoding: text[(start + 1)..<index], as: UTF16.self)
        guard index < end, name.isEmpty || name.utf16.first.map({ isLetter($0) || isDigit($0) || $0 == 0x5F }) == true else { return nil }
        // Without a flag saying so, `{HEXNUMBER}` and `{}` are a usage line's words, not arguments.
        if !strictBraces, name.isEmpty || name.utf16.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return nil }
        switch text[index] {
        case 0x7D:  // }
            return (Placeholder(kind: .brace, key: "brace \(name)", range: start..<(index + 1), isCount: false), index + 1)
        case 0x21, 0x3A:  // ! or : : a Python conversion or format spec, to the closing brace
            var probe = index
            while probe < end, probe - index < 20, text[probe] != 0x7D, text[probe] != 0x7B { probe += 1 }
            guard probe < end, text[probe] == 0x7D else { return nil }
            return (Placeholder(kind: .brace, key: "brace \(name)", range: start..<(probe + 1), isCount: false), probe + 1)
        case 0x2C:  // , : an ICU argument with a type; to the matching brace
            guard !name.isEmpty else { return nil }
            var depth = 1
            var probe = index
            while probe < end, depth > 0 {
                if text[probe] == 0x7B { depth += 1 } else if text[probe] == 0x7D { depth -= 1 }
                probe += 1
            }
            guard depth == 0 else { return nil }
            return (Placeholder(kind: .brace, key: "brace \(name)", range: start..<probe, isCount: false), probe)
        default:
            return nil
        }
    }

    static let markupNames: Set<String> = [
        "a", "b", "i", "u", "s", "em", "strong", "big", "small", "sub", "sup", "tt", "code", "kbd", "span", "font",
        "br", "p", "div", "ul", "ol", "li", "img", "hr", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "tr", "td", "th", "strike", "cite", "q", "abbr", "mark", "del", "ins", "nobr", "center",
    ]

    /// An HTML or XML tag written in the text (`<b>`, `</a>`, `<br/>`): name and whether it closes.
    private static func markup(_ text: [UInt16], _ start: Int, _ end: Int) -> (Placeholder, Int)? {
        var index = start + 1
        let closing = index < end && text[index] == 0x2F
        if closing { index += 1 }
        let nameStart = index
        guard index < end, isLetter(text[index]) else { return nil }
        while index < end, isNameUnit(text[index]) || text[index] == 0x2D || text[index] == 0x3A { index += 1 }
        let name = String(decoding: text[nameStart..<index], as: UTF16.self).lowercased()
        // Only the tags of HTML and of the markup toolkits use in strings (Pango, Qt): `<file>`
        // in a usage line is a word the translation translates.
        guard markupNames.contains(name) else { return nil }
        // Attributes up to `>`, on the same line and not too far.
        var probe = index
        while probe < end, probe - start < 300, text[probe] != 0x3E, text[probe] != 0x3C, text[probe] != 0x0A { probe += 1 }
        guard probe < end, text[probe] == 0x3E else { return nil }
        if probe > index, !(text[index] == 0x20 || text[index] == 0x2F || text[index] == 0x09) { return nil }
        let selfClosing = text[probe - 1] == 0x2F
        let key = "markup " + (closing ? "/" : "") + name + (selfClosing ? "/" : "")
        return (Placeholder(kind: .markup, key: key, range: start..<(probe + 1), isCount: false), probe + 1)
    }
}
