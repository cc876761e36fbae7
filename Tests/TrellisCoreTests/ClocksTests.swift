import Foundation
import Testing
import TrellisCore

/// Each partner's own clock: seen by the other only while its owner allows it.
@Suite("Each partner's own clock")
struct ClocksTests {
    @Test func aClockIsSeenOnlyWhileItsOwnerAllowsIt() throws {
        var log = try CoupleLog()
        #expect(log.state(for: Fixture.bob).clocks.timeZone(of: Fixture.alice) == nil)
        #expect(log.refusal(.shareClock(timeZone: "Mars/Olympus"), by: Fixture.alice) == "invalid_time_zone")
        #expect(log.refusal(.shareClock(timeZone: nil), by: Fixture.alice) == "already_so")
        try log.run(.shareClock(timeZone: "Asia/Tokyo"), by: Fixture.alice)
        #expect(log.state(for: Fixture.bob).clocks.timeZone(of: Fixture.alice) == "Asia/Tokyo")
        #expect(log.state(for: Fixture.bob).clocks.timeZone(of: Fixture.bob) == nil, "Bob's is his to share")
        #expect(log.refusal(.shareClock(timeZone: "Asia/Tokyo"), by: Fixture.alice) == "already_so")
        try log.run(.shareClock(timeZone: "Europe/Paris"), by: Fixture.alice)
        #expect(log.state(for: Fixture.bob).clocks.timeZone(of: Fixture.alice) == "Europe/Paris")
        try log.run(.shareClock(timeZone: nil), by: Fixture.alice)
        #expect(log.state(for: Fixture.bob).clocks.shared.isEmpty)
    }
}
