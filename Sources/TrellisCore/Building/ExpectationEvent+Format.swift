import Foundation

// The named fields of each expectation step; see `EventPayload`'s format for the rules.
extension ExpectationEvent {
    init?(kind: String, _ c: FieldContainer) throws {
        switch kind {
        case "expectationProposed":
            self = .proposed(
                id: try c.id(.id), area: try c.id(.area), words: try c.text(.text),
                promise: try c.decode(Bool.self, forKey: .promise),
                reviewOn: try c.decodeIfPresent(Day.self, forKey: .day))
        case "expectationReworded":
            self = .reworded(
                id: try c.id(.id), version: try c.decode(Int.self, forKey: .version), words: try c.text(.text),
                reviewOn: try c.decodeIfPresent(Day.self, forKey: .day))
        case "expectationAgreed":
            self = .agreed(id: try c.id(.id), version: try c.decode(Int.self, forKey: .version))
        case "expectationDeclined":
            self = .declined(id: try c.id(.id), version: try c.decode(Int.self, forKey: .version))
        case "expectationConsentWithdrawn": self = .consentWithdrawn(id: try c.id(.id))
        case "disclosureMade":
            self = .disclosed(id: try c.id(.id), disclosure: try c.uuid(.disclosure), text: try c.text(.text))
        case "disclosureThanked": self = .thanked(id: try c.id(.id), disclosure: try c.uuid(.disclosure))
        default: return nil
        }
    }

    func encodeFields(into c: inout FieldWriter) throws {
        switch self {
        case .proposed(let id, let area, let words, let promise, let reviewOn):
            try c.encode(id, as: .id)
            try c.encode(area.rawValue, as: .area)
            try c.encode(words, forKey: .text)
            try c.encode(promise, forKey: .promise)
            try c.encodeIfPresent(reviewOn, forKey: .day)
        case .reworded(let id, let version, let words, let reviewOn):
            try c.encode(id, as: .id)
            try c.encode(version, forKey: .version)
            try c.encode(words, forKey: .text)
            try c.encodeIfPresent(reviewOn, forKey: .day)
        case .agreed(let id, let version), .declined(let id, let version):
            try c.encode(id, as: .id)
            try c.encode(version, forKey: .version)
        case .consentWithdrawn(let id): try c.encode(id, as: .id)
        case .disclosed(let id, let disclosure, let text):
            try c.encode(id, as: .id)
            try c.encode(disclosure, as: .disclosure)
            try c.encode(text, forKey: .text)
        case .thanked(let id, let disclosure):
            try c.encode(id, as: .id)
            try c.encode(disclosure, as: .disclosure)
        }
    }
}
