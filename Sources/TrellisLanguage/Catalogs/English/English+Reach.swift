extension EnglishCatalog {
    static let reach = #"""
        """#
}
