extension SpanishCatalog {
    static let common = #"""
        """#
}
