extension EnglishCatalog {
    static let home = #"""
        """#
}
