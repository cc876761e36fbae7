import Foundation

/// A step in the rebuilding partner's practices. `today` is the actor's own day (their time zone),
/// decided by whoever knows their settings; new ids come with the command.
public enum IntegrityCommand: Sendable, Equatable {
    case notice(id: UUID, day: Day, what: String, area: AreaID?, shared: Bool)
    case writeJournal(id: UUID, day: Day, text: String)
    case editJournal(id: UUID, text: String)
    case slidingDoor(id: UUID, day: Day, toward: Bool, what: String, area: AreaID?, shared: Bool)
    /// Shares a private noticing, journal entry or sliding-door moment with the partner.
    case share(id: UUID)
    case giveFeedback(id: UUID, to: MemberID, text: String)
    case pauseOnFeedback(id: UUID, seconds: Int)
    case reflect(id: UUID, text: String)
    /// "Yes, that's it", or "not quite" with, if the giver wants, a line on what they meant.
    case markReflection(id: UUID, landed: Bool, line: String? = nil)
}
