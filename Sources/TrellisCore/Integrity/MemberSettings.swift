import Foundation
import TrellisLanguage

/// A member's own rhythm: where their day begins and ends, when the evening prompt comes, and how
/// long they pause before answering feedback.
public struct MemberSettings: Sendable, Equatable, Codable {
    public static let pauseRange = 3...600
    public static let standard = MemberSettings(timeZone: "UTC", eveningHour: 20, pauseSeconds: 30)

    /// An IANA time zone name, such as "Europe/Paris".
    public var timeZone: String
    /// The local hour (0 to 23) after which the evening journal prompt shows.
    public var eveningHour: Int
    /// Seconds between reading feedback and being able to reply to it.
    public var pauseSeconds: Int

    public init(timeZone: String, eveningHour: Int, pauseSeconds: Int) {
        self.timeZone = timeZone
        self.eveningHour = eveningHour
        self.pauseSeconds = pauseSeconds
    }

    /// The settings as they will be stored, or the field at fault and why.
    public func validated() throws(StepRefusal) -> MemberSettings {
        guard TimeZone(identifier: timeZone) != nil else {
            throw .invalid("timeZone", say("trust.refusal.settings.timeZone", ["zone": timeZone]))
        }
        guard (0...23).contains(eveningHour) else {
            throw .invalid("eveningHour", say("trust.refusal.settings.eveningHour"))
        }
        guard Self.pauseRange.contains(pauseSeconds) else {
            throw .invalid(
                "pauseSeconds",
                say(
                    "trust.refusal.settings.pause",
                    ["shortest": String(Self.pauseRange.lowerBound), "longest": String(Self.pauseRange.upperBound)]))
        }
        return self
    }

    public var zone: TimeZone { TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 0)! }

    /// Today, on this member's wall clock.
    public func today(at now: Date) -> Day { Day(now, in: zone) }

    /// Whether it is past the member's evening hour, on their wall clock.
    public func isEvening(at now: Date) -> Bool {
        let seconds = Int(now.timeIntervalSince1970) + zone.secondsFromGMT(for: now)
        return ((seconds % 86_400) + 86_400) % 86_400 / 3600 >= eveningHour
    }
}
