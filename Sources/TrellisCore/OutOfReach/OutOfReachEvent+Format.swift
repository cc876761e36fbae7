import Foundation

// The named fields of each step when trust feels out of reach; see `EventPayload`'s format.
extension OutOfReachEvent {
    /// The step of this kind, or nil when the kind is not one of these steps.
    init?(kind: String, _ c: FieldContainer) throws {
        switch kind {
        case "signsChecked":
            var levels: [Sign: Int] = [:]
            for (name, level) in try c.decode([String: Int].self, forKey: .levels) {
                guard let sign = Sign(rawValue: name) else {
                    throw DecodingError.dataCorruptedError(forKey: .levels, in: c, debugDescription: "not a sign")
                }
                levels[sign] = level
            }
            self = .signsChecked(
                id: try c.id(.id), day: try c.decode(Day.self, forKey: .day), levels: levels,
                note: try c.decodeIfPresent(String.self, forKey: .note))
        case "urgeLogged":
            guard let urge = Urge.Kind(rawValue: try c.text(.urge)) else {
                throw DecodingError.dataCorruptedError(forKey: .urge, in: c, debugDescription: "not an urge")
            }
            self = .urgeLogged(
                id: try c.id(.id), day: try c.decode(Day.self, forKey: .day), kind: urge,
                actedOn: try c.decode(Bool.self, forKey: .acted),
                helped: try c.decodeIfPresent(String.self, forKey: .help),
                trigger: try c.decodeIfPresent(String.self, forKey: .trigger),
                area: try c.uuidIfPresent(.area).map(AreaID.init))
        default: return nil
        }
    }

    func encodeFields(into c: inout FieldWriter) throws {
        switch self {
        case .signsChecked(let id, let day, let levels, let note):
            try c.encode(id, as: .id)
            try c.encode(day, forKey: .day)
            try c.encode(Dictionary(uniqueKeysWithValues: levels.map { ($0.key.rawValue, $0.value) }), forKey: .levels)
            try c.encodeIfPresent(note, forKey: .note)
        case .urgeLogged(let id, let day, let kind, let actedOn, let helped, let trigger, let area):
            try c.encode(id, as: .id)
            try c.encode(day, forKey: .day)
            try c.encode(kind.rawValue, forKey: .urge)
            try c.encode(actedOn, forKey: .acted)
            try c.encodeIfPresent(helped, forKey: .help)
            try c.encodeIfPresent(trigger, forKey: .trigger)
            try c.encodeIfPresent(area?.rawValue, as: .area)
        }
    }
}
