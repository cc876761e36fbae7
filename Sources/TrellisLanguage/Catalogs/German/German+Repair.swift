extension GermanCatalog {
    static let repair = #"""
        """#
}
