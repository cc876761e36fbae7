/// The Spanish catalog, in parts by area of the product, each one file.
enum SpanishCatalog {
    static let all = [days, languages, common, refusals, home, repair, trust, building, reach, recent]
}
