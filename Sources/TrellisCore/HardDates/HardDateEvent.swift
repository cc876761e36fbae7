import Foundation

/// A step with hard dates. Cases are only ever added (see `EventPayload`).
public enum HardDateEvent: Sendable, Equatable {
    /// A day that hurts, on the author's list; always private.
    case added(id: HardDateID, what: String, day: Day, yearly: Bool)
    /// Taken off the list; always private.
    case removed(id: HardDateID)
    /// Getting ready for one coming of the day (`day`); always private. A later one for the same
    /// coming takes its place.
    case prepared(id: HardDateID, day: Day, helped: String?, ask: String?)
    /// The author told their partner the week before `day` is hard for them; shared, and naming
    /// none of their hard dates.
    case weekTold(id: HardWeekID, day: Day, words: String?)

    public var kind: String {
        switch self {
        case .added: "hardDateAdded"
        case .removed: "hardDateRemoved"
        case .prepared: "hardDatePrepared"
        case .weekTold: "hardWeekTold"
        }
    }
}
