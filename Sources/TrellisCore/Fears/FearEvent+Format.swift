import Foundation

// The named fields of each step with core fears; see `EventPayload`'s format for the rules.
extension FearEvent {
    /// The step of this kind, or nil when the kind is not a step with core fears.
    init?(kind: String, _ c: FieldContainer) throws {
        switch kind {
        case "fearWritten":
            self = .fearWritten(
                id: try c.id(.id), area: try c.id(.area), what: try c.text(.what), why: try c.text(.why))
        case "fearEdited": self = .fearEdited(id: try c.id(.id), what: try c.text(.what), why: try c.text(.why))
        case "fearWithdrawn": self = .fearWithdrawn(id: try c.id(.id))
        case "fearsReady": self = .fearsReady(area: try c.id(.area))
        case "fearAnswered": self = .fearAnswered(id: try c.id(.id), line: try c.text(.line))
        default: return nil
        }
    }

    func encodeFields(into c: inout FieldWriter) throws {
        switch self {
        case .fearWritten(let id, let area, let what, let why):
            try c.encode(id, as: .id)
            try c.encode(area.rawValue, as: .area)
            try c.encode(what, forKey: .what)
            try c.encode(why, forKey: .why)
        case .fearEdited(let id, let what, let why):
            try c.encode(id, as: .id)
            try c.encode(what, forKey: .what)
            try c.encode(why, forKey: .why)
        case .fearWithdrawn(let id): try c.encode(id, as: .id)
        case .fearsReady(let area): try c.encode(area.rawValue, as: .area)
        case .fearAnswered(let id, let line):
            try c.encode(id, as: .id)
            try c.encode(line, forKey: .line)
        }
    }
}
