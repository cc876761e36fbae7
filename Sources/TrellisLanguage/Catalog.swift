/// Every sentence in one language, by key. A catalog is written as lines of `key = sentence`;
/// a sentence that counts gives one line per plural category, `key[one] = {count} day`. Arguments
/// are named in braces, so a translation can put them in its own order. Lines starting with `#`
/// are notes for translators.
struct Catalog: Sendable {
    let language: Language
    /// Sentences by key; a counted sentence's forms by `key[category]`.
    let sentences: [String: String]

    init(_ language: Language, _ text: String) {
        self.language = language
        var sentences: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), let equals = trimmed.firstRange(of: " = ") else {
                continue
            }
            let key = String(trimmed[..<equals.lowerBound])
            precondition(sentences[key] == nil, "The \(language) catalog gives \(key) twice")
            sentences[key] = String(trimmed[equals.upperBound...])
        }
        self.sentences = sentences
    }

    /// The sentence for `key`, the form for `count` when it counts.
    func sentence(_ key: String, count: Int?) -> String? {
        guard let count else { return sentences[key] }
        let category = language.plurals.category(count)
        return sentences["\(key)[\(category.rawValue)]"] ?? sentences["\(key)[other]"]
    }

    /// The names in braces a sentence takes.
    static func argumentNames(in sentence: String) -> Set<String> {
        var names: Set<String> = []
        var rest = sentence[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    static func catalog(for language: Language) -> Catalog {
        switch language {
        case .english, .pseudo: english
        case .german: german
        case .spanish: spanish
        }
    }

    static let english = Catalog(.english, EnglishCatalog.all.joined(separator: "\n"))
    static let german = Catalog(.german, GermanCatalog.all.joined(separator: "\n"))
    static let spanish = Catalog(.spanish, SpanishCatalog.all.joined(separator: "\n"))
}
