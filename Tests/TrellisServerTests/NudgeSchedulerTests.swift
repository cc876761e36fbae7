import Foundation
import Testing
import TrellisCore
import TrellisServer
import TrellisStore

/// The nudges no partner's step brings, written by the scheduler on a clock moved by hand, an hour
/// at a time, across the spring's daylight-saving changes in New York (14 March 2027) and London
/// (28 March 2027): one a day on the member's own calendar, the week's on their Mondays.
@Suite("Nudge scheduler")
struct NudgeSchedulerTests {
    @Test func oneNudgeALocalDayAndTheWeeksOnMondaysAcrossDaylightSaving() async throws {
        let server = try TestServer(mail: ForgotPasswordTests.mail)
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let (action, _) = try await ActionWordingTests.ask(
                alice, bob, area: "Honesty", what: "Call me at lunch", ["cadence": "daily"])
            _ = try await bob.post("/repair/actions/\(action)/accept")
            let (newYork, london) = (TimeZone(identifier: "America/New_York")!, TimeZone(identifier: "Europe/London")!)
            let aliceID = try #require(try await server.storage.account(email: "alice@example.org")).id
            let bobID = try #require(try await server.storage.account(email: "bob@example.org")).id
            try await server.storage.updateSettings(
                MemberSettings(timeZone: "America/New_York", eveningHour: 20, pauseSeconds: 30), for: bobID)
            try await server.storage.updateSettings(
                MemberSettings(timeZone: "Europe/London", eveningHour: 20, pauseSeconds: 30), for: aliceID)
            // Bob does the action; Alice, who does none, asks for today's commitments too: she gets none.
            try await server.storage.setNudgePreferences(
                NudgePreferences(kinds: [.commitmentsToday], fromHour: 9, untilHour: 21, paused: false), for: bobID)
            try await server.storage.setNudgePreferences(
                NudgePreferences(kinds: [.weeklyDigest, .commitmentsToday], fromHour: 9, untilHour: 21, paused: false),
                for: aliceID)

            // From Saturday 13 March 2027, 00:00 UTC, to Tuesday 30 March, hour by hour.
            let start = Date(timeIntervalSince1970: 1_804_896_000)
            server.clock.advance(by: start.timeIntervalSince(server.clock.now()))
            var hours: [Date] = []
            for _ in 0..<(17 * 24) {
                hours.append(server.clock.now())
                await server.trellis.scheduleNudges()
                server.clock.advance(by: 3600)
            }
            #expect(await server.trellis.scheduleNudges() == 0, "the last hour's are written already")

            let written = try await server.storage.outbox(status: nil, limit: 500)
            let commitments = written.filter { $0.kind == "commitmentsToday" }.map { Day($0.createdAt, in: newYork) }
            let newYorkDays = Set(hours.map { Day($0, in: newYork) })
            #expect(newYorkDays.count == 18, "13 March 00:00 UTC is still the 12th in New York")
            #expect(commitments.count == newYorkDays.count && Set(commitments) == newYorkDays, "one each New York day")

            let digests = written.filter { $0.kind == "weeklyDigest" }.map { Day($0.createdAt, in: london) }
            #expect(digests.sorted().map(\.description) == ["2027-03-15", "2027-03-22", "2027-03-29"])
        }
    }
}
