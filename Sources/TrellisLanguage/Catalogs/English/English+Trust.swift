extension EnglishCatalog {
    static let trust = #"""
        """#
}
