extension SpanishCatalog {
    static let building = #"""
        """#
}
