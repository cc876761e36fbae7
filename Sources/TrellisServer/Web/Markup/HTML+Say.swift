import TrellisLanguage

extension HTML {
    /// One of our sentences, in the reader's language, escaped like any text; an argument that is
    /// markup (a link, a name in bold) goes in whole, where the translation puts it.
    static func say(_ key: String, count: Int? = nil, _ arguments: [String: HTML] = [:]) -> HTML {
        .raw(Say.fill(HTML.escape(Say.text(key, count: count)), arguments.mapValues(\.rendered)))
    }
}
