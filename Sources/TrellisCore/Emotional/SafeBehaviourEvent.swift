import Foundation

/// A step with safe behaviours. Cases are only ever added (see `EventPayload`).
public enum SafeBehaviourEvent: Sendable, Equatable {
    /// The truster names a behaviour that makes them feel safe in an area.
    case named(id: BehaviourID, area: AreaID, what: String)
    case retired(id: BehaviourID)
    /// It happened on `day`: recorded by the truster (it counts), or said by the doer (a claim).
    case happened(id: BehaviourID, moment: UUID, day: Day, word: String?)
    /// The truster's answer to the doer's "I did this".
    case confirmed(id: BehaviourID, moment: UUID, yes: Bool)

    public var kind: String {
        switch self {
        case .named: "safeBehaviourNamed"
        case .retired: "safeBehaviourRetired"
        case .happened: "safeBehaviourHappened"
        case .confirmed: "safeBehaviourConfirmed"
        }
    }
}
