extension GermanCatalog {
    static let home = #"""
        """#
}
