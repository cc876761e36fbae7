import Foundation

/// A step of the weekly check-in. Cases are only ever added (see `EventPayload`).
public enum TalkEvent: Sendable, Equatable {
    /// A day and time proposed for the weekly check-in; shared.
    case proposed(weekday: Weekday, time: String)
    /// The partner agreed to the proposed day and time; shared.
    case agreed
    /// Either partner stopped the weekly check-in; shared.
    case stopped
    /// The author's own turn for a week: private, and held for the partner until both are written.
    case turnWritten(week: Day, parts: [Turn.Part: String])
    /// The author's turn is written: all the partner learns is that. Shared, with no words.
    case turnReady(week: Day)
    /// A turn opened to both, in the same append as the other turn of its week; shared.
    case turnOpened(week: Day, parts: [Turn.Part: String])
    /// The listener said back "I heard you", or thanks, to `owner`'s turn; shared.
    case turnAnswered(week: Day, owner: MemberID, answer: Turn.Answer)

    public var kind: String {
        switch self {
        case .proposed: "talkProposed"
        case .agreed: "talkAgreed"
        case .stopped: "talkStopped"
        case .turnWritten: "turnWritten"
        case .turnReady: "turnReady"
        case .turnOpened: "turnOpened"
        case .turnAnswered: "turnAnswered"
        }
    }
}

// The named fields of each step of the weekly check-in; see `EventPayload`'s format.
extension TalkEvent {
    init?(kind: String, _ c: FieldContainer) throws {
        func parts() throws -> [Turn.Part: String] {
            var parts: [Turn.Part: String] = [:]
            for (name, text) in try c.decode([String: String].self, forKey: .parts) {
                guard let part = Turn.Part(rawValue: name) else {
                    throw DecodingError.dataCorruptedError(forKey: .parts, in: c, debugDescription: "not a part")
                }
                parts[part] = text
            }
            return parts
        }
        switch kind {
        case "talkProposed":
            guard let weekday = Weekday.allCases.first(where: { $0.name.lowercased() == (try? c.text(.day)) }) else {
                throw DecodingError.dataCorruptedError(forKey: .day, in: c, debugDescription: "not a weekday")
            }
            self = .proposed(weekday: weekday, time: try c.text(.time))
        case "talkAgreed": self = .agreed
        case "talkStopped": self = .stopped
        case "turnWritten": self = .turnWritten(week: try c.decode(Day.self, forKey: .day), parts: try parts())
        case "turnReady": self = .turnReady(week: try c.decode(Day.self, forKey: .day))
        case "turnOpened": self = .turnOpened(week: try c.decode(Day.self, forKey: .day), parts: try parts())
        case "turnAnswered":
            guard let answer = Turn.Answer(rawValue: try c.text(.answer)) else {
                throw DecodingError.dataCorruptedError(forKey: .answer, in: c, debugDescription: "not an answer")
            }
            self = .turnAnswered(week: try c.decode(Day.self, forKey: .day), owner: try c.id(.owner), answer: answer)
        default: return nil
        }
    }

    func encodeFields(into c: inout FieldWriter) throws {
        func encode(_ parts: [Turn.Part: String]) throws {
            try c.encode(Dictionary(uniqueKeysWithValues: parts.map { ($0.key.rawValue, $0.value) }), forKey: .parts)
        }
        switch self {
        case .proposed(let weekday, let time):
            try c.encode(weekday.name.lowercased(), forKey: .day)
            try c.encode(time, forKey: .time)
        case .agreed, .stopped: break
        case .turnWritten(let week, let parts), .turnOpened(let week, let parts):
            try c.encode(week, forKey: .day)
            try encode(parts)
        case .turnReady(let week): try c.encode(week, forKey: .day)
        case .turnAnswered(let week, let owner, let answer):
            try c.encode(week, forKey: .day)
            try c.encode(owner, as: .owner)
            try c.encode(answer.rawValue, forKey: .answer)
        }
    }
}
