import Foundation
import TrellisLanguage

/// Each partner's own clock, told to the other only if they allow it: a time zone says roughly
/// where someone is, so it is shared by choice, as a step of its own, and can be taken back.
public struct ClocksState: Sendable, Equatable, Codable {
    public struct SharedClock: Sendable, Equatable, Codable {
        public let member: MemberID
        public let timeZone: String
    }

    /// The clocks members let their partner see now.
    public internal(set) var shared: [SharedClock] = []

    public init() {}

    /// The time zone `member` lets their partner see, if they do.
    public func timeZone(of member: MemberID) -> String? { shared.first { $0.member == member }?.timeZone }

    mutating func apply(_ step: ClockEvent, by author: MemberID) {
        switch step {
        case .shared(let timeZone):
            shared.removeAll { $0.member == author }
            if let timeZone { shared.append(SharedClock(member: author, timeZone: timeZone)) }
        }
    }
}

/// A step with clocks. Cases are only ever added (see `EventPayload`).
public enum ClockEvent: Sendable, Equatable {
    /// The author lets their partner see their local time in `timeZone`, or stops (nil).
    case shared(timeZone: String?)

    public var kind: String {
        switch self {
        case .shared: "clockShared"
        }
    }

    init?(kind: String, _ c: FieldContainer) throws {
        guard kind == "clockShared" else { return nil }
        self = .shared(timeZone: try c.decodeIfPresent(String.self, forKey: .timeZone))
    }

    func encodeFields(into c: inout FieldWriter) throws {
        switch self {
        case .shared(let timeZone): try c.encodeIfPresent(timeZone, forKey: .timeZone)
        }
    }
}

extension CoupleState {
    /// Decides letting the partner see my local time (`timeZone`), or no longer (nil).
    func decideClock(_ timeZone: String?, by actor: MemberID, at now: Date) throws(StepRefusal) -> [PendingEvent] {
        if let timeZone, TimeZone(identifier: timeZone) == nil {
            throw .invalid("timeZone", say("home.clocks.notATimeZone", ["zone": timeZone]))
        }
        guard clocks.timeZone(of: actor) != timeZone else {
            throw .conflict(
                "already_so",
                timeZone == nil ? say("home.clocks.alreadyHidden") : say("home.clocks.alreadyShown"))
        }
        return [PendingEvent(at: now, author: actor, visibility: .shared, payload: .clock(.shared(timeZone: timeZone)))]
    }
}
