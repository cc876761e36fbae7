import Foundation
import Testing
import TrellisCore

/// What a day of an action is, decided once for the API, the repair page and the dots: asked for
/// or not, and done, missed, noticed or not reported.
@Suite("The days of an action")
struct ActionDayTests {
    static let start = ActionRhythmTests.start

    @Test func theDaysShownAreTheOnesAskedForAndTheOnesWithARecord() throws {
        let action = try ActionRhythmTests.action(reports: [0: .done, 1: .missed])
        let window = (-2...3).map { Self.start.adding(days: $0) }
        let shown = action.shownDays(window)
        // Not before it was agreed; every day after, as a daily action asks.
        #expect(shown.map(\.day) == (0...3).map { Self.start.adding(days: $0) })
        #expect(shown.map(\.state) == [.done, .missed, .notReported, .notReported])
        #expect(shown.allSatisfy { $0.scheduled })
        #expect(!action.isScheduled(on: Self.start.adding(days: -1)))
        #expect(ActionDay.State.allCases.map(\.rawValue) == ["done", "missed", "noticed", "not_reported"])
        #expect(action.status.code == "active")
    }

    @Test func aRetiredActionAsksForNoDayButKeepsItsRecords() throws {
        var state = try Fixture.pairedCouple()
        let id = try RepairTests.agreedAction("Text me when you leave work", .daily, on: &state)
        try RepairTests.step(
            .report(action: id, day: Self.start, outcome: .done), by: Fixture.bob, on: &state, at: Fixture.now)
        try RepairTests.step(.proposeRetirement(id: id), by: Fixture.bob, on: &state)
        try RepairTests.step(.answerRetirement(id: id, retire: true), by: Fixture.alice, on: &state)
        let retired = try #require(state.repair.action(id))
        let shown = retired.shownDays((0...2).map { Self.start.adding(days: $0) })
        #expect(shown.map(\.day) == [Self.start] && shown.first?.scheduled == false)
        #expect(retired.status.code == "retired")
    }
}
