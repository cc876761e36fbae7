import Foundation

/// A step of a Transparency Window. Cases are only ever added (see `EventPayload`).
public enum WindowEvent: Sendable, Equatable {
    /// The asker started a window for `seconds` of open time, inviting their partner.
    case started(id: WindowID, seconds: Int)
    /// The asker's question: private when written, and shared (same id) the moment the partner joins.
    case question(id: WindowID, text: String)
    case joined(id: WindowID)
    case declined(id: WindowID)
    /// A participant's own defensiveness, 0 to 10.
    case rated(id: WindowID, rating: Int)
    /// During a pause: "I am ready to go on".
    case ready(id: WindowID)
    case ended(id: WindowID, ending: TransparencyWindow.Ending)
    /// A reflection afterwards: private, or shared (a shared copy with the same id shares a private one).
    case reflected(id: WindowID, text: String)

    public var window: WindowID {
        switch self {
        case .started(let id, _), .question(let id, _), .joined(let id), .declined(let id), .rated(let id, _),
            .ready(let id), .ended(let id, _), .reflected(let id, _):
            id
        }
    }

    public var kind: String {
        switch self {
        case .started: "windowStarted"
        case .question: "windowQuestion"
        case .joined: "windowJoined"
        case .declined: "windowDeclined"
        case .rated: "windowRated"
        case .ready: "windowReady"
        case .ended: "windowEnded"
        case .reflected: "windowReflected"
        }
    }
}
