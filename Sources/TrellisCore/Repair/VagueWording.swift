/// Gentle checks that an action is clear: observable, specific, with a when.
///
/// They never block a request; they point at the words that make an action hard to see being kept.
public enum VagueWording {
    public static let example = "Text me when I leave work, before 6 pm on weekdays."

    private static let vagueWords: [String: String] = [
        "always": "'always' cannot be seen happening; say when.",
        "never": "'never' asks for an absence; name what to do instead.",
        "more": "'more' has no finish line; say how often.",
        "less": "'less' has no finish line; say what, and how often.",
        "better": "'better' is a judgement; describe what you would see.",
        "try": "'try' cannot be kept or missed; name the thing itself.",
        "nicer": "'nicer' is a feeling; describe the behaviour.",
        "considerate": "'considerate' is a quality; describe what it looks like.",
    ]

    /// Starting words that describe being rather than doing.
    private static let stateOpeners = ["be", "feel", "stop being", "care"]

    /// The reasons `what` may be vague, in the order the words appear; empty when it reads clearly.
    public static func flags(in what: String) -> [String] {
        let words = what.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
        var seen = Set<String>()
        var flags = words.compactMap { word -> String? in
            guard let flag = vagueWords[word], seen.insert(word).inserted else { return nil }
            return flag
        }
        let opening = what.lowercased().trimmingWhitespace()
        if stateOpeners.contains(where: { opening == $0 || opening.hasPrefix($0 + " ") }) {
            flags.append("Start with something you can do or say, not a way to be.")
        }
        return flags
    }
}
