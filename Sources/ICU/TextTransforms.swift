import CICU

/// Case mapping and normalization through ICU, locale-aware where the language needs it
/// (Turkish dotted i, Greek final sigma, Dutch IJ).
public enum TextTransforms {
    public enum CaseMapping: Int32, Sendable { case lower = 0, upper = 1, fold = 2 }
    public enum NormalizationForm: Int32, Sendable { case nfc = 0, nfd = 1, nfkc = 2, nfkd = 3 }

    public static func mapCase(_ text: String, _ mapping: CaseMapping, locale: ICULocale? = nil) -> String {
        let localeID = locale?.identifier ?? ""
        return
            (try? withUTF16(text) { (source) throws(ICUError) in
                try icuString(capacity: source.count + 8, "mapping case") { buffer, capacity, error in
                    cicu_map_case(mapping.rawValue, localeID, source.baseAddress, Int32(source.count), buffer, capacity, &error)
                }
            }) ?? text
    }

    public static func lowercased(_ text: String, locale: ICULocale? = nil) -> String {
        mapCase(text, .lower, locale: locale)
    }

    public static func normalize(_ text: String, _ form: NormalizationForm) -> String {
        (try? withUTF16(text) { (source) throws(ICUError) in
            try icuString(capacity: source.count * 2 + 8, "normalizing text") { buffer, capacity, error in
                cicu_normalize(form.rawValue, source.baseAddress, Int32(source.count), buffer, capacity, &error)
            }
        }) ?? text
    }
}
