/// CLDR's plural categories: which form of a sentence a count takes. English and German use
/// "one" and "other"; Spanish adds "many" for millions; Polish uses "few" and "many" for
/// everyday counts, which is why a catalog entry names its categories rather than assuming two.
public enum PluralCategory: String, Sendable, CaseIterable {
    case zero, one, two, few, many, other
}

/// A language's rule for choosing a category from a whole count (CLDR 46, integers only: we
/// never count halves).
struct PluralRule: Sendable {
    /// The categories a catalog entry must give for this language.
    let categories: [PluralCategory]
    let category: @Sendable (Int) -> PluralCategory

    static let english = PluralRule(categories: [.one, .other]) { $0 == 1 ? .one : .other }
    static let german = english
    static let spanish = PluralRule(categories: [.one, .many, .other]) { count in
        if count == 1 { return .one }
        return count != 0 && count % 1_000_000 == 0 ? .many : .other
    }
    /// Not offered yet; here so the catalog is proven to carry a four-form language.
    static let polish = PluralRule(categories: [.one, .few, .many, .other]) { count in
        let (ten, hundred) = (count % 10, count % 100)
        if count == 1 { return .one }
        if (2...4).contains(ten) && !(12...14).contains(hundred) { return .few }
        return .many
    }
}
