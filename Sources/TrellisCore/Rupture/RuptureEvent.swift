import Foundation

/// A step of rupture and repair. Cases are only ever added (see `EventPayload`).
public enum RuptureEvent: Sendable, Equatable {
    /// A rupture, written privately or shared (a shared copy with the same id shares a private one).
    case recorded(id: RuptureID, area: AreaID?, what: String, felt: String)
    /// A repair step on a shared rupture.
    case stepAdded(
        id: RuptureID, step: UUID, kind: Rupture.Step.Kind, text: String, action: ActionID?, expectation: ExpectationID?
    )
    /// The author says it feels repaired to them now (or, taking it back, that it does not yet).
    case feelsRepaired(id: RuptureID, repaired: Bool)

    public var kind: String {
        switch self {
        case .recorded: "ruptureRecorded"
        case .stepAdded: "repairStepAdded"
        case .feelsRepaired: "ruptureFeelsRepaired"
        }
    }
}
