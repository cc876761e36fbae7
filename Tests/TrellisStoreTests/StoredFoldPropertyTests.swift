import Foundation
import PropertyBased
import Testing
import TrellisCore
import TrellisStore

/// Random repair steps by both partners, decided as the server decides them (against the state
/// folded from the store for the actor) and appended through SQLite. After every step, each
/// partner's state is the same three ways (folded from zero, kept in memory and advanced by the
/// appends, and loaded cold from the latest snapshot plus the tail), it equals their live state,
/// and the rules hold.
@Suite("The stored log folds to the live state, per partner")
struct StoredFoldPropertyTests {
    static func command(_ code: Int, state: CoupleState, actor: MemberID) -> RepairCommand {
        let area = state.activeAreas[(code / 2) % state.activeAreas.count].id
        let actions = state.repair.actions
        let action = actions.isEmpty ? ActionID() : actions[(code / 7) % actions.count].id
        let hurts = state.repair.hurts.filter { $0.author == actor }
        let hurt = hurts.isEmpty ? HurtID() : hurts[(code / 5) % hurts.count].id
        let day = Day(StoreFixture.now)
        let commands: [RepairCommand] = [
            .setSwitch(area: area, on: code % 3 == 0),
            .recordHurt(id: HurtID(), area: area, what: "hurt \(code)", help: "help", visibility: .private),
            .shareHurt(id: hurt),
            .ask(id: QuestionID(), area: area, kind: .whatCanIDo),
            .requestAction(id: ActionID(), area: area, what: "Call \(code)", cadence: .daily, note: nil),
            .acceptAction(id: action), .acceptAction(id: action),
            .report(action: action, day: day, outcome: code % 4 == 0 ? .missed : .done),
            .acknowledge(action: action, day: day, word: nil),
            .proposeRetirement(id: action),
        ]
        return commands[(code / 11) % commands.count]
    }

    @Test func eachPartnersFoldOfTheStoreIsTheirLiveState() async throws {
        try await propertyCheck(count: 25, input: Gen.int(in: 0...99_999).array(of: 1...40)) { codes in
            let store = try TemporaryStore()
            defer { store.remove() }
            let alice = StoreFixture.account("Alice")
            let bob = StoreFixture.account("Bob")
            let couple = try await StoreFixture.couple(foundedBy: alice, in: store.storage)
            try await StoreFixture.register(bob, in: store.storage)
            let founded = CoupleState.folding(try await store.storage.events(of: couple, visibleTo: alice.id))
            let join = try founded.decide(.join(name: "Bob"), by: bob.id, at: StoreFixture.now)
            _ = try await store.storage.append(
                AppendBatch(couple: couple, expectedSeq: founded.seq, events: join, effects: [.assign(bob.id)]))

            // Kept in memory and advanced by appends, snapshotting often so cold loads below
            // start from a snapshot and fold only the tail.
            let kept = KeptFolds(storage: store.storage, capacity: 4, snapshotInterval: 3)
            var live = [alice.id: CoupleState(), bob.id: CoupleState()]
            for member in [alice.id, bob.id] {
                live[member] = CoupleState.folding(try await store.storage.events(of: couple, visibleTo: member))
            }
            for code in codes {
                let actor = code % 2 == 0 ? alice.id : bob.id
                let state = live[actor]!
                guard
                    let pending = try? state.decide(
                        .repair(Self.command(code, state: state, actor: actor), today: Day(StoreFixture.now)),
                        by: actor,
                        at: StoreFixture.now)
                else { continue }
                let written = try await store.storage.append(
                    AppendBatch(couple: couple, expectedSeq: state.seq, events: pending))
                kept.advance(couple, with: written)
                for event in written.events {
                    for member in [alice.id, bob.id] where event.visibility == .shared || event.author == member {
                        live[member]!.apply(event)
                    }
                }
                for member in [alice.id, bob.id] {
                    let stored = CoupleState.folding(try await store.storage.events(of: couple, visibleTo: member))
                    #expect(stored == live[member])
                    #expect(try await kept.state(of: couple, for: member) == live[member])
                    let cold = KeptFolds(storage: store.storage, capacity: 1)
                    #expect(try await cold.state(of: couple, for: member) == live[member])
                    #expect(stored.repair.liveActions(askedBy: member).count <= RepairState.actionsPerDirection)
                    // Nothing private of the partner is in a member's fold.
                    #expect(stored.repair.hurts.allSatisfy { $0.author == member || $0.visibility == .shared })
                }
            }
        }
    }
}
