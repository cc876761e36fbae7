import Foundation
import PropertyBased
import Testing
import TrellisCore

/// Random sequences of repair steps by both partners over a few weeks, folded as the server folds them.
@Suite("Repair invariants under random command sequences")
struct RepairPropertyTests {
    static let whats = ["Text me when you leave work", "Always be better", "Call at lunch"]

    /// Reads one random number as "who does what, to which action, on which day".
    static func step(_ code: Int, state: CoupleState, day: Int) -> (MemberID, RepairCommand, Date) {
        let actor = code % 2 == 0 ? Fixture.alice : Fixture.bob
        let areas = state.activeAreas
        let area = areas[(code / 2) % areas.count].id
        let actions = state.repair.actions
        let action = actions.isEmpty ? ActionID() : actions[(code / 7) % actions.count].id
        let now = Fixture.now.addingTimeInterval(Double(day) * 86_400)
        let reportDay = Day(now).adding(days: -((code / 11) % 3))
        let commands: [RepairCommand] = [
            .setSwitch(area: area, on: code % 3 == 0),
            .requestAction(id: ActionID(), area: area, what: whats[code % whats.count], cadence: .daily, note: nil),
            .requestAction(
                id: ActionID(), area: area, what: "Weekly walk", cadence: .weekdays([.monday, .friday]), note: nil),
            // Accepting and reporting appear twice: they are what most sequences need to reach.
            .acceptAction(id: action), .acceptAction(id: action),
            .report(action: action, day: reportDay, outcome: code % 5 == 0 ? .missed : .done),
            .report(action: action, day: reportDay, outcome: .done),
            .notice(action: action, day: reportDay, word: nil),
            .acknowledge(action: action, day: reportDay, word: "seen"),
            .proposeRetirement(id: action),
            .answerRetirement(id: action, retire: code % 2 == 0),
        ]
        return (actor, commands[(code / 13) % commands.count], now)
    }

    @Test func theRulesHoldAndTheStoredLogFoldsToTheLiveState() async throws {
        try await propertyCheck(count: 200, input: Gen.int(in: 0...99_999).array(of: 1...80)) { codes in
            var live = CoupleState()
            var log = try Fixture.run(.start(founderName: "Alice"), by: Fixture.alice, on: &live)
            log += try Fixture.run(.join(name: "Bob"), by: Fixture.bob, on: &live)
            var sequence = live.seq
            for (index, code) in codes.enumerated() {
                let (actor, command, now) = Self.step(code, state: live, day: index / 4)
                guard let pending = try? live.decide(command, by: actor, at: now) else { continue }
                for event in pending {
                    sequence += 1
                    let numbered = event.numbered(sequence)
                    live.apply(numbered)
                    log.append(numbered)
                }
            }
            for member in [Fixture.alice, Fixture.bob] {
                let live = live.repair.liveActions(askedBy: member)
                #expect(live.count <= RepairState.actionsPerDirection)
                #expect(live.filter(\.isActive).count <= RepairState.actionsPerDirection)
            }
            for action in live.repair.actions {
                for (day, occurrence) in action.occurrences {
                    #expect(
                        !(occurrence.outcome != nil && occurrence.noticed != nil), "\(day) is both reported and noticed"
                    )
                    #expect(occurrence.acknowledged == nil || occurrence.outcome == .done)
                }
            }
            let stored = try JSONDecoder().decode([CoupleEvent].self, from: JSONEncoder().encode(log))
            #expect(CoupleState.folding(stored) == live)
        }
    }
}
