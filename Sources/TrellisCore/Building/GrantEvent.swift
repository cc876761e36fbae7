import Foundation

/// A step in giving trust away. Cases are only ever added (see `EventPayload`).
public enum GrantEvent: Sendable, Equatable {
    case offered(
        id: GrantID, area: AreaID, fear: FearID?, what: String, stakes: String, size: GrantSize, reviewOn: Day?)
    /// The grantee's yes or no.
    case answered(id: GrantID, accepted: Bool)
    /// Taken back by the granter; it holds no more.
    case withdrawn(id: GrantID)
    /// The grantee's account of what they did with it.
    case used(id: GrantID, text: String)
    /// The granter's word on how it went; `why` goes with "it hurt".
    case reviewed(id: GrantID, honoured: Bool, why: String?)

    public var kind: String {
        switch self {
        case .offered: "grantOffered"
        case .answered: "grantAnswered"
        case .withdrawn: "grantWithdrawn"
        case .used: "grantUsed"
        case .reviewed: "grantReviewed"
        }
    }
}
