import TrellisLanguage

/// When a clear action happens: a "when" is what makes an action something a partner can see.
public enum Cadence: Sendable, Equatable {
    /// Once, by this day.
    case once(by: Day)
    case daily
    /// On these days of the week.
    case weekdays([Weekday])
    /// Each time a named situation comes up ("when I go out with colleagues").
    case whenever(situation: String)

    public static let maximumSituationLength = 120

    /// The cadence as it will be stored, or why it is not usable. A one-off date must not have passed.
    public func validated(from today: Day) throws(StepRefusal) -> Cadence {
        switch self {
        case .once(let due):
            guard due >= today else {
                throw .invalid("cadence", say("repair.cadence.passed", ["day": due.spoken]))
            }
            return self
        case .daily: return self
        case .weekdays(let days):
            let unique = Array(Set(days)).sorted()
            guard !unique.isEmpty else { throw .invalid("cadence", say("repair.cadence.noDay")) }
            return .weekdays(unique)
        case .whenever(let situation):
            let text = try RepairText.validated(
                situation, field: "situation", as: say("repair.field.theSituation"), limit: Self.maximumSituationLength)
            return .whenever(situation: text)
        }
    }

    /// Whether the action is due on `day`. A "whenever" action has no schedule: any day can hold one.
    public func isScheduled(on day: Day) -> Bool {
        switch self {
        case .once(let due): day == due
        case .daily: true
        case .weekdays(let days): days.contains(day.weekday)
        case .whenever: false
        }
    }

    /// Whether a report may be keyed to `day` at all.
    public func accepts(_ day: Day) -> Bool {
        if case .whenever = self { return true }
        return isScheduled(on: day)
    }

    /// In plain words, for pages and calendar entries.
    public var summary: String {
        switch self {
        case .once(let day): say("cadence.onceBy", ["day": day.spoken])
        case .daily: say("cadence.daily")
        case .weekdays(let days): say("cadence.weekdays", ["days": Say.list(days.map(\.spoken))])
        case .whenever(let situation): say("cadence.whenever", ["situation": situation])
        }
    }
}
