import Foundation
import Testing
import TrellisCore

/// Then and now: three parts of trust, answered once a month where the member's trust is on,
/// private until shared, and never added up.
@Suite("Then and now")
struct ThenAndNowTests {
    static let steady: [ThenAndNowAnswer.Part: ThenAndNowAnswer.Level] = [
        .predictability: .mostly, .dependability: .sometimes, .faith: .notYet,
    ]

    static func switchOn(_ log: inout CoupleLog, _ area: AreaID, by member: MemberID = Fixture.alice) throws {
        try log.run(.repair(.setSwitch(area: area, on: true), today: log.today), by: member)
    }

    static func answer(_ area: AreaID, shared: Bool = false, id: ThenAndNowID = ThenAndNowID()) -> ThenAndNowCommand {
        .answer(id: id, area: area, levels: steady, words: "Better lately", shared: shared)
    }

    @Test func onlyWhereTheSwitchIsOnAndOnceAMonth() throws {
        var log = try CoupleLog()
        let area = log.state(for: Fixture.alice).activeAreas[0].id
        #expect(log.refusal(.thenAndNow(Self.answer(area), today: log.today), by: Fixture.alice) == "switch_not_on")
        try Self.switchOn(&log, area)
        #expect(log.refusal(.thenAndNow(Self.answer(area), today: log.today), by: Fixture.alice) == nil)
        #expect(log.refusal(.thenAndNow(Self.answer(area), today: log.today), by: Fixture.alice) == "once_a_month")
        let partial = ThenAndNowCommand.answer(
            id: ThenAndNowID(), area: area, levels: [.faith: .mostly], words: nil, shared: false)
        #expect(log.refusal(.thenAndNow(partial, today: log.today), by: Fixture.alice) == "invalid_levels")
        // Next calendar month, again.
        let nextMonth = Day(year: log.today.components.year + 1, month: 1, day: 1)!
        #expect(log.refusal(.thenAndNow(Self.answer(area), today: nextMonth), by: Fixture.alice) == nil)
        #expect(log.refusal(.thenAndNow(Self.answer(area), today: log.today), by: Fixture.bob) == "switch_not_on")
    }

    @Test func privateUntilSharedAndNeverAddedUp() throws {
        var log = try CoupleLog()
        let area = log.state(for: Fixture.alice).activeAreas[0].id
        try Self.switchOn(&log, area)
        let bobBefore = log.state(for: Fixture.bob).thenAndNow
        let id = ThenAndNowID()
        try log.run(.thenAndNow(Self.answer(area, id: id), today: log.today), by: Fixture.alice)
        #expect(log.state(for: Fixture.bob).thenAndNow == bobBefore, "nothing reaches Bob's record")
        #expect(
            log.state(for: Fixture.alice).thenAndNow.answers(by: Fixture.alice, in: area, seenBy: Fixture.alice).count
                == 1)

        let shared = try log.run(.thenAndNow(.share(id: id), today: log.today), by: Fixture.alice)
        #expect(shared.map(\.visibility) == [.shared])
        let bob = log.state(for: Fixture.bob)
        let seen = bob.thenAndNow.answers(by: Fixture.alice, in: area, seenBy: Fixture.bob)
        #expect(seen.map(\.levels) == [Self.steady], "each part as answered, side by side, none combined")
        #expect(bob.news.items(for: Fixture.bob, limit: 3).first?.what == .thenAndNow(area: area))
        #expect(log.refusal(.thenAndNow(.share(id: id), today: log.today), by: Fixture.alice) == "already_shared")
        #expect(log.refusal(.thenAndNow(.share(id: id), today: log.today), by: Fixture.bob) == "answer_not_found")
    }
}
