import Foundation
import TrellisLanguage

extension HTML {
    /// One of our sentences, in the reader's language, escaped like any text; an argument that is
    /// markup (a link, a name in bold) goes in whole, where the translation puts it.
    static func say(_ key: String, count: Int? = nil, _ arguments: [String: HTML] = [:]) -> HTML {
        var rendered = HTML.escape(Say.text(key, count: count))
        for (name, value) in arguments {
            rendered = rendered.replacingOccurrences(of: "{\(name)}", with: value.rendered)
        }
        return .raw(rendered)
    }
}
