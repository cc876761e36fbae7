extension GermanCatalog {
    static let refusals = #"""
        """#
}
