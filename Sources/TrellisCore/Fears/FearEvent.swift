import Foundation

/// A step with core fears, as recorded. Cases are only ever added (see `EventPayload`).
public enum FearEvent: Sendable, Equatable {
    /// A core fear, written privately, or the shared copy that reveals it (same id).
    case fearWritten(id: FearID, area: AreaID, what: String, why: String)
    /// Changed by its author while still private.
    case fearEdited(id: FearID, what: String, why: String)
    /// Taken back by its author while still private.
    case fearWithdrawn(id: FearID)
    /// The author will reveal their fears in this area when their partner reveals theirs. Shared,
    /// with no content: all the partner learns is "your partner is ready".
    case fearsReady(area: AreaID)
    /// The partner's one line back to a shared fear.
    case fearAnswered(id: FearID, line: String)

    public var kind: String {
        switch self {
        case .fearWritten: "fearWritten"
        case .fearEdited: "fearEdited"
        case .fearWithdrawn: "fearWithdrawn"
        case .fearsReady: "fearsReady"
        case .fearAnswered: "fearAnswered"
        }
    }
}
