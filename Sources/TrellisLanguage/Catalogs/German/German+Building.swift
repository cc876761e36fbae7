extension GermanCatalog {
    static let building = #"""
        """#
}
