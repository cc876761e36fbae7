extension EnglishCatalog {
    static let building = #"""
        """#
}
