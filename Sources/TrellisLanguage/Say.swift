import Foundation

/// Our own sentences, in the language of whoever reads them. The language travels with the task
/// that serves a member (a page, an API answer, a nudge, a calendar line), set once where the
/// reader is known, so the method's rules stay free of a language parameter they never use.
public enum Say {
    @TaskLocal public static var language: Language = .english

    /// The sentence for `key` with its named arguments filled in; a counted one takes the form
    /// for `count`, which it may also say as `{count}`.
    public static func text(_ key: String, count: Int? = nil, _ arguments: [String: String] = [:]) -> String {
        let language = language
        guard let sentence = Catalog.catalog(for: language).sentence(key, count: count) else {
            // Never for a person: the catalog tests find every key a sentence asks for.
            return "⟪\(key)⟫"
        }
        var values = arguments
        if let count { values["count"] = number(count) }
        let filled = fill(sentence, values)
        return language == .pseudo ? pseudo(filled) : filled
    }

    /// `sentence` with each `{name}` replaced by its value, in one pass: a value is never read
    /// again, so a person's words that happen to hold "{name}" stay exactly as they wrote them.
    /// A name with no value stays as it is (`HTML.say` fills those with markup).
    public static func fill(_ sentence: String, _ values: [String: String]) -> String {
        guard !values.isEmpty else { return sentence }
        var filled = ""
        var rest = sentence[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            filled += rest[..<open]
            filled += values[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return filled + rest
    }

    /// Each form of a counted sentence in the reader's language, by CLDR category, `{count}` left
    /// in: for a script that counts on the page (it picks the form with `Intl.PluralRules`).
    public static func forms(_ key: String) -> [(category: PluralCategory, sentence: String)] {
        let language = language
        let catalog = Catalog.catalog(for: language)
        return language.plurals.categories.map { category in
            let sentence = catalog.sentences["\(key)[\(category.rawValue)]"] ?? catalog.sentences["\(key)[other]"]
            let said = sentence ?? "⟪\(key)⟫"
            return (category, language == .pseudo ? pseudo(said) : said)
        }
    }

    /// A whole number as the reader writes it ("1,000", "1.000").
    public static func number(_ number: Int) -> String {
        number.formatted(.number.locale(language.locale))
    }

    /// A list as the reader says it ("money, honesty and phone").
    public static func list(_ items: [String]) -> String {
        items.formatted(.list(type: .and).locale(language.locale))
    }

    /// Wrapped so a test can tell our words from a person's, and a third longer so a page shows
    /// whether it still fits when a translation is longer than the English.
    static func pseudo(_ sentence: String) -> String {
        // In words of five, so the padding wraps like text does.
        let third = max(1, sentence.count / 3)
        let padding = stride(from: 0, to: third, by: 5).map { String(repeating: "·", count: min(5, third - $0)) }
        return "⟦\(sentence) \(padding.joined(separator: " "))⟧"
    }
}

/// `Say.text`, for brevity where sentences are many.
public func say(_ key: String, count: Int? = nil, _ arguments: [String: String] = [:]) -> String {
    Say.text(key, count: count, arguments)
}
