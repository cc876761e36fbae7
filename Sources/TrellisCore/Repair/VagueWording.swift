import TrellisLanguage

/// Gentle checks that an action is clear: observable, specific, with a when.
///
/// They never block a request; they point at the words that make an action hard to see being kept.
public enum VagueWording {
    public static var example: String { say("repair.vague.example") }

    /// Why `word` (lower case) makes an action hard to see kept, quoting it as it was typed; nil for
    /// a clear word. A couple may write in any language we speak, whatever each one reads in, so the
    /// words of all three are looked for.
    private static func note(on word: String, typed: String) -> String? {
        switch word {
        case "always", "immer", "siempre": say("repair.vague.always", ["word": typed])
        case "never", "nie", "niemals", "nunca", "jamás": say("repair.vague.never", ["word": typed])
        case "more", "mehr", "más": say("repair.vague.more", ["word": typed])
        case "less", "weniger", "menos": say("repair.vague.less", ["word": typed])
        case "better", "besser", "mejor": say("repair.vague.better", ["word": typed])
        case "try", "versuchen", "versuche", "probieren", "intentar", "intentaré", "intento":
            say("repair.vague.try", ["word": typed])
        case "nicer", "netter", "amable": say("repair.vague.nicer", ["word": typed])
        case "considerate", "rücksichtsvoll", "rücksichtsvoller", "considerado", "considerada":
            say("repair.vague.considerate", ["word": typed])
        default: nil
        }
    }

    /// Starting words that describe being rather than doing.
    private static let stateOpeners = [
        "be", "feel", "stop being", "care", "sei", "fühl", "hör auf", "ser", "sé", "sentir", "deja de ser",
    ]

    /// The reasons `what` may be vague, in the order the words appear; empty when it reads clearly.
    public static func flags(in what: String) -> [String] {
        let words = what.split { !$0.isLetter && $0 != "'" }.map(String.init)
        var seen = Set<String>()
        var flags = words.compactMap { typed -> String? in
            let word = typed.lowercased()
            guard let flag = note(on: word, typed: typed), seen.insert(word).inserted else { return nil }
            return flag
        }
        let opening = what.lowercased().trimmingWhitespace()
        if stateOpeners.contains(where: { opening == $0 || opening.hasPrefix($0 + " ") }) {
            flags.append(say("repair.vague.stateOpener"))
        }
        return flags
    }
}
