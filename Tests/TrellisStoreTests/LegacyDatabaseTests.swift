import Foundation
import Testing
import TrellisCore
import TrellisStore

/// A database made by the code of 2026-11-25, before the event format was pinned, opens, migrates
/// and reads exactly what was written, and takes new events beside the old ones.
@Suite("A database from before the pinned format")
struct LegacyDatabaseTests {
    @Test func itMigratesAndReadsEveryEventAsWritten() async throws {
        let store = try TemporaryStore(
            copying: GoldenEvents.fixture("main-2026-11-25.sqlite"), masterKey: GoldenEvents.masterKey)
        defer { store.remove() }
        let storage = store.storage
        #expect(try storage.migrationStatus().allSatisfy(\.applied))

        let shared = GoldenEvents.shared.map(\.1)
        let privateOnes = GoldenEvents.privateOnes
        let alice = try await storage.events(of: GoldenEvents.couple, visibleTo: GoldenEvents.alice)
        #expect(alice.map(\.payload) == shared + privateOnes.filter { $0.0 == GoldenEvents.alice }.map(\.1))
        let bob = try await storage.events(of: GoldenEvents.couple, visibleTo: GoldenEvents.bob)
        #expect(bob.map(\.payload) == shared + privateOnes.filter { $0.0 == GoldenEvents.bob }.map(\.1))
        #expect(alice.filter { $0.visibility == .shared }.map(\.seq) == Array(1...Int64(shared.count)))

        // Its sessions gained a public id, and count as last used when they were opened.
        let sessions = try await storage.sessions(of: GoldenEvents.alice)
        #expect(sessions.count == 1)
        #expect(sessions.allSatisfy { $0.id.count == 24 && $0.lastUsedAt == $0.signedInAt && $0.client.isEmpty })

        let state = CoupleState.folding(bob)
        #expect(state.members.map(\.name) == ["Alice", "Bob"])
        #expect(state.repair.action(GoldenEvents.action(5))?.occurrences[GoldenEvents.day]?.outcome == .done)

        // A new event, in the pinned format, follows the old ones.
        let next = PendingEvent(
            at: Date(timeIntervalSince1970: 1_900_000_000), author: GoldenEvents.bob, visibility: .shared,
            payload: .repair(.switchSet(area: GoldenEvents.area, on: true)))
        _ = try await storage.append(
            AppendBatch(couple: GoldenEvents.couple, expectedSeq: Int64(shared.count), events: [next]))
        let after = try await storage.events(of: GoldenEvents.couple, visibleTo: GoldenEvents.alice)
        #expect(after.last?.payload == next.payload)
        #expect(after.dropLast().map(\.payload) == alice.map(\.payload))
    }
}
