import Foundation

/// A then-and-now answer. Cases are only ever added (see `EventPayload`).
public enum ThenAndNowEvent: Sendable, Equatable {
    /// Private, or shared (a shared copy with the same id shares a private one).
    case answered(
        id: ThenAndNowID, area: AreaID, day: Day, levels: [ThenAndNowAnswer.Part: ThenAndNowAnswer.Level],
        words: String?)

    public var kind: String {
        switch self {
        case .answered: "thenAndNowAnswered"
        }
    }
}

// The named fields of a then-and-now answer; see `EventPayload`'s format.
extension ThenAndNowEvent {
    init?(kind: String, _ c: FieldContainer) throws {
        guard kind == "thenAndNowAnswered" else { return nil }
        var levels: [ThenAndNowAnswer.Part: ThenAndNowAnswer.Level] = [:]
        for (name, level) in try c.decode([String: String].self, forKey: .levels) {
            guard let part = ThenAndNowAnswer.Part(rawValue: name), let level = ThenAndNowAnswer.Level(rawValue: level)
            else { throw DecodingError.dataCorruptedError(forKey: .levels, in: c, debugDescription: "not a part") }
            levels[part] = level
        }
        self = .answered(
            id: try c.id(.id), area: try c.id(.area), day: try c.decode(Day.self, forKey: .day), levels: levels,
            words: try c.decodeIfPresent(String.self, forKey: .text))
    }

    func encodeFields(into c: inout FieldWriter) throws {
        switch self {
        case .answered(let id, let area, let day, let levels, let words):
            try c.encode(id, as: .id)
            try c.encode(area, as: .area)
            try c.encode(day, forKey: .day)
            try c.encode(
                Dictionary(uniqueKeysWithValues: levels.map { ($0.key.rawValue, $0.value.rawValue) }), forKey: .levels)
            try c.encodeIfPresent(words, forKey: .text)
        }
    }
}
