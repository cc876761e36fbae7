import Foundation

/// A step when trust feels out of reach: a check-in on the signs, an urge to check. Cases are
/// only ever added (see `EventPayload`).
public enum OutOfReachEvent: Sendable, Equatable {
    /// A check-in on the four signs: private, or shared (a shared copy with the same id shares a
    /// private one).
    case signsChecked(id: CheckInID, day: Day, levels: [Sign: Int], note: String?)
    /// An urge to check; always private.
    case urgeLogged(
        id: UrgeID, day: Day, kind: Urge.Kind, actedOn: Bool, helped: String?, trigger: String?, area: AreaID?)

    public var kind: String {
        switch self {
        case .signsChecked: "signsChecked"
        case .urgeLogged: "urgeLogged"
        }
    }
}
