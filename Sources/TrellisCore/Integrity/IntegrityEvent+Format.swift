import Foundation

// The named fields of each integrity step; see `EventPayload`'s format for the rules.
extension IntegrityEvent {
    /// The step of this kind, or nil when the kind is not an integrity step.
    init?(kind: String, _ c: FieldContainer) throws {
        switch kind {
        case "noticed":
            self = .noticed(
                id: try c.id(.id), day: try c.decode(Day.self, forKey: .day), what: try c.text(.what),
                area: try c.uuidIfPresent(.area).map(AreaID.init))
        case "journalWritten":
            self = .journalWritten(
                id: try c.id(.id), day: try c.decode(Day.self, forKey: .day), text: try c.text(.text))
        case "journalEdited": self = .journalEdited(id: try c.id(.id), text: try c.text(.text))
        case "slidingDoor":
            self = .slidingDoor(
                id: try c.id(.id), day: try c.decode(Day.self, forKey: .day),
                toward: try c.decode(Bool.self, forKey: .toward), what: try c.text(.what),
                area: try c.uuidIfPresent(.area).map(AreaID.init))
        case "feedbackGiven": self = .feedbackGiven(id: try c.id(.id), to: try c.id(.to), text: try c.text(.text))
        case "feedbackPaused":
            self = .feedbackPaused(id: try c.id(.id), seconds: try c.decode(Int.self, forKey: .seconds))
        case "feedbackReflected": self = .feedbackReflected(id: try c.id(.id), text: try c.text(.text))
        case "reflectionMarked":
            self = .reflectionMarked(
                id: try c.id(.id), landed: try c.decode(Bool.self, forKey: .landed),
                line: try c.decodeIfPresent(String.self, forKey: .line))
        default: return nil
        }
    }

    func encodeFields(into c: inout FieldWriter) throws {
        switch self {
        case .noticed(let id, let day, let what, let area):
            try c.encode(id, as: .id)
            try c.encode(day, forKey: .day)
            try c.encode(what, forKey: .what)
            try c.encodeIfPresent(area?.rawValue, as: .area)
        case .journalWritten(let id, let day, let text):
            try c.encode(id, as: .id)
            try c.encode(day, forKey: .day)
            try c.encode(text, forKey: .text)
        case .journalEdited(let id, let text):
            try c.encode(id, as: .id)
            try c.encode(text, forKey: .text)
        case .feedbackReflected(let id, let text):
            try c.encode(id, as: .id)
            try c.encode(text, forKey: .text)
        case .slidingDoor(let id, let day, let toward, let what, let area):
            try c.encode(id, as: .id)
            try c.encode(day, forKey: .day)
            try c.encode(toward, forKey: .toward)
            try c.encode(what, forKey: .what)
            try c.encodeIfPresent(area?.rawValue, as: .area)
        case .feedbackGiven(let id, let to, let text):
            try c.encode(id, as: .id)
            try c.encode(to.rawValue, as: .to)
            try c.encode(text, forKey: .text)
        case .feedbackPaused(let id, let seconds):
            try c.encode(id, as: .id)
            try c.encode(seconds, forKey: .seconds)
        case .reflectionMarked(let id, let landed, let line):
            try c.encode(id, as: .id)
            try c.encode(landed, forKey: .landed)
            try c.encodeIfPresent(line, forKey: .line)
        }
    }
}
