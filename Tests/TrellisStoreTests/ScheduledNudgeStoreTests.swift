import Foundation
import Testing
import TrellisCore
import TrellisStore

/// What the nudge scheduler asks of either backend: who chose a kind (not those who paused), and a
/// message written once whichever instance writes it first.
@Suite("Scheduled nudges in the store")
struct ScheduledNudgeStoreTests {
    @Test(arguments: StoreBackend.all) func membersWhoChoseAKindAndAMessageWrittenOnce(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let (sam, ana, lee) = (StoreFixture.account("Sam"), StoreFixture.account("Ana"), StoreFixture.account("Lee"))
        for account in [sam, ana, lee] { _ = try await StoreFixture.register(account, in: store.storage) }
        try await store.storage.setNudgePreferences(
            NudgePreferences(kinds: [.weeklyDigest, .partnerWaiting], fromHour: 9, untilHour: 21, paused: false),
            for: sam.id)
        try await store.storage.setNudgePreferences(
            NudgePreferences(kinds: [.weeklyDigest], fromHour: 9, untilHour: 21, paused: true), for: ana.id)
        #expect(try await store.storage.members(wanting: .weeklyDigest) == [sam.id], "Ana paused; Lee chose none")
        #expect(try await store.storage.members(wanting: .commitmentsToday).isEmpty)

        let item = OutboxItem(
            id: "n-once@trellis", kind: "weeklyDigest", account: sam.id, secret: nil, createdAt: StoreFixture.now)
        let other = try store.reopen()
        #expect(try await store.storage.enqueueOnce(item))
        #expect(try await !other.enqueueOnce(item), "another instance finds it written")
        #expect(try await store.storage.outbox(status: nil, limit: 10).map(\.id) == ["n-once@trellis"])
    }
}
