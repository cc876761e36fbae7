/// How an agreed action has gone lately, for the words beside its picture. Consistency over time
/// is what rebuilds trust, so this looks at whole weeks, and it is never a score, a streak to
/// protect, or a comparison: a miss reported honestly is part of the rhythm, not a failure of it.
public enum ActionRhythm: Equatable, Sendable {
    /// Agreed less than a week ago.
    case justStarted
    /// Done (or seen done) on every day it was due, for this many whole weeks up to yesterday.
    case steady(weeks: Int)
    /// Done on more of its due days than not, in the last four weeks.
    case mostlyKept
    /// Some days done, some missed or not reported.
    case uneven
    /// Nothing reported on any due day of the last two weeks.
    case quiet
}

extension RepairAction {
    /// The rhythm up to `today`; nil for actions with no schedule to keep (one-off, "whenever",
    /// or not agreed).
    public func rhythm(today: Day) -> ActionRhythm? {
        guard isActive, let since = activeSince else { return nil }
        switch cadence {
        case .once, .whenever: return nil
        case .daily, .weekdays: break
        }
        guard today.daysSinceEpoch - since.daysSinceEpoch >= 7 else { return .justStarted }
        let yesterday = today.adding(days: -1)
        let due = { (day: Day) in day >= since && self.cadence.isScheduled(on: day) }
        let kept = { (day: Day) in
            let occurrence = self.occurrences[day]
            return occurrence?.outcome == .done || occurrence?.noticed != nil
        }
        // Whole weeks back from yesterday in which every due day was kept.
        var weeks = 0
        while weeks < 4 {
            let week = (0..<7).map { yesterday.adding(days: -7 * weeks - $0) }
            guard week.allSatisfy({ $0 >= since }), week.filter(due).allSatisfy(kept) else { break }
            weeks += 1
        }
        if weeks >= 2 { return .steady(weeks: weeks) }
        let recent = yesterday.lastDays(28).filter(due)
        let lastTwoWeeks = recent.filter { yesterday.daysSinceEpoch - $0.daysSinceEpoch < 14 }
        if !lastTwoWeeks.isEmpty, lastTwoWeeks.allSatisfy({ occurrences[$0] == nil }) { return .quiet }
        let keptDays = recent.filter(kept).count
        return keptDays * 2 > recent.count ? .mostlyKept : .uneven
    }
}
