/// The pinned form of a cadence, inside stored events and in the API alike:
/// `{"kind": "once", "by": "2026-12-01"}`, `{"kind": "daily"}`,
/// `{"kind": "weekdays", "days": ["monday", "thursday"]}` or `{"kind": "whenever", "situation": "..."}`.
extension Cadence: Codable {
    private enum Field: String, CodingKey { case kind, by, days, situation }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Field.self)
        switch try c.decode(String.self, forKey: .kind) {
        case "once": self = .once(by: try c.decode(Day.self, forKey: .by))
        case "daily": self = .daily
        case "weekdays":
            let days = try c.decode([String].self, forKey: .days).map { name in
                guard let day = Weekday(name: name) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .days, in: c, debugDescription: "'\(name)' is not a day of the week")
                }
                return day
            }
            self = .weekdays(days)
        case "whenever": self = .whenever(situation: try c.decode(String.self, forKey: .situation))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: c, debugDescription: "'\(other)' is not a cadence")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Field.self)
        switch self {
        case .once(let day):
            try c.encode("once", forKey: .kind)
            try c.encode(day, forKey: .by)
        case .daily: try c.encode("daily", forKey: .kind)
        case .weekdays(let days):
            try c.encode("weekdays", forKey: .kind)
            try c.encode(days.map(\.code), forKey: .days)
        case .whenever(let situation):
            try c.encode("whenever", forKey: .kind)
            try c.encode(situation, forKey: .situation)
        }
    }
}

extension Weekday {
    /// The lower-case English name used in stored events and the API ("monday").
    public var code: String { name.lowercased() }

    /// Reads a day's code, in any case; nil for anything else.
    public init?(name: String) {
        guard let day = Weekday.allCases.first(where: { $0.code == name.lowercased() }) else { return nil }
        self = day
    }
}
