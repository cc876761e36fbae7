extension EnglishCatalog {
    static let recent = #"""
        """#
}
