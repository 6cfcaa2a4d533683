import Foundation
import MTLint
import MTLintServer
import Testing

/// An Italian sentence with a multibyte prefix (a curly apostrophe and an emoji, two UTF-16
/// code units), a garbled figure and a doubled word: their UTF-16 offsets are 29 and 61.
let italianSample = "Nel 2023 l’azienda 😀 pagava 10 Cento milioni di dollari per il il progetto."

/// LanguageTool's `/v2/check` and friends, over a real socket.
@Suite struct LanguageToolAPITests {
    @Test func postFormAnswersLanguageToolJSON() async throws {
        try await withServer { _, port in
            let answer = try await http(
                port, "POST", "/v2/check", body: form([("text", italianSample), ("language", "it")]),
                headers: ["Content-Type": "application/x-www-form-urlencoded"])
            #expect(answer.status == 200)
            #expect(answer.headers["content-type"] == "application/json; charset=utf-8")
            let json = try answer.json()
            let software = try #require(json["software"] as? [String: Any])
            #expect(software["name"] as? String == "mtlint")
            #expect(software["apiVersion"] as? Int == 1)
            #expect((json["warnings"] as? [String: Any])?["incompleteResults"] as? Bool == false)
            let language = try #require(json["language"] as? [String: Any])
            #expect(language["code"] as? String == "it")
            #expect(language["name"] as? String == "Italian")
            #expect((language["detectedLanguage"] as? [String: Any])?["code"] as? String == "it")
            let matches = try #require(json["matches"] as? [[String: Any]])
            #expect(matches.map { $0["offset"] as? Int } == [29, 61])
            #expect(matches.map { $0["length"] as? Int } == [16, 5])
            #expect(
                matches.map { utf16Slice(italianSample, offset: $0["offset"] as? Int ?? 0, length: $0["length"] as? Int ?? 0) }
                    == ["10 Cento milioni", "il il"])
            let garbled = matches[0]
            #expect((garbled["replacements"] as? [[String: Any]])?.map { $0["value"] as? String } == ["1 miliardo"])
            let rule = try #require(garbled["rule"] as? [String: Any])
            #expect(rule["id"] as? String == "figure/garbled-scale")
            #expect(rule["issueType"] as? String == "numbers")
            #expect((rule["category"] as? [String: Any])?["id"] as? String == "ACCURACY")
            #expect(((rule["description"] as? String) ?? "").isEmpty == false)
            #expect(((garbled["message"] as? String) ?? "").contains("10 Cento milioni"))
            #expect(garbled["sentence"] as? String == italianSample)
            let context = try #require(garbled["context"] as? [String: Any])
            let contextText = try #require(context["text"] as? String)
            #expect(
                utf16Slice(contextText, offset: context["offset"] as? Int ?? 0, length: context["length"] as? Int ?? 0)
                    == "10 Cento milioni")
            // The text is short: all of it is context.
            #expect(contextText == italianSample)
            #expect((matches[1]["rule"] as? [String: Any])?["issueType"] as? String == "duplication")
        }
    }

    @Test func contextIsCutWithEllipses() async throws {
        let before = String(repeating: "Una frase qualunque. ", count: 4)
        let text = before + "Pagava il il conto. " + String(repeating: "Un'altra frase. ", count: 5)
        try await withServer { _, port in
            let answer = try await http(port, "POST", "/v2/check", body: form([("text", text), ("language", "it")]))
            let match = try #require((try answer.json()["matches"] as? [[String: Any]])?.first)
            #expect(match["offset"] as? Int == before.utf16.count + 7)
            let context = try #require(match["context"] as? [String: Any])
            let contextText = try #require(context["text"] as? String)
            #expect(context["offset"] as? Int == 43)
            #expect(context["length"] as? Int == 5)
            #expect(contextText.hasPrefix("..."))
            #expect(contextText.hasSuffix("..."))
            #expect(contextText.utf16.count == 91)  // 3 + 40 + 5 + 40 + 3
            #expect(utf16Slice(contextText, offset: 43, length: 5) == "il il")
            #expect(match["sentence"] as? String == "Pagava il il conto.")
        }
    }

    @Test func aLeadingBOMAndNULCharactersKeepOffsets() async throws {
        // In a file these would be a byte-order mark and a binary file; in a request they are
        // characters of the client's text, and offsets count them.
        let text = "\u{FEFF}Ha pagato il il conto.\u{0000} Fine."
        try await withServer { _, port in
            let answer = try await http(port, "POST", "/v2/check", body: form([("text", text), ("language", "it")]))
            #expect(answer.status == 200, "\(answer.body)")
            let matches = try #require(try answer.json()["matches"] as? [[String: Any]])
            let repeated = try #require(matches.first { ($0["rule"] as? [String: Any])?["id"] as? String == "text/repeated-word" })
            #expect(repeated["offset"] as? Int == 11)
            #expect(repeated["length"] as? Int == 5)
        }
    }

    @Test func getWithQueryFieldsAndAutoLanguage() async throws {
        try await withServer { _, port in
            let query = String(decoding: form([("text", italianSample), ("language", "auto")]), as: UTF8.self)
            let answer = try await http(port, "GET", "/v2/check?" + query)
            #expect(answer.status == 200)
            let json = try answer.json()
            let language = try #require(json["language"] as? [String: Any])
            #expect((language["detectedLanguage"] as? [String: Any])?["code"] as? String == "it")
            #expect((json["matches"] as? [[String: Any]])?.count == 2)
        }
    }

    @Test func rulesAndCategoriesCanBeChosen() async throws {
        try await withServer { _, port in
            func ruleIDs(_ fields: [(String, String)]) async throws -> [String] {
                let answer = try await http(port, "POST", "/v2/check", body: form([("text", italianSample), ("language", "it")] + fields))
                #expect(answer.status == 200, "\(answer.body)")
                return try (answer.json()["matches"] as? [[String: Any]] ?? []).compactMap {
                    ($0["rule"] as? [String: Any])?["id"] as? String
                }
            }
            let disabledRule = try await ruleIDs([("disabledRules", "text/repeated-word,SOME_LANGUAGETOOL_RULE")])
            let disabledCategory = try await ruleIDs([("disabledCategories", "ACCURACY")])
            let onlyRule = try await ruleIDs([("enabledRules", "text/repeated-word"), ("enabledOnly", "true")])
            let onlyCategory = try await ruleIDs([("enabledCategories", "ACCURACY"), ("enabledOnly", "true")])
            let ignoredFields = try await ruleIDs([("motherTongue", "zh"), ("level", "picky")])
            #expect(disabledRule == ["figure/garbled-scale"])
            #expect(disabledCategory == ["text/repeated-word"])
            #expect(onlyRule == ["text/repeated-word"])
            #expect(onlyCategory == ["figure/garbled-scale"])
            #expect(ignoredFields == ["figure/garbled-scale", "text/repeated-word"])
        }
    }

    @Test func annotatedTextSkipsMarkupAndKeepsOffsets() async throws {
        // <p>Il <b>il</b> progetto</p>: the doubled word spans markup; offsets count it.
        let annotation =
            #"{"annotation":[{"markup":"<p>"},{"text":"Pagava 10 Cento milioni di dollari per "},{"markup":"<b>"},{"text":"il"},{"markup":"</b>"},{"text":" il progetto."},{"markup":"</p>","interpretAs":"\n\n"}]}"#
        let original = "<p>Pagava 10 Cento milioni di dollari per <b>il</b> il progetto.</p>"
        try await withServer { _, port in
            let answer = try await http(port, "POST", "/v2/check", body: form([("data", annotation), ("language", "it")]))
            #expect(answer.status == 200, "\(answer.body)")
            let matches = try #require(answer.json()["matches"] as? [[String: Any]])
            let spans = matches.map { utf16Slice(original, offset: $0["offset"] as? Int ?? 0, length: $0["length"] as? Int ?? 0) }
            #expect(spans == ["10 Cento milioni", "il</b> il"])
            #expect(matches.map { $0["offset"] as? Int } == [10, 45])
        }
    }

    @Test func languagesAndInfo() async throws {
        try await withServer { _, port in
            let languages = try await http(port, "GET", "/v2/languages")
            #expect(languages.status == 200)
            let list = try #require(try JSONSerialization.jsonObject(with: Data(languages.body.utf8)) as? [[String: String]])
            #expect(list.contains { $0 == ["name": "Italian", "code": "it", "longCode": "it-IT"] })
            #expect(list.map { $0["code"] ?? "" } == ["it", "fr", "es", "pt", "de", "en"])
            let info = try await http(port, "GET", "/v2/info")
            #expect(info.status == 200)
            #expect((try info.json()["software"] as? [String: Any])?["name"] as? String == "mtlint")
        }
    }

    @Test func clientErrorsArePlainText() async throws {
        try await withServer { _, port in
            let noText = try await http(port, "POST", "/v2/check", body: form([("language", "it")]))
            #expect(noText.status == 400)
            #expect(noText.body == "Error: missing `text` or `data` parameter\n")
            let badLanguage = try await http(port, "POST", "/v2/check", body: form([("text", "Ciao."), ("language", "italian")]))
            #expect(badLanguage.status == 400)
            #expect(badLanguage.body.hasPrefix("Error: `language`: "))
            let noLanguage = try await http(port, "POST", "/v2/check", body: form([("text", "Ciao.")]))
            #expect(noLanguage.status == 400)
            let badData = try await http(port, "POST", "/v2/check", body: form([("data", "<p>not json"), ("language", "it")]))
            #expect(badData.status == 400)
            let badLevel = try await http(
                port, "POST", "/v2/check", body: form([("text", "Ciao."), ("language", "it"), ("level", "extreme")]))
            #expect(badLevel.status == 400)
            let onlyWithout = try await http(
                port, "POST", "/v2/check", body: form([("text", "Ciao."), ("language", "it"), ("enabledOnly", "true")]))
            #expect(onlyWithout.status == 400)
            let badEncoding = try await http(port, "POST", "/v2/check", body: Data("text=%ZZ&language=it".utf8))
            #expect(badEncoding.status == 400)
            let unknown = try await http(port, "GET", "/v2/nothing")
            #expect(unknown.status == 404)
        }
    }
}

/// The annotated-text offset map, on its own.
@Suite struct AnnotatedTextTests {
    @Test func plainAndOriginalText() throws {
        let text = try AnnotatedText(json: #"{"annotation":[{"text":"A "},{"markup":"<br/>","interpretAs":"\n"},{"text":"b"}]}"#)
        #expect(text.plainText == "A \nb")
        #expect(text.originalText == "A <br/>b")
        let map = text.offsetMap
        #expect(map.original(0..<1) == 0..<1)
        #expect(map.original(3..<4) == 7..<8)
        // A range over what markup reads as covers the markup.
        #expect(map.original(1..<4) == 1..<8)
        #expect(map.original(2..<3) == 2..<7)
    }

    @Test func errorsSayWhatIsWrong() {
        #expect(throws: AnnotatedTextError.self) { try AnnotatedText(json: "[1, 2]") }
        #expect(throws: AnnotatedTextError.self) { try AnnotatedText(json: #"{"annotation":[{"text":"a","markup":"<b>"}]}"#) }
    }

    @Test func formFieldsDecode() throws {
        #expect(try FormFields.decode("text=Un+testo%C3%A0&language=it&x") == ["text": "Un testoà", "language": "it", "x": ""])
        #expect(throws: FormFieldsError.self) { try FormFields.decode("text=%E0%") }
        #expect(throws: FormFieldsError.self) { try FormFields.decode("text=%C3") }
        #expect(try FormFields.decode("text=%EF%BB%BFa") == ["text": "\u{FEFF}a"])
    }
}
