import Foundation
import PropertyBased
import Testing
import TrellisCore

/// Random sequences of commands from three people, folded as the server folds them.
@Suite("Invariants under random command sequences")
struct CouplePropertyTests {
    static let people = [Fixture.alice, Fixture.bob, Fixture.carol]
    static let names = ["Money", "money", "Family", "", "Work trips"]

    /// Reads one random number as "who does what": person, command kind, name and area choices.
    static func step(_ code: Int, state: CoupleState) -> (MemberID, CoupleCommand) {
        let actor = people[code % 3]
        let name = names[(code / 3) % names.count]
        let area = state.areas.isEmpty ? AreaID() : state.areas[(code / 15) % state.areas.count].id
        let commands: [CoupleCommand] = [
            .start(founderName: "Alice"), .join(name: "Someone"), .leave, .addArea(name: name),
            .renameArea(area, name: name), .archiveArea(area), .restoreArea(area),
        ]
        return (actor, commands[(code / 150) % commands.count])
    }

    @Test func foldingTheRecordedEventsGivesTheLiveStateAndTheRulesHold() async throws {
        try await propertyCheck(count: 300, input: Gen.int(in: 0...9_999).array(of: 0...60)) { codes in
            var live = CoupleState()
            var log: [CoupleEvent] = []
            for code in codes {
                let (actor, command) = Self.step(code, state: live)
                guard let events = try? Fixture.run(command, by: actor, on: &live) else { continue }
                log += events
            }
            // What the store keeps is the encoded log: folding it back must give the live state.
            let stored = try JSONDecoder().decode([CoupleEvent].self, from: JSONEncoder().encode(log))
            #expect(CoupleState.folding(stored) == live)
            #expect(live.seq == Int64(log.count))
            #expect(log.map(\.seq) == (0..<Int64(log.count)).map { $0 + 1 })
            #expect(live.members.count <= 2)
            #expect(Set(live.members.map(\.id)).count == live.members.count)
            let activeNames = live.activeAreas.map { $0.name.lowercased() }
            #expect(Set(activeNames).count == activeNames.count)
            #expect(live.activeAreas.allSatisfy { !$0.name.isEmpty })
        }
    }
}
