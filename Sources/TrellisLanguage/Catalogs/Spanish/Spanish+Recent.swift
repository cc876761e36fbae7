extension SpanishCatalog {
    static let recent = #"""
        """#
}
