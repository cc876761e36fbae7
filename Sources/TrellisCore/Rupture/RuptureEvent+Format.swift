import Foundation

// The named fields of each step of rupture and repair; see `EventPayload`'s format for the rules.
extension RuptureEvent {
    /// The step of this kind, or nil when the kind is not a step of rupture and repair.
    init?(kind: String, _ c: FieldContainer) throws {
        switch kind {
        case "ruptureRecorded":
            self = .recorded(
                id: try c.id(.id), area: try c.uuidIfPresent(.area).map(AreaID.init), what: try c.text(.what),
                felt: try c.text(.felt))
        case "repairStepAdded":
            guard let part = Rupture.Step.Kind(rawValue: try c.text(.part)) else {
                throw DecodingError.dataCorruptedError(forKey: .part, in: c, debugDescription: "not a part of repair")
            }
            self = .stepAdded(
                id: try c.id(.id), step: try c.uuid(.step), kind: part, text: try c.text(.text),
                action: try c.idIfPresent(.action), expectation: try c.idIfPresent(.expectation))
        case "ruptureFeelsRepaired":
            self = .feelsRepaired(id: try c.id(.id), repaired: try c.decode(Bool.self, forKey: .repaired))
        default: return nil
        }
    }

    func encodeFields(into c: inout FieldWriter) throws {
        switch self {
        case .recorded(let id, let area, let what, let felt):
            try c.encode(id, as: .id)
            try c.encodeIfPresent(area?.rawValue, as: .area)
            try c.encode(what, forKey: .what)
            try c.encode(felt, forKey: .felt)
        case .stepAdded(let id, let step, let kind, let text, let action, let expectation):
            try c.encode(id, as: .id)
            try c.encode(step, as: .step)
            try c.encode(kind.rawValue, forKey: .part)
            try c.encode(text, forKey: .text)
            try c.encodeIfPresent(action, as: .action)
            try c.encodeIfPresent(expectation, as: .expectation)
        case .feelsRepaired(let id, let repaired):
            try c.encode(id, as: .id)
            try c.encode(repaired, forKey: .repaired)
        }
    }
}
