import Foundation

// The named fields of each step of a Transparency Window; see `EventPayload`'s format for the rules.
extension WindowEvent {
    /// The step of this kind, or nil when the kind is not a step of a window.
    init?(kind: String, _ c: FieldContainer) throws {
        switch kind {
        case "windowStarted": self = .started(id: try c.id(.id), seconds: try c.decode(Int.self, forKey: .seconds))
        case "windowQuestion": self = .question(id: try c.id(.id), text: try c.text(.text))
        case "windowJoined": self = .joined(id: try c.id(.id))
        case "windowDeclined": self = .declined(id: try c.id(.id))
        case "windowRated": self = .rated(id: try c.id(.id), rating: try c.decode(Int.self, forKey: .rating))
        case "windowReady": self = .ready(id: try c.id(.id))
        case "windowEnded":
            guard let ending = TransparencyWindow.Ending(rawValue: try c.text(.ending)) else {
                throw DecodingError.dataCorruptedError(forKey: .ending, in: c, debugDescription: "not an ending")
            }
            self = .ended(id: try c.id(.id), ending: ending)
        case "windowReflected": self = .reflected(id: try c.id(.id), text: try c.text(.text))
        default: return nil
        }
    }

    func encodeFields(into c: inout FieldWriter) throws {
        try c.encode(window, as: .id)
        switch self {
        case .started(_, let seconds): try c.encode(seconds, forKey: .seconds)
        case .question(_, let text), .reflected(_, let text): try c.encode(text, forKey: .text)
        case .rated(_, let rating): try c.encode(rating, forKey: .rating)
        case .ended(_, let ending): try c.encode(ending.rawValue, forKey: .ending)
        case .joined, .declined, .ready: break
        }
    }
}
