extension EnglishCatalog {
    static let refusals = #"""
        """#
}
