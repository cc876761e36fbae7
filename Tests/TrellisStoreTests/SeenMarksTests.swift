import Foundation
import Testing
import TrellisCore
import TrellisStore

/// What each member has opened, on either backend: only their own marks, only the keys asked
/// about, however many at once.
@Suite("Seen marks in the store")
struct SeenMarksTests {
    @Test(arguments: StoreBackend.all) func eachMemberSeesOnlyTheirOwnMarks(backend: StoreBackend) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let (sam, ana) = (StoreFixture.account("Sam"), StoreFixture.account("Ana"))
        for account in [sam, ana] { _ = try await StoreFixture.register(account, in: store.storage) }
        try await store.storage.markSeen(["a", "b", "c"], by: sam.id, at: StoreFixture.now)
        try await store.storage.markSeen(["b", "d"], by: ana.id, at: StoreFixture.now)
        try await store.storage.markSeen(["a"], by: sam.id, at: StoreFixture.now)
        #expect(try await store.storage.seen(["a", "b", "d", "e"], by: sam.id) == ["a", "b"])
        #expect(try await store.storage.seen(["a", "d"], by: ana.id) == ["d"])
        #expect(try await store.storage.seen(["x"], by: sam.id).isEmpty)
        #expect(try await store.storage.seen([], by: sam.id).isEmpty)
    }
}
