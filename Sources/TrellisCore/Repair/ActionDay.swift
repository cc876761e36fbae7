import Foundation

/// One day of a clear action as both faces show it (the API's `recent` days, the repair page's
/// list, the dots of the last weeks): whether the action asks for it, what was recorded, and its
/// state. Derived once here, so the page and the API can never disagree about what a day is.
public struct ActionDay: Sendable, Equatable {
    /// Raw values are the API's: never change one.
    public enum State: String, Sendable, CaseIterable {
        case done, missed, noticed
        case notReported = "not_reported"
    }

    public let day: Day
    /// The action asks for this day (accepted, due by its cadence, not before it was agreed).
    public let scheduled: Bool
    public let record: Occurrence?

    public var state: State {
        switch record?.outcome {
        case .done: .done
        case .missed: .missed
        case nil: record?.noticed != nil ? .noticed : .notReported
        }
    }
}

extension RepairAction {
    /// Whether the action asks for `day`: accepted and not retired, due by its cadence, and not
    /// before it was agreed.
    public func isScheduled(on day: Day) -> Bool {
        isActive && cadence.isScheduled(on: day) && day >= (activeSince ?? day)
    }

    /// The days of `days` worth showing (asked for, or with something recorded), in their order.
    public func shownDays(_ days: [Day]) -> [ActionDay] {
        days.compactMap { day in
            let record = occurrences[day]
            let scheduled = isScheduled(on: day)
            return scheduled || record != nil ? ActionDay(day: day, scheduled: scheduled, record: record) : nil
        }
    }
}

extension RepairAction.Status {
    /// The status's stable name, for the API and the pages' markup: never change one.
    public var code: String {
        switch self {
        case .requested: "requested"
        case .rewordProposed: "reword_proposed"
        case .active: "active"
        case .retired: "retired"
        }
    }
}
