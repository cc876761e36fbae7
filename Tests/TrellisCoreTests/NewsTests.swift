import Foundation
import Testing

@testable import TrellisCore

/// News is made of shared steps only, read by the partner who did not take them, newest first.
@Suite("What happened")
struct NewsTests {
    @Test func eachSharedStepIsNewsForThePartnerAndNothingPrivateIs() throws {
        var state = try Fixture.pairedCouple()
        let area = state.activeAreas[0].id
        let today = Day(Fixture.now)
        _ = try Fixture.run(.repair(.setSwitch(area: area, on: false), today: today), by: Fixture.alice, on: &state)
        _ = try Fixture.run(
            .repair(
                .recordHurt(id: HurtID(), area: area, what: "Kept", help: "Kept", visibility: .private), today: today),
            by: Fixture.alice, on: &state)
        _ = try Fixture.run(
            .integrity(.writeJournal(id: EntryID(), day: today, text: "Mine alone"), today: today), by: Fixture.alice,
            on: &state)
        _ = try Fixture.run(
            .repair(.ask(id: QuestionID(), area: area, kind: .whatHappened), today: today), by: Fixture.bob, on: &state)
        let question = try #require(state.repair.questions.last?.id)
        _ = try Fixture.run(
            .repair(.answer(question: question, text: "The card"), today: today), by: Fixture.alice, on: &state)

        let bobs = state.news.items(for: Fixture.bob, limit: 10).map(\.what)
        #expect(bobs == [.answered(area: area), .switchTurned(area: area, on: false)], "no private hurt, no journal")
        let alices = state.news.items(for: Fixture.alice, limit: 10).map(\.what)
        #expect(alices == [.asked(area: area, kind: .whatHappened), .joined])
    }

    @Test func repeatedLooksAreOneItemAndTheLogIsBounded() throws {
        var log = NewsLog()
        let clinician = MemberID()
        for minute in 0..<5 {
            log.record(
                NewsItem(
                    seq: Int64(minute + 1), author: clinician, at: Fixture.now.addingTimeInterval(Double(minute) * 60),
                    what: .clinician(.looked, name: "Dr Lee")))
        }
        #expect(log.items.count == 1 && log.items.first?.seq == 5, "one item, at its latest")
        for seq in 10..<(10 + NewsLog.kept + 20) {
            log.record(
                NewsItem(
                    seq: Int64(seq), author: Fixture.bob, at: Fixture.now,
                    what: .reported(action: ActionID(), day: Day(Fixture.now), outcome: .done)))
        }
        #expect(log.items.count == NewsLog.kept)
        let page = log.items(for: Fixture.alice, limit: 5)
        #expect(page.map(\.seq) == Array((Int64(10 + NewsLog.kept + 15)..<Int64(10 + NewsLog.kept + 20)).reversed()))
        let earlier = log.items(for: Fixture.alice, before: page.last?.seq, limit: 5)
        #expect(earlier.first?.seq == (page.last?.seq ?? 0) - 1)
    }
}
