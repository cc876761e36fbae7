import Foundation

/// What a member asks when trust feels out of reach. Both steps are the member's own, on their
/// own day (`today` comes with the couple command).
public enum OutOfReachCommand: Sendable, Equatable {
    /// A check-in on the four signs, each 0 to 4; kept private unless `shared`.
    case checkSigns(id: CheckInID, levels: [Sign: Int], note: String?, shared: Bool)
    /// Share one of my check-ins with my partner.
    case shareCheckIn(id: CheckInID)
    /// An urge to check, acted on or resisted; private, always.
    case logUrge(id: UrgeID, kind: Urge.Kind, actedOn: Bool, helped: String?, trigger: String?, area: AreaID?)
}
