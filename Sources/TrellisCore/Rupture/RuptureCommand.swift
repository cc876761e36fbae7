import Foundation

/// What a member asks of rupture and repair.
public enum RuptureCommand: Sendable, Equatable {
    case record(id: UUID, area: AreaID?, what: String, felt: String, shared: Bool)
    /// Share one of my private ruptures, so repair can begin together.
    case share(id: UUID)
    case addStep(
        rupture: UUID, step: UUID, kind: Rupture.Step.Kind, text: String, action: ActionID?, expectation: ExpectationID?
    )
    /// Say it feels repaired to me (or take that back while it is still open).
    case feelsRepaired(rupture: UUID, repaired: Bool)
}
