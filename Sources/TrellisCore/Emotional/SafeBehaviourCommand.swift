import Foundation

/// What a member asks of safe behaviours; `today` comes with the couple command.
public enum SafeBehaviourCommand: Sendable, Equatable {
    /// The truster names a behaviour that makes them feel safe.
    case name(id: BehaviourID, area: AreaID, what: String)
    /// The truster retires one; its moments stay.
    case retire(id: BehaviourID)
    /// It happened today: by the truster, it counts at once; by the doer, it is "I did this",
    /// waiting for the truster's word.
    case happened(id: BehaviourID, moment: UUID, word: String?)
    /// The truster confirms the doer's "I did this", or says not this time.
    case confirm(id: BehaviourID, moment: UUID, yes: Bool)
}
