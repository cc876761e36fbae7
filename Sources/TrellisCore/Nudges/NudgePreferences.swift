import Foundation
import TrellisLanguage

/// What a member lets Trellis send them outside the app, and when. Every nudge says only that
/// something is waiting, never who, what or which area; these choices are the member's alone.
public struct NudgePreferences: Sendable, Equatable {
    /// Raw values are stored: never change one.
    public enum Kind: String, Sendable, CaseIterable {
        /// The partner did something that waits for the member (a question, a request, feedback...).
        case partnerWaiting
        /// The partner opened a Transparency Window for the member, now.
        case windowOpened
        /// The member has clear actions of their own due today (once a day, within their hours).
        case commitmentsToday
        /// Once a week, on Monday: a look back.
        case weeklyDigest
    }

    /// On by default: "my partner is waiting on me", at most once a day, within the day's hours.
    public static let standard = NudgePreferences(kinds: [.partnerWaiting], fromHour: 9, untilHour: 21, paused: false)

    public var kinds: Set<Kind>
    /// Nudges come from this local hour (0 to 23)...
    public var fromHour: Int
    /// ...until before this one (1 to 24): the rest of the day is quiet.
    public var untilHour: Int
    /// Everything paused, whatever is chosen.
    public var paused: Bool

    public init(kinds: Set<Kind>, fromHour: Int, untilHour: Int, paused: Bool) {
        self.kinds = kinds
        self.fromHour = fromHour
        self.untilHour = untilHour
        self.paused = paused
    }

    public func validated() throws(StepRefusal) -> NudgePreferences {
        guard (0...23).contains(fromHour), (1...24).contains(untilHour), fromHour < untilHour else {
            throw .invalid("fromHour", say("home.nudges.hoursInOneDay"))
        }
        return self
    }

    /// The nudges of `kind` a member asks for on `day`, by its scheduler's reckoning: one a day for
    /// today's commitments, the week's on Mondays; the others come with a partner's step.
    public static func isScheduledDay(_ kind: Kind, _ day: Day) -> Bool {
        switch kind {
        case .commitmentsToday: true
        case .weeklyDigest: day.weekday == .monday
        case .partnerWaiting, .windowOpened: false
        }
    }

    /// Whether a nudge of `kind` may be sent at all.
    public func wants(_ kind: Kind) -> Bool { !paused && kinds.contains(kind) }

    /// The first moment at or after `time` inside the member's hours, on their wall clock in
    /// `zone`: `time` itself, or the start of their hours that day or the next, right across a
    /// change of daylight-saving time.
    public func nextAllowed(after time: Date, in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let hour = calendar.component(.hour, from: time)
        if (fromHour..<untilHour).contains(hour) { return time }
        let day = hour < fromHour ? time : calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: time))!
        return calendar.date(bySettingHour: fromHour, minute: 0, second: 0, of: day) ?? time
    }
}
