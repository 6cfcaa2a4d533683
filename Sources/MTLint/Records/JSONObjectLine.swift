/// One line of JSON Lines read as a JSON object (RFC 8259), kept as the bytes it was written
/// with: each member is the range of its key and of its value in the line, so that fields
/// mtlint does not read are written out again untouched (a number stays `1.50`, an integer
/// beyond 2^53 keeps its digits, key order and escapes stay as they were). The whole line is
/// checked as JSON, UTF-8 included, in one pass; string values are unescaped only when asked.
struct JSONObjectLine {
    enum Kind: Equatable {
        case string, number, object, array, bool, null

        var described: String {
            switch self {
            case .string: "a string"
            case .number: "a number"
            case .object: "an object"
            case .array: "an array"
            case .bool: "a boolean"
            case .null: "null"
            }
        }
    }

    struct Member {
        /// The key, unescaped.
        let key: String
        /// From the key's opening quote to the end of its value: `"key": value` as written.
        let written: Range<Int>
        let value: Range<Int>
        let kind: Kind
    }

    let bytes: [UInt8]
    /// In the line's order.
    let members: [Member]

    /// Nesting deeper than this is refused: the parser recurses, and no record needs it.
    static let maximumDepth = 512

    /// Parses `bytes`, or says what is wrong and at which byte (1-based, as editors count).
    init(_ bytes: [UInt8]) throws(JSONLineError) {
        var parser = Parser(bytes: bytes)
        members = try parser.object()
        self.bytes = bytes
    }

    /// The member called `key`, if there is one.
    func member(_ key: String) -> Member? {
        members.first { $0.key == key }
    }

    /// The UTF-8 bytes of a string member's value, unescaped; throws on an unpaired surrogate
    /// escape (`\ud800`), which no UTF-8 text can hold.
    func stringBytes(_ member: Member) throws(JSONLineError) -> [UInt8] {
        precondition(member.kind == .string, "not a string member")
        return try Self.unescape(bytes[(member.value.lowerBound + 1)..<(member.value.upperBound - 1)], key: member.key)
    }

    /// A string member's value as a String.
    func string(_ member: Member) throws(JSONLineError) -> String {
        String(decoding: try stringBytes(member), as: UTF8.self)
    }

    /// The text of a value as written (`"a1"`, `17`, `{"b": 1}`).
    func written(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private static func unescape(_ body: ArraySlice<UInt8>, key: String) throws(JSONLineError) -> [UInt8] {
        guard body.contains(UInt8(ascii: "\\")) else { return Array(body) }
        var output: [UInt8] = []
        output.reserveCapacity(body.count)
        var index = body.startIndex
        func hex(at start: Int) -> UInt32 {
            // Four hex digits, checked by the parser.
            body[start..<(start + 4)].reduce(0) { value, digit in
                let number: UInt8 =
                    switch digit {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
                    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
                    default: digit - UInt8(ascii: "A") + 10
                    }
                return value << 4 | UInt32(number)
            }
        }
        while index < body.endIndex {
            let byte = body[index]
            guard byte == UInt8(ascii: "\\") else {
                output.append(byte)
                index += 1
                continue
            }
            let escaped = body[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "u"):
                var scalar = hex(at: index)
                index += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    let low =
                        index + 6 <= body.endIndex && body[index] == UInt8(ascii: "\\") && body[index + 1] == UInt8(ascii: "u")
                        ? hex(at: index + 2) : 0
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw JSONLineError("`\(key)` holds an unpaired surrogate escape (\\u\(String(scalar, radix: 16)))")
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw JSONLineError("`\(key)` holds an unpaired surrogate escape (\\u\(String(scalar, radix: 16)))")
                }
                // A valid scalar now: surrogates were paired or refused above.
                guard let valid = Unicode.Scalar(scalar) else { throw JSONLineError("`\(key)` holds an invalid escape") }
                UTF8.encode(valid) { output.append($0) }
            default: output.append(escaped)  // `"`, `\`, `/`
            }
        }
        return output
    }

    /// A recursive-descent parser over the line's bytes that checks the grammar and UTF-8
    /// and records where the top-level members stand.
    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        mutating func object() throws(JSONLineError) -> [Member] {
            skipSpace()
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { throw JSONLineError("the line starts with a byte-order mark inside the input") }
            guard index < bytes.count else { throw JSONLineError("empty line; a record is a JSON object on one line") }
            guard bytes[index] == UInt8(ascii: "{") else {
                // Another JSON value is named; anything else is just not JSON.
                if let kind = try? value(depth: 0) {
                    skipSpace()
                    if index == bytes.count { throw JSONLineError("a record is a JSON object; this line holds \(kind.described)") }
                }
                throw JSONLineError("not JSON: a record is a JSON object, from `{` to `}` on one line")
            }
            index += 1
            var members: [Member] = []
            var keys = Set<String>()
            skipSpace()
            if peek == UInt8(ascii: "}") {
                index += 1
            } else {
                while true {
                    skipSpace()
                    guard peek == UInt8(ascii: "\"") else { throw unexpected("a key in quotes") }
                    let keyStart = index
                    try string()
                    let key = try JSONObjectLine.unescape(bytes[(keyStart + 1)..<(index - 1)], key: "a key")
                    let name = String(decoding: key, as: UTF8.self)
                    guard keys.insert(name).inserted else { throw JSONLineError("the field `\(name)` appears twice") }
                    skipSpace()
                    guard peek == UInt8(ascii: ":") else { throw unexpected("`:`") }
                    index += 1
                    skipSpace()
                    let valueStart = index
                    let kind = try value(depth: 1)
                    members.append(Member(key: name, written: keyStart..<index, value: valueStart..<index, kind: kind))
                    skipSpace()
                    if peek == UInt8(ascii: ",") {
                        index += 1
                        continue
                    }
                    if peek == UInt8(ascii: "}") {
                        index += 1
                        break
                    }
                    throw unexpected("`,` or `}`")
                }
            }
            skipSpace()
            guard index == bytes.count else { throw unexpected("the end of the line after the object") }
            return members
        }

        private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        private func unexpected(_ expected: String) -> JSONLineError {
            guard let byte = peek else { return JSONLineError("not JSON: the line ends where \(expected) should be") }
            let shown =
                (0x21...0x7E).contains(byte) ? "`\(Character(Unicode.Scalar(byte)))`" : "byte 0x" + String(byte, radix: 16, uppercase: true)
            return JSONLineError("not JSON: \(shown) at byte \(index + 1) where \(expected) should be")
        }

        private mutating func skipSpace() {
            while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        private mutating func value(depth: Int) throws(JSONLineError) -> Kind {
            guard depth <= JSONObjectLine.maximumDepth else {
                throw JSONLineError("values nested deeper than \(JSONObjectLine.maximumDepth) levels")
            }
            guard let byte = peek else { throw unexpected("a value") }
            switch byte {
            case UInt8(ascii: "\""):
                try string()
                return .string
            case UInt8(ascii: "{"):
                index += 1
                skipSpace()
                if peek == UInt8(ascii: "}") {
                    index += 1
                    return .object
                }
                while true {
                    skipSpace()
                    guard peek == UInt8(ascii: "\"") else { throw unexpected("a key in quotes") }
                    try string()
                    skipSpace()
                    guard peek == UInt8(ascii: ":") else { throw unexpected("`:`") }
                    index += 1
                    skipSpace()
                    _ = try value(depth: depth + 1)
                    skipSpace()
                    if peek == UInt8(ascii: ",") {
                        index += 1
                        continue
                    }
                    if peek == UInt8(ascii: "}") {
                        index += 1
                        return .object
                    }
                    throw unexpected("`,` or `}`")
                }
            case UInt8(ascii: "["):
                index += 1
                skipSpace()
                if peek == UInt8(ascii: "]") {
                    index += 1
                    return .array
                }
                while true {
                    skipSpace()
                    _ = try value(depth: depth + 1)
                    skipSpace()
                    if peek == UInt8(ascii: ",") {
                        index += 1
                        continue
                    }
                    if peek == UInt8(ascii: "]") {
                        index += 1
                        return .array
                    }
                    throw unexpected("`,` or `]`")
                }
            case UInt8(ascii: "t"):
                try literal("true")
                return .bool
            case UInt8(ascii: "f"):
                try literal("false")
                return .bool
            case UInt8(ascii: "n"):
                try literal("null")
                return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
                return .number
            default:
                throw unexpected("a value")
            }
        }

        private mutating func literal(_ word: StaticString) throws(JSONLineError) {
            let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            for byte in expected {
                guard peek == byte else { throw unexpected("`\(word)`") }
                index += 1
            }
        }

        private mutating func digits() throws(JSONLineError) {
            guard let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { throw unexpected("a digit") }
            while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
        }

        private mutating func number() throws(JSONLineError) {
            if peek == UInt8(ascii: "-") { index += 1 }
            if peek == UInt8(ascii: "0") {
                index += 1
            } else {
                try digits()
            }
            if peek == UInt8(ascii: ".") {
                index += 1
                try digits()
            }
            if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
                index += 1
                if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
                try digits()
            }
        }

        /// A string from its opening quote to just after its closing one: escapes checked,
        /// control characters refused, UTF-8 validated.
        private mutating func string() throws(JSONLineError) {
            index += 1
            let count = bytes.count
            try bytes.withUnsafeBufferPointer { (buffer) throws(JSONLineError) in
                while index < count {
                    let byte = buffer[index]
                    if byte == UInt8(ascii: "\"") {
                        index += 1
                        return
                    }
                    if byte == UInt8(ascii: "\\") {
                        guard index + 1 < count else { break }
                        switch buffer[index + 1] {
                        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                            index += 2
                        case UInt8(ascii: "u"):
                            guard index + 6 <= count, buffer[(index + 2)..<(index + 6)].allSatisfy(Self.isHexDigit) else {
                                throw JSONLineError("not JSON: `\\u` at byte \(index + 1) is not followed by four hex digits")
                            }
                            index += 6
                        default:
                            throw JSONLineError("not JSON: unknown escape at byte \(index + 1)")
                        }
                    } else if byte < 0x20 {
                        throw JSONLineError(
                            "not JSON: a control character (0x\(String(byte, radix: 16, uppercase: true))) at byte \(index + 1) inside a string; write it as an escape"
                        )
                    } else if byte < 0x80 {
                        index += 1
                    } else {
                        guard let length = Self.utf8SequenceLength(buffer, at: index) else {
                            throw JSONLineError(
                                "invalid UTF-8 at byte \(index + 1) (0x\(String(byte, radix: 16, uppercase: true))); records are UTF-8")
                        }
                        index += length
                    }
                }
                throw JSONLineError("not JSON: a string is not closed before the end of the line")
            }
        }

        private static func isHexDigit(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }

        /// The length of the well-formed UTF-8 sequence at `index` (Unicode's table 3-7: no
        /// overlong forms, no surrogates, nothing above U+10FFFF), or nil.
        private static func utf8SequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
            let lead = buffer[index]
            let length: Int
            var secondLow: UInt8 = 0x80, secondHigh: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                secondLow = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                secondHigh = 0x9F
            case 0xF0:
                length = 4
                secondLow = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                secondHigh = 0x8F
            default: return nil
            }
            guard index + length <= buffer.count, (secondLow...secondHigh).contains(buffer[index + 1]) else { return nil }
            for offset in 2..<length where !(0x80...0xBF).contains(buffer[index + offset]) { return nil }
            return length
        }
    }
}

/// What is wrong with a line of JSON Lines, in words for the record's `error`.
struct JSONLineError: Error, Equatable, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
