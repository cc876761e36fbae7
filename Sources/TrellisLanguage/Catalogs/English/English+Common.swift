extension EnglishCatalog {
    static let common = #"""
        """#
}
