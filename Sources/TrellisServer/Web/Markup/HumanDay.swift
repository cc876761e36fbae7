import TrellisCore

/// Days as a person says them: "Today", "Yesterday", "Tue 24 Nov" (with the year only when it is
/// not this one). The ISO form stays in data attributes and addresses, never in the words.
enum HumanDay {
    static func text(_ day: Day, today: Day) -> String {
        switch day.daysSinceEpoch - today.daysSinceEpoch {
        case 0: return "Today"
        case -1: return "Yesterday"
        case 1: return "Tomorrow"
        default:
            let full = full(day)
            return day.components.year == today.components.year ? String(full.dropLast(5)) : full
        }
    }

    /// "Tue 24 Nov 2026": for a document that will be read later, when "yesterday" means nothing.
    static func full(_ day: Day) -> String { day.spoken }

    /// The same, inside a sentence: "by tomorrow", "by Tue 1 Dec".
    static func inSentence(_ day: Day, today: Day) -> String {
        let said = text(day, today: today)
        return abs(day.daysSinceEpoch - today.daysSinceEpoch) <= 1 ? said.lowercased() : said
    }
}

extension Cadence {
    /// `summary` with its day said the way a person says it ("once, by tomorrow", "once, by Tue 1 Dec").
    func words(today: Day) -> String {
        guard case .once(let day) = self else { return summary }
        return "once, by " + HumanDay.inSentence(day, today: today)
    }
}
