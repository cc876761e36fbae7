extension GermanCatalog {
    static let reach = #"""
        """#
}
