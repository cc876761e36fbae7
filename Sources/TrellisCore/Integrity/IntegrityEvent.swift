import Foundation

/// What happened in the rebuilding partner's practices. Entries are private or shared by the
/// enclosing event's visibility; recording one again as shared is how its author shares it.
public enum IntegrityEvent: Sendable, Equatable {
    /// A small sign of openness or grace from the partner.
    case noticed(id: EntryID, day: Day, what: String, area: AreaID?)
    /// The evening entry: one moment of showing up without expecting a particular reaction.
    case journalWritten(id: EntryID, day: Day, text: String)
    case journalEdited(id: EntryID, text: String)
    case slidingDoor(id: EntryID, day: Day, toward: Bool, what: String, area: AreaID?)
    case feedbackGiven(id: FeedbackID, to: MemberID, text: String)
    /// The receiver read it and began a pause of `seconds` (private to them). The length is kept
    /// with the pause, so changing one's settings later does not shorten a pause under way.
    case feedbackPaused(id: FeedbackID, seconds: Int)
    /// The one true thing the receiver heard, named back to the giver.
    case feedbackReflected(id: FeedbackID, text: String)
    /// The giver's answer to the reflection: "yes, that's it" or "not quite" (with an optional
    /// line on what they meant). After "not quite" the receiver may name it back again.
    case reflectionMarked(id: FeedbackID, landed: Bool, line: String?)

    public var kind: String {
        switch self {
        case .noticed: "noticed"
        case .journalWritten: "journalWritten"
        case .journalEdited: "journalEdited"
        case .slidingDoor: "slidingDoor"
        case .feedbackGiven: "feedbackGiven"
        case .feedbackPaused: "feedbackPaused"
        case .feedbackReflected: "feedbackReflected"
        case .reflectionMarked: "reflectionMarked"
        }
    }
}
