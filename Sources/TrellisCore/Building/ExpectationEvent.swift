import Foundation

/// A step in aligning expectations. Cases are only ever added (see `EventPayload`).
public enum ExpectationEvent: Sendable, Equatable {
    /// Version 1, proposed (and so agreed) by its author; `promise` marks a disclosure promise
    /// the author makes about themselves.
    case proposed(id: ExpectationID, area: AreaID, words: String, promise: Bool, reviewOn: Day?)
    /// Other words, as the next version, agreed by their author.
    case reworded(id: ExpectationID, version: Int, words: String, reviewOn: Day?)
    /// The author agrees to this version; when both have, it holds.
    case agreed(id: ExpectationID, version: Int)
    /// The author declines the proposed version; whatever was in force stays.
    case declined(id: ExpectationID, version: Int)
    /// The author withdraws their consent: it stops holding at once.
    case consentWithdrawn(id: ExpectationID)
    /// The promiser tells what they promised to tell.
    case disclosed(id: ExpectationID, disclosure: UUID, text: String)
    /// The partner thanks them for telling.
    case thanked(id: ExpectationID, disclosure: UUID)

    public var kind: String {
        switch self {
        case .proposed: "expectationProposed"
        case .reworded: "expectationReworded"
        case .agreed: "expectationAgreed"
        case .declined: "expectationDeclined"
        case .consentWithdrawn: "expectationConsentWithdrawn"
        case .disclosed: "disclosureMade"
        case .thanked: "disclosureThanked"
        }
    }
}
