import Foundation

// The named fields of each step with safe behaviours; see `EventPayload`'s format for the rules.
extension SafeBehaviourEvent {
    /// The step of this kind, or nil when the kind is not a step with safe behaviours.
    init?(kind: String, _ c: FieldContainer) throws {
        switch kind {
        case "safeBehaviourNamed": self = .named(id: try c.id(.id), area: try c.id(.area), what: try c.text(.what))
        case "safeBehaviourRetired": self = .retired(id: try c.id(.id))
        case "safeBehaviourHappened":
            self = .happened(
                id: try c.id(.id), moment: try c.uuid(.step), day: try c.decode(Day.self, forKey: .day),
                word: try c.decodeIfPresent(String.self, forKey: .word))
        case "safeBehaviourConfirmed":
            self = .confirmed(
                id: try c.id(.id), moment: try c.uuid(.step), yes: try c.decode(Bool.self, forKey: .accepted))
        default: return nil
        }
    }

    func encodeFields(into c: inout FieldWriter) throws {
        switch self {
        case .named(let id, let area, let what):
            try c.encode(id, as: .id)
            try c.encode(area.rawValue, as: .area)
            try c.encode(what, forKey: .what)
        case .retired(let id): try c.encode(id, as: .id)
        case .happened(let id, let moment, let day, let word):
            try c.encode(id, as: .id)
            try c.encode(moment, as: .step)
            try c.encode(day, forKey: .day)
            try c.encodeIfPresent(word, forKey: .word)
        case .confirmed(let id, let moment, let yes):
            try c.encode(id, as: .id)
            try c.encode(moment, as: .step)
            try c.encode(yes, forKey: .accepted)
        }
    }
}
