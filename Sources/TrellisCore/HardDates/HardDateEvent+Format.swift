import Foundation

// The named fields of each step with hard dates; see `EventPayload`'s format.
extension HardDateEvent {
    /// The step of this kind, or nil when the kind is not one of these steps.
    init?(kind: String, _ c: FieldContainer) throws {
        switch kind {
        case "hardDateAdded":
            self = .added(
                id: try c.id(.id), what: try c.text(.what), day: try c.decode(Day.self, forKey: .day),
                yearly: try c.decode(Bool.self, forKey: .yearly))
        case "hardDateRemoved": self = .removed(id: try c.id(.id))
        case "hardDatePrepared":
            self = .prepared(
                id: try c.id(.id), day: try c.decode(Day.self, forKey: .day),
                helped: try c.decodeIfPresent(String.self, forKey: .help),
                ask: try c.decodeIfPresent(String.self, forKey: .ask))
        case "hardWeekTold":
            self = .weekTold(
                id: try c.id(.id), day: try c.decode(Day.self, forKey: .day),
                words: try c.decodeIfPresent(String.self, forKey: .text))
        default: return nil
        }
    }

    func encodeFields(into c: inout FieldWriter) throws {
        switch self {
        case .added(let id, let what, let day, let yearly):
            try c.encode(id, as: .id)
            try c.encode(what, forKey: .what)
            try c.encode(day, forKey: .day)
            try c.encode(yearly, forKey: .yearly)
        case .removed(let id): try c.encode(id, as: .id)
        case .prepared(let id, let day, let helped, let ask):
            try c.encode(id, as: .id)
            try c.encode(day, forKey: .day)
            try c.encodeIfPresent(helped, forKey: .help)
            try c.encodeIfPresent(ask, forKey: .ask)
        case .weekTold(let id, let day, let words):
            try c.encode(id, as: .id)
            try c.encode(day, forKey: .day)
            try c.encodeIfPresent(words, forKey: .text)
        }
    }
}
