extension SpanishCatalog {
    static let trust = #"""
        """#
}
