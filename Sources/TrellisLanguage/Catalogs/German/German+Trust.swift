extension GermanCatalog {
    static let trust = #"""
        """#
}
