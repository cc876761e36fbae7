extension GermanCatalog {
    static let recent = #"""
        """#
}
