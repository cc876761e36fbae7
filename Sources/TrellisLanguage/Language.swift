import Foundation

/// A language Trellis speaks to a member in. Each member has their own; two partners may differ.
/// What a person wrote is never translated: only our own sentences come from the catalog.
public enum Language: String, Sendable, Codable, CaseIterable {
    case english = "en"
    case german = "de"
    case spanish = "es"
    /// English with every sentence wrapped in ⟦ ⟧ and lengthened by a third: never offered to a
    /// person, only chosen by tests to find a sentence that skipped the catalog or a page that
    /// breaks when the words grow.
    case pseudo = "qps"

    /// The languages a member can choose.
    public static let offered: [Language] = [.english, .german, .spanish]

    /// Its own name, as a speaker of it says it (so a lost reader can find theirs).
    public var ownName: String {
        switch self {
        case .english: "English"
        case .german: "Deutsch"
        case .spanish: "Español"
        case .pseudo: "Pseudo"
        }
    }

    /// Its BCP 47 tag, for a page's `lang`: the pseudo-language is English in a private-use region
    /// (`en-XA`, as Android's pseudo-locale), which browsers and screen readers accept.
    public var tag: String { self == .pseudo ? "en-XA" : rawValue }

    /// Dates, numbers and lists follow this locale; German's week starts on Monday, as its locale says.
    public var locale: Locale {
        switch self {
        case .english, .pseudo: Locale(identifier: "en_GB")
        case .german: Locale(identifier: "de_DE")
        case .spanish: Locale(identifier: "es_ES")
        }
    }

    /// "ltr" or "rtl", for the page's `dir`: every page is laid out with logical CSS properties,
    /// so a right-to-left language is a catalog away.
    public var direction: String { "ltr" }

    var plurals: PluralRule {
        switch self {
        case .english, .pseudo: .english
        case .german: .german
        case .spanish: .spanish
        }
    }

    /// The best offered language for an `Accept-Language` header ("de-CH,de;q=0.9,en;q=0.8"), or
    /// nil when it names none we speak.
    public static func preferred(byHeader header: String) -> Language? {
        var best: (language: Language, weight: Double)?
        for (position, part) in header.split(separator: ",").enumerated() {
            let fields = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = fields.first, !tag.isEmpty else { continue }
            let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
            guard let language = offered.first(where: { $0.rawValue == primary }) else { continue }
            let quality =
                fields.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            // Equal weights keep the header's order.
            let weight = quality - Double(position) * 1e-6
            if quality > 0, weight > best?.weight ?? 0 { best = (language, weight) }
        }
        return best?.language
    }
}
