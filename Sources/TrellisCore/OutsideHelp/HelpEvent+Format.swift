import Foundation

// The named fields of each step of outside help; see `EventPayload`'s format for the rules.
extension HelpEvent {
    init?(kind: String, _ c: FieldContainer) throws {
        switch kind {
        case "clinicianInvited": self = .clinicianInvited(clinician: try c.id(.id), name: try c.text(.name))
        case "clinicianConsentGiven":
            self = .consentGiven(
                clinician: try c.id(.id), parts: try Self.parts(c), until: try c.decode(Day.self, forKey: .day))
        case "clinicianConsentWithdrawn": self = .consentWithdrawn(clinician: try c.id(.id))
        case "clinicianViewed": self = .viewed(parts: try Self.parts(c))
        case "clinicianNoteLeft": self = .noteLeft(id: try c.id(.id), text: try c.text(.text))
        case "operatorExported": self = .exportedByOperator
        case "clinicianSuggested":
            guard let suggestion = Suggestion.Kind(rawValue: try c.text(.suggests)) else {
                throw DecodingError.dataCorruptedError(forKey: .suggests, in: c, debugDescription: "not a suggestion")
            }
            self = .suggested(
                id: try c.id(.id), kind: suggestion, doer: try c.uuidIfPresent(.doer).map(MemberID.init),
                words: try c.text(.what))
        case "clinicianSuggestionAnswered":
            self = .suggestionAnswered(id: try c.id(.id), accepted: try c.decode(Bool.self, forKey: .accepted))
        default: return nil
        }
    }

    func encodeFields(into c: inout FieldWriter) throws {
        switch self {
        case .clinicianInvited(let clinician, let name):
            try c.encode(clinician.rawValue, as: .id)
            try c.encode(name, forKey: .name)
        case .consentGiven(let clinician, let parts, let until):
            try c.encode(clinician.rawValue, as: .id)
            try c.encode(parts.map(\.rawValue), forKey: .parts)
            try c.encode(until, forKey: .day)
        case .consentWithdrawn(let clinician): try c.encode(clinician.rawValue, as: .id)
        case .viewed(let parts): try c.encode(parts.map(\.rawValue), forKey: .parts)
        case .noteLeft(let id, let text):
            try c.encode(id, as: .id)
            try c.encode(text, forKey: .text)
        case .exportedByOperator: break
        case .suggested(let id, let kind, let doer, let words):
            try c.encode(id, as: .id)
            try c.encode(kind.rawValue, forKey: .suggests)
            try c.encodeIfPresent(doer?.rawValue, as: .doer)
            try c.encode(words, forKey: .what)
        case .suggestionAnswered(let id, let accepted):
            try c.encode(id, as: .id)
            try c.encode(accepted, forKey: .accepted)
        }
    }

    private static func parts(_ c: FieldContainer) throws -> [HelpScope] {
        try c.decode([String].self, forKey: .parts).map { name in
            guard let part = HelpScope(rawValue: name) else {
                throw DecodingError.dataCorruptedError(forKey: .parts, in: c, debugDescription: "not a part")
            }
            return part
        }
    }
}
