import Foundation
import Testing
import TrellisCore
import TrellisStore

/// The outbox on both backends: each message claimed by one sender at a time, back when its lease
/// runs out, sent once marked sent, retried when told, kept as failed after its last try; no
/// address or secret in what the operator reads, and nothing left once the account is closed.
@Suite("The outbox")
struct OutboxTests {
    static func item(_ n: Int, for account: MemberID, secret: String? = nil) -> OutboxItem {
        OutboxItem(
            id: "m\(n)@trellis.test", kind: "passwordReset", account: account, secret: secret,
            createdAt: StoreFixture.now.addingTimeInterval(Double(n)))
    }

    @Test(arguments: StoreBackend.all) func eachMessageIsClaimedOnceUntilItsLeaseRunsOut(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let sam = StoreFixture.account("Sam")
        _ = try await StoreFixture.register(sam, in: store.storage)
        for n in 1...3 {
            try await store.storage.enqueue(Self.item(n, for: sam.id, secret: n == 1 ? "token-one" : nil))
        }
        let later = StoreFixture.now.addingTimeInterval(60)
        let other = try store.reopen()
        async let first = store.storage.claimDue(at: later, limit: 2, lease: 300)
        async let second = other.claimDue(at: later, limit: 2, lease: 300)
        let claimed = try await first + second
        #expect(claimed.count == 3 && Set(claimed.map(\.id)).count == 3, "no message twice")
        #expect(claimed.first { $0.id == "m1@trellis.test" }?.secret == "token-one")
        #expect(claimed.allSatisfy { $0.attempts == 1 })
        #expect(try await store.storage.claimDue(at: later, limit: 10, lease: 300).isEmpty, "all leased")

        try await store.storage.markSent("m1@trellis.test", at: later)
        try await store.storage.markFailed(
            "m2@trellis.test", error: "451 try later", retryAt: later.addingTimeInterval(120))
        try await store.storage.markFailed("m3@trellis.test", error: "550 no such user", retryAt: nil)
        let retried = try await store.storage.claimDue(at: later.addingTimeInterval(130), limit: 10, lease: 300)
        #expect(retried.map(\.id) == ["m2@trellis.test"] && retried.first?.attempts == 2)
        // A sender that died with it: due again once the lease has run out.
        let again = try await other.claimDue(at: later.addingTimeInterval(130 + 301), limit: 10, lease: 300)
        #expect(again.map(\.id) == ["m2@trellis.test"])

        let entries = try await store.storage.outbox(status: nil, limit: 10)
        #expect(Set(entries.map(\.status)) == [.sent, .sending, .failed])
        #expect(try await store.storage.outbox(status: .failed, limit: 10).first?.lastError == "550 no such user")
    }

    @Test(arguments: StoreBackend.all) func closingTheAccountLeavesNothingOfItsMessages(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let sam = StoreFixture.account("Sam")
        _ = try await StoreFixture.register(sam, in: store.storage)
        try await store.storage.enqueue(Self.item(1, for: sam.id, secret: "token-one"))
        _ = try await store.storage.closeAccount(sam.id, at: StoreFixture.now)
        #expect(try await store.storage.outbox(status: nil, limit: 10).isEmpty)
    }
}
