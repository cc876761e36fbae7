import TrellisCore
import TrellisLanguage

/// Days as a person says them, in their language: "Today", "Yesterday", "Tue 24 Nov" (with the
/// year only when it is not this one). The ISO form stays in data attributes and addresses, never in the words.
enum HumanDay {
    static func text(_ day: Day, today: Day) -> String {
        switch day.daysSinceEpoch - today.daysSinceEpoch {
        case 0: return say("day.today")
        case -1: return say("day.yesterday")
        case 1: return say("day.tomorrow")
        default: return day.components.year == today.components.year ? day.spokenWithoutYear : full(day)
        }
    }

    /// "Tue 24 Nov 2026": for a document that will be read later, when "yesterday" means nothing.
    static func full(_ day: Day) -> String { day.spoken }

    /// The same, inside a sentence: "by tomorrow", "by Tue 1 Dec".
    static func inSentence(_ day: Day, today: Day) -> String {
        switch day.daysSinceEpoch - today.daysSinceEpoch {
        case 0: say("day.todayInSentence")
        case -1: say("day.yesterdayInSentence")
        case 1: say("day.tomorrowInSentence")
        default: text(day, today: today)
        }
    }
}

extension Cadence {
    /// `summary` with its day said the way a person says it ("once, by tomorrow", "once, by Tue 1 Dec").
    func words(today: Day) -> String {
        guard case .once(let day) = self else { return summary }
        return say("cadence.onceBy", ["day": HumanDay.inSentence(day, today: today)])
    }
}
