import Foundation
import Testing

@testable import TrellisCore

/// When a nudge may leave: within the member's hours, on their own wall clock, right across a
/// change of daylight-saving time, in two time zones.
@Suite("Nudge hours")
struct NudgePreferencesTests {
    static func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func aNudgeAfterHoursWaitsForTheNextMorningAcrossDaylightSaving() throws {
        let hours = NudgePreferences.standard  // 9:00 to 21:00
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        // Saturday 7 March 2026, 22:30 in New York (EST, UTC-5): after hours. The clocks go forward
        // that night, so Sunday 9:00 is EDT (UTC-4), 13:00 UTC rather than 14:00.
        #expect(
            hours.nextAllowed(after: Self.utc("2026-03-08T03:30:00Z"), in: newYork) == Self.utc("2026-03-08T13:00:00Z"))
        let london = try #require(TimeZone(identifier: "Europe/London"))
        // Sunday 25 October 2026, 05:00 in London just after the clocks went back (GMT): 9:00 that
        // morning is 09:00 UTC, where the day before it was 08:00 UTC.
        #expect(
            hours.nextAllowed(after: Self.utc("2026-10-25T05:00:00Z"), in: london) == Self.utc("2026-10-25T09:00:00Z"))
        #expect(
            hours.nextAllowed(after: Self.utc("2026-10-24T05:00:00Z"), in: london) == Self.utc("2026-10-24T08:00:00Z"))
        // Inside the hours: at once.
        #expect(
            hours.nextAllowed(after: Self.utc("2026-10-24T12:00:00Z"), in: london) == Self.utc("2026-10-24T12:00:00Z"))
    }

    @Test func choicesAreTheMembersAndPausingStopsAll() throws {
        var prefs = NudgePreferences.standard
        #expect(prefs.wants(.partnerWaiting) && !prefs.wants(.windowOpened))
        prefs.paused = true
        #expect(!prefs.wants(.partnerWaiting))
        #expect(throws: StepRefusal.self) {
            try NudgePreferences(kinds: [], fromHour: 20, untilHour: 8, paused: false).validated()
        }
    }
}
