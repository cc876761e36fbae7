extension EnglishCatalog {
    static let repair = #"""
        """#
}
