extension SpanishCatalog {
    static let home = #"""
        """#
}
