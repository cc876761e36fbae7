extension SpanishCatalog {
    static let refusals = #"""
        """#
}
