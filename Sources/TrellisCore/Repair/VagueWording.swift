import TrellisLanguage

/// Gentle checks that an action is clear: observable, specific, with a when.
///
/// They never block a request; they point at the words that make an action hard to see being kept.
public enum VagueWording {
    public static var example: String { say("repair.vague.example") }

    /// Why a word makes an action hard to see kept; nil for a clear word. The words are English:
    /// they are matched in what a person typed.
    private static func note(on word: String) -> String? {
        switch word {
        case "always": say("repair.vague.always")
        case "never": say("repair.vague.never")
        case "more": say("repair.vague.more")
        case "less": say("repair.vague.less")
        case "better": say("repair.vague.better")
        case "try": say("repair.vague.try")
        case "nicer": say("repair.vague.nicer")
        case "considerate": say("repair.vague.considerate")
        default: nil
        }
    }

    /// Starting words that describe being rather than doing.
    private static let stateOpeners = ["be", "feel", "stop being", "care"]

    /// The reasons `what` may be vague, in the order the words appear; empty when it reads clearly.
    public static func flags(in what: String) -> [String] {
        let words = what.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init)
        var seen = Set<String>()
        var flags = words.compactMap { word -> String? in
            guard let flag = note(on: word), seen.insert(word).inserted else { return nil }
            return flag
        }
        let opening = what.lowercased().trimmingWhitespace()
        if stateOpeners.contains(where: { opening == $0 || opening.hasPrefix($0 + " ") }) {
            flags.append(say("repair.vague.stateOpener"))
        }
        return flags
    }
}
