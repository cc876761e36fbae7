import Foundation
import Testing
import TrellisCore

@Suite("The words beside an action's picture")
struct ActionRhythmTests {
    static let start = Day(Fixture.now)

    /// An agreed daily action, with Bob's report on each of `days` (days after agreeing) made that day.
    static func action(reports: [Int: Outcome], cadence: Cadence = .daily) throws -> RepairAction {
        var state = try Fixture.pairedCouple()
        let id = try RepairTests.agreedAction("Text me when you leave work", cadence, on: &state)
        for (offset, outcome) in reports.sorted(by: { $0.key < $1.key }) {
            let day = start.adding(days: offset)
            try RepairTests.step(
                .report(action: id, day: day, outcome: outcome), by: Fixture.bob, on: &state,
                at: Fixture.now.addingTimeInterval(Double(offset) * 86_400))
        }
        return try #require(state.repair.actions.first { $0.id == id })
    }

    static func everyDay(_ range: ClosedRange<Int>, _ outcome: Outcome = .done) -> [Int: Outcome] {
        Dictionary(uniqueKeysWithValues: range.map { ($0, outcome) })
    }

    @Test func aNewActionHasJustStarted() throws {
        #expect(
            try Self.action(reports: Self.everyDay(0...2)).rhythm(today: Self.start.adding(days: 3)) == .justStarted)
    }

    @Test func wholeWeeksKeptAreSteadyAndTodayIsNotCountedAgainstIt() throws {
        let kept = try Self.action(reports: Self.everyDay(0...21))
        #expect(kept.rhythm(today: Self.start.adding(days: 22)) == .steady(weeks: 3))
        // (Day 22, today, is not reported yet.) One whole week kept is not yet "steady".
        #expect(try Self.action(reports: Self.everyDay(0...8)).rhythm(today: Self.start.adding(days: 9)) == .mostlyKept)
        var missedLately = Self.everyDay(0...21)
        missedLately[20] = .missed
        #expect(try Self.action(reports: missedLately).rhythm(today: Self.start.adding(days: 22)) == .mostlyKept)
    }

    @Test func honestMissesAreUnevenAndSilenceIsQuiet() throws {
        var uneven = Self.everyDay(0...21, .missed)
        for day in stride(from: 0, through: 21, by: 3) { uneven[day] = .done }
        #expect(try Self.action(reports: uneven).rhythm(today: Self.start.adding(days: 22)) == .uneven)
        #expect(try Self.action(reports: Self.everyDay(0...5)).rhythm(today: Self.start.adding(days: 22)) == .quiet)
    }

    @Test func onlyScheduledActionsHaveARhythm() throws {
        let once = try Self.action(reports: [:], cadence: .once(by: Self.start.adding(days: 30)))
        #expect(once.rhythm(today: Self.start.adding(days: 10)) == nil)
        let whenever = try Self.action(reports: [:], cadence: .whenever(situation: "When plans change"))
        #expect(whenever.rhythm(today: Self.start.adding(days: 10)) == nil)
    }
}
