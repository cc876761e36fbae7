/// The German catalog, in parts by area of the product, each one file.
enum GermanCatalog {
    static let all = [days, common, refusals, home, repair, trust, building, reach, recent]
}
