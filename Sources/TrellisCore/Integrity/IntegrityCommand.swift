import Foundation

/// A step in the rebuilding partner's practices. `today` is the actor's own day (their time zone),
/// decided by whoever knows their settings; new ids come with the command.
public enum IntegrityCommand: Sendable, Equatable {
    case notice(id: EntryID, day: Day, what: String, area: AreaID?, shared: Bool)
    case writeJournal(id: EntryID, day: Day, text: String)
    case editJournal(id: EntryID, text: String)
    case slidingDoor(id: EntryID, day: Day, toward: Bool, what: String, area: AreaID?, shared: Bool)
    /// Shares a private noticing, journal entry or sliding-door moment with the partner.
    case share(id: EntryID)
    case giveFeedback(id: FeedbackID, to: MemberID, text: String)
    case pauseOnFeedback(id: FeedbackID, seconds: Int)
    case reflect(id: FeedbackID, text: String)
    /// "Yes, that's it", or "not quite" with, if the giver wants, a line on what they meant.
    case markReflection(id: FeedbackID, landed: Bool, line: String? = nil)
}
