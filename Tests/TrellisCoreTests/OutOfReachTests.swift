import Foundation
import Testing
import TrellisCore

/// When trust feels out of reach: check-ins on the four signs and the urge log, each its
/// author's alone unless they choose otherwise (urges: never).
@Suite("Signs and urges")
struct OutOfReachTests {
    static let calm: [Sign: Int] = [.scan: 1, .body: 0, .traps: 2, .shame: 1]

    static func checkIn(_ log: inout CoupleLog, by member: MemberID, _ levels: [Sign: Int] = calm, shared: Bool = false)
        throws -> CheckInID
    {
        let id = CheckInID()
        try log.run(
            .outOfReach(.checkSigns(id: id, levels: levels, note: nil, shared: shared), today: log.today), by: member)
        return id
    }

    @Test func aCheckInIsTheAuthorsAloneUntilShared() throws {
        var log = try CoupleLog()
        let before = log.state(for: Fixture.bob)
        let id = try Self.checkIn(&log, by: Fixture.alice, [.scan: 4, .body: 3, .traps: 2, .shame: 4])
        #expect(log.state(for: Fixture.bob) == before)
        let alice = log.state(for: Fixture.alice).signsView(for: Fixture.alice)
        #expect(alice.mine.items.map(\.id) == [id])
        #expect(alice.series[.scan] == [4])

        try log.run(.outOfReach(.shareCheckIn(id: id), today: log.today), by: Fixture.alice)
        let bob = log.state(for: Fixture.bob).signsView(for: Fixture.bob)
        #expect(bob.partners.items.map(\.id) == [id])
        #expect(bob.partners.items.first?.levels[.shame] == 4)
        #expect(bob.mine.items.isEmpty)
        #expect(
            log.refusal(.outOfReach(.shareCheckIn(id: id), today: log.today), by: Fixture.alice) == "already_shared")
        #expect(
            log.refusal(.outOfReach(.shareCheckIn(id: id), today: log.today), by: Fixture.bob) == "check_in_not_found")
    }

    @Test func everySignNeedsALevelFromZeroToFour() throws {
        var log = try CoupleLog()
        for levels: [Sign: Int] in [
            [.scan: 1], [.scan: 1, .body: 1, .traps: 1, .shame: 5], [.scan: -1, .body: 1, .traps: 1, .shame: 1],
        ] {
            let command = CoupleCommand.outOfReach(
                .checkSigns(id: CheckInID(), levels: levels, note: nil, shared: false), today: log.today)
            #expect(log.refusal(command, by: Fixture.alice) == "invalid_levels")
        }
        for _ in 0..<CheckInsState.perDay { _ = try Self.checkIn(&log, by: Fixture.alice) }
        let sixth = CoupleCommand.outOfReach(
            .checkSigns(id: CheckInID(), levels: Self.calm, note: nil, shared: false), today: log.today)
        #expect(log.refusal(sixth, by: Fixture.alice) == "enough_for_today")
        log.wait(86_400)
        _ = try Self.checkIn(&log, by: Fixture.alice)
        #expect(log.state(for: Fixture.alice).signsView(for: Fixture.alice).series[.traps]?.count == 6)
    }

    @Test func urgesStayWithTheirAuthorAndShowTheirPattern() throws {
        var log = try CoupleLog()
        let bobBefore = log.state(for: Fixture.bob)
        func urge(_ actedOn: Bool, _ helped: String?, days ago: Int = 0) throws {
            var earlier = log
            earlier.now = log.now.addingTimeInterval(Double(-86_400 * ago))
            try earlier.run(
                .outOfReach(
                    .logUrge(
                        id: UrgeID(), kind: .phone, actedOn: actedOn, helped: helped, trigger: nil, area: nil),
                    today: earlier.today), by: Fixture.alice)
            log.events = earlier.events
        }
        try urge(true, nil, days: 9)
        try urge(false, "I went for a walk", days: 8)
        try urge(false, "I went for a walk", days: 2)
        try urge(false, "I breathed slowly", days: 1)
        try urge(true, nil)
        #expect(log.state(for: Fixture.bob) == bobBefore)
        #expect(log.state(for: Fixture.bob).urgePattern(for: Fixture.bob, today: log.today).recent.items.isEmpty)

        let pattern = log.state(for: Fixture.alice).urgePattern(for: Fixture.alice, today: log.today)
        #expect(pattern.weeks.count == UrgePattern.weeks)
        let week = try #require(pattern.weeks.last)
        #expect(week.last == log.today)
        #expect(week.resisted == 2)
        #expect(week.actedOn == 1)
        #expect(pattern.weeks[pattern.weeks.count - 2].total == 2)
        #expect(pattern.helped.map(\.what) == ["I went for a walk", "I breathed slowly"])
        #expect(pattern.helped.first?.times == 2)
        #expect(
            pattern.summary
                == "In the last seven days: 3 urges, 2 resisted. That is more than the seven days before (2).")
        let unknownArea = CoupleCommand.outOfReach(
            .logUrge(id: UrgeID(), kind: .other, actedOn: false, helped: nil, trigger: nil, area: AreaID()),
            today: log.today)
        #expect(log.refusal(unknownArea, by: Fixture.alice) == "area_not_found")
    }
}
