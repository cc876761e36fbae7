extension SpanishCatalog {
    static let repair = #"""
        """#
}
