import Foundation

/// What a member asks of rupture and repair.
public enum RuptureCommand: Sendable, Equatable {
    case record(id: RuptureID, area: AreaID?, what: String, felt: String, shared: Bool)
    /// Share one of my private ruptures, so repair can begin together.
    case share(id: RuptureID)
    case addStep(
        rupture: RuptureID, step: UUID, kind: Rupture.Step.Kind, text: String, action: ActionID?,
        expectation: ExpectationID?
    )
    /// Say it feels repaired to me (or take that back while it is still open).
    case feelsRepaired(rupture: RuptureID, repaired: Bool)
}
