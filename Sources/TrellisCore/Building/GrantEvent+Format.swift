import Foundation

// The named fields of each grant step; see `EventPayload`'s format for the rules.
extension GrantEvent {
    init?(kind: String, _ c: FieldContainer) throws {
        switch kind {
        case "grantOffered":
            guard let size = GrantSize(rawValue: try c.decode(String.self, forKey: .size)) else {
                throw DecodingError.dataCorruptedError(forKey: .size, in: c, debugDescription: "not a size")
            }
            self = .offered(
                id: try c.id(.id), area: try c.id(.area), fear: try c.idIfPresent(.fear), what: try c.text(.what),
                stakes: try c.text(.stakes), size: size, reviewOn: try c.decodeIfPresent(Day.self, forKey: .day))
        case "grantAnswered":
            self = .answered(id: try c.id(.id), accepted: try c.decode(Bool.self, forKey: .accepted))
        case "grantWithdrawn": self = .withdrawn(id: try c.id(.id))
        case "grantUsed": self = .used(id: try c.id(.id), text: try c.text(.text))
        case "grantReviewed":
            self = .reviewed(
                id: try c.id(.id), honoured: try c.decode(Bool.self, forKey: .honoured),
                why: try c.decodeIfPresent(String.self, forKey: .why))
        default: return nil
        }
    }

    func encodeFields(into c: inout FieldWriter) throws {
        switch self {
        case .offered(let id, let area, let fear, let what, let stakes, let size, let reviewOn):
            try c.encode(id.rawValue, as: .id)
            try c.encode(area.rawValue, as: .area)
            try c.encodeIfPresent(fear, as: .fear)
            try c.encode(what, forKey: .what)
            try c.encode(stakes, forKey: .stakes)
            try c.encode(size.rawValue, forKey: .size)
            try c.encodeIfPresent(reviewOn, forKey: .day)
        case .answered(let id, let accepted):
            try c.encode(id.rawValue, as: .id)
            try c.encode(accepted, forKey: .accepted)
        case .withdrawn(let id): try c.encode(id.rawValue, as: .id)
        case .used(let id, let text):
            try c.encode(id.rawValue, as: .id)
            try c.encode(text, forKey: .text)
        case .reviewed(let id, let honoured, let why):
            try c.encode(id.rawValue, as: .id)
            try c.encode(honoured, forKey: .honoured)
            try c.encodeIfPresent(why, forKey: .why)
        }
    }
}
