import Foundation
import Testing
import TrellisCore
import TrellisStore

@Suite("The couple's event log on SQLite")
struct EventLogTests {
    @Test(arguments: StoreBackend.all) func appendedEventsReadBackInOrderAndFoldToTheSameState(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let alice = StoreFixture.account("Alice")
        let couple = try await StoreFixture.couple(foundedBy: alice, in: store.storage)
        let events = try await store.storage.events(of: couple, visibleTo: alice.id)
        #expect(events.map(\.seq) == Array(1...Int64(1 + DefaultAreas.names.count)))
        let state = CoupleState.folding(events)
        #expect(state.members.map(\.name) == ["Alice"])
        #expect(state.activeAreas.map(\.name) == DefaultAreas.names)
        #expect(
            try await store.storage.events(of: couple, afterShared: 3, afterPrivate: 0, visibleTo: alice.id, limit: nil)
                .first?.seq
                == 4)
        #expect(try await store.storage.account(id: alice.id)?.coupleID == couple)
    }

    @Test(arguments: StoreBackend.all) func aStaleExpectedSequenceIsRefusedAndChangesNothing(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let alice = StoreFixture.account("Alice")
        let couple = try await StoreFixture.couple(foundedBy: alice, in: store.storage)
        let before = try await store.storage.events(of: couple, visibleTo: alice.id)
        for stale in [Int64(0), 3, before.last!.seq + 1] {
            await #expect(throws: StoreError.staleSequence(current: before.last!.seq)) {
                try await store.storage.append(
                    AppendBatch(
                        couple: couple, expectedSeq: stale,
                        events: StoreFixture.addArea("Late", by: alice.id)))
            }
        }
        #expect(try await store.storage.events(of: couple, visibleTo: alice.id) == before)
    }

    @Test(arguments: StoreBackend.all) func concurrentWritersNeverBothWinTheSamePosition(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let alice = StoreFixture.account("Alice")
        let couple = try await StoreFixture.couple(foundedBy: alice, in: store.storage)
        let head = try await store.storage.events(of: couple, visibleTo: alice.id).count
        // Half the writers go through a second pool on the same file, as a second process would.
        let second = try store.reopen()
        let writers = [store.storage, second, store.storage, second, store.storage, second]
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for (index, writer) in writers.enumerated() {
                group.addTask {
                    let batch = AppendBatch(
                        couple: couple, expectedSeq: Int64(head),
                        events: StoreFixture.addArea("Writer \(index)", by: alice.id))
                    return (try? await writer.append(batch)) != nil
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 1)
        let after = try await store.storage.events(of: couple, visibleTo: alice.id)
        #expect(after.count == head + 1)
    }

    @Test(arguments: StoreBackend.all) func anAcknowledgedWriteIsThereForTheNextProcess(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let alice = StoreFixture.account("Alice")
        let couple = try await StoreFixture.couple(foundedBy: alice, in: store.storage)
        let reopened = try store.reopen()
        let state = CoupleState.folding(try await reopened.events(of: couple, visibleTo: alice.id))
        #expect(state.members.first?.id == alice.id)
    }

    @Test(arguments: StoreBackend.all) func privateEventsReachOnlyTheirAuthorAndLeaveNoTraceInTheSharedStream(
        backend: StoreBackend
    ) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let alice = StoreFixture.account("Alice")
        let bob = StoreFixture.account("Bob")
        let couple = try await StoreFixture.couple(foundedBy: alice, in: store.storage)
        try await StoreFixture.register(bob, in: store.storage)
        let head = Int64(try await store.storage.events(of: couple, visibleTo: alice.id).count)
        let secret = PendingEvent(
            at: StoreFixture.now.addingTimeInterval(1), author: alice.id, visibility: .private,
            payload: .areaAdded(id: AreaID(), name: "Only mine"))
        let written = try await store.storage.append(AppendBatch(couple: couple, expectedSeq: head, events: [secret]))
        #expect(written.events.map(\.seq) == [1])  // the first entry of Alice's own stream

        // Bob writes at the shared head he can see; Alice's private entry does not make him stale.
        let shared = try await store.storage.append(
            AppendBatch(couple: couple, expectedSeq: head, events: StoreFixture.addArea("Ours", by: bob.id)))
        #expect(shared.events.map(\.seq) == [head + 1])

        let bobSees = try await store.storage.events(of: couple, visibleTo: bob.id)
        #expect(bobSees.map(\.seq) == Array(1...(head + 1)))
        #expect(bobSees.allSatisfy { $0.visibility == .shared })
        let aliceSees = try await store.storage.events(of: couple, visibleTo: alice.id)
        #expect(aliceSees.count == bobSees.count + 1)
        #expect(aliceSees.contains { $0.visibility == .private && $0.author == alice.id })
        #expect(
            try await store.storage.events(
                of: couple, afterShared: head + 1, afterPrivate: 1, visibleTo: alice.id, limit: nil
            )
            .isEmpty)
    }

    @Test(arguments: StoreBackend.all) func twoDevicesCannotBothWriteTheSamePlaceInAPrivateStream(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let alice = StoreFixture.account("Alice")
        let couple = try await StoreFixture.couple(foundedBy: alice, in: store.storage)
        let head = Int64(try await store.storage.events(of: couple, visibleTo: alice.id).count)
        func journal(_ text: String) -> AppendBatch {
            AppendBatch(
                couple: couple, expectedSeq: head, expectedPrivateSeq: 0,
                events: [
                    PendingEvent(
                        at: StoreFixture.now, author: alice.id, visibility: .private,
                        payload: .areaAdded(id: AreaID(), name: text))
                ])
        }
        _ = try await store.storage.append(journal("From the phone"))
        await #expect(throws: StoreError.self) { try await store.storage.append(journal("From the laptop")) }
        let mine = try await store.storage.events(of: couple, visibleTo: alice.id).filter { $0.visibility == .private }
        #expect(mine.count == 1)
    }

    @Test(arguments: StoreBackend.all) func aRefusedMembershipChangeRollsBackTheWholeBatch(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let alice = StoreFixture.account("Alice")
        let couple = try await StoreFixture.couple(foundedBy: alice, in: store.storage)
        let before = try await store.storage.events(of: couple, visibleTo: alice.id)
        // Alice is already in this couple: assigning her again must fail, and the event with it.
        await #expect(throws: StoreError.alreadyInCouple) {
            try await store.storage.append(
                AppendBatch(
                    couple: couple, expectedSeq: Int64(before.count),
                    events: StoreFixture.addArea("Ghost", by: alice.id), effects: [.assign(alice.id)]))
        }
        #expect(try await store.storage.events(of: couple, visibleTo: alice.id) == before)
    }
}
