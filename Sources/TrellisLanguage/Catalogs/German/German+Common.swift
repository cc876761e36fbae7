extension GermanCatalog {
    static let common = #"""
        """#
}
