import Foundation

/// What a member does with their hard dates, on their own day (`today` comes with the couple
/// command).
public enum HardDateCommand: Sendable, Equatable {
    /// Put a day that hurts on my private list.
    case add(id: HardDateID, what: String, day: Day, yearly: Bool)
    /// Take it off.
    case remove(id: HardDateID)
    /// Get ready for its next coming: what helped, what I might ask for (private).
    case prepare(id: HardDateID, helped: String?, ask: String?)
    /// Tell my partner the week before its next coming is hard for me, with more in my words if I
    /// want; only in that week.
    case tell(id: HardDateID, week: HardWeekID, words: String?)
}
