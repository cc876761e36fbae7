extension SpanishCatalog {
    static let reach = #"""
        """#
}
