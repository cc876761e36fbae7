import Foundation
import Testing
import TrellisCore
import TrellisStore

@Suite("Accounts, sessions and invites")
struct AccountSessionInviteTests {
    @Test func anEmailBelongsToOneAccount() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let first = StoreFixture.account("Sam", email: "sam@example.org")
        try await StoreFixture.register(first, in: store.storage)
        let other = StoreFixture.account("Other Sam", email: "sam@example.org")
        let otherSession = Array(repeating: UInt8(3), count: 32)
        await #expect(throws: StoreError.duplicateEmail) {
            try await store.storage.createAccount(
                other, session: (otherSession, SessionRecord(account: other.id, expiresAt: StoreFixture.now)),
                at: StoreFixture.now)
        }
        // The refused sign-up left no session behind either.
        #expect(try await store.storage.session(tokenHash: otherSession) == nil)
        #expect(try await store.storage.account(email: "sam@example.org") == first)
        #expect(try await store.storage.account(email: "nobody@example.org") == nil)
    }

    @Test func sessionsAreFoundByTheirHashAndCanBeDeleted() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let sam = StoreFixture.account("Sam")
        try await StoreFixture.register(sam, in: store.storage)
        let hash = Array(repeating: UInt8(7), count: 32)
        let record = SessionRecord(account: sam.id, expiresAt: StoreFixture.now.addingTimeInterval(60))
        try await store.storage.createSession(tokenHash: hash, record, at: StoreFixture.now)
        #expect(try await store.storage.session(tokenHash: hash)?.session == record)
        #expect(try await store.storage.session(tokenHash: hash)?.account.name == "Sam")
        try await store.storage.deleteSession(tokenHash: hash)
        #expect(try await store.storage.session(tokenHash: hash) == nil)
    }

    @Test func anInviteIsUsedOnceAndNotAfterItExpires() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let alice = StoreFixture.account("Alice")
        let couple = try await StoreFixture.couple(foundedBy: alice, in: store.storage)
        let code = Array(repeating: UInt8(9), count: 32)
        let expiry = StoreFixture.now.addingTimeInterval(3600)
        let earlier = Array(repeating: UInt8(8), count: 32)
        for (hash, text) in [(earlier, "EARLIER"), (code, "LATER")] {
            try await store.storage.createInvite(
                codeHash: hash, code: text, InviteRecord(couple: couple, createdBy: alice.id, expiresAt: expiry),
                at: StoreFixture.now)
        }
        // One live invite, shown again to its maker only, until it expires.
        #expect(try await store.storage.invite(codeHash: earlier)?.isReplaced == true)
        #expect(try await store.storage.liveInvite(of: couple, by: alice.id, at: StoreFixture.now)?.code == "LATER")
        #expect(try await store.storage.liveInvite(of: couple, by: alice.id, at: expiry) == nil)
        let bob = StoreFixture.account("Bob")
        try await StoreFixture.register(bob, in: store.storage)
        var head = Int64(try await store.storage.events(of: couple, visibleTo: alice.id).count)
        let state = CoupleState.folding(try await store.storage.events(of: couple, visibleTo: alice.id))

        // After expiry the invite does not open, and nothing is written.
        let late = expiry.addingTimeInterval(1)
        await #expect(throws: StoreError.inviteUnavailable) {
            try await store.storage.append(
                AppendBatch(
                    couple: couple, expectedSeq: head,
                    events: try state.decide(.join(name: "Bob"), by: bob.id, at: late),
                    effects: [.assign(bob.id), .consumeInvite(codeHash: code, by: bob.id, at: late)]))
        }
        #expect(try await store.storage.account(id: bob.id)?.coupleID == nil)

        _ = try await store.storage.append(
            AppendBatch(
                couple: couple, expectedSeq: head,
                events: try state.decide(.join(name: "Bob"), by: bob.id, at: StoreFixture.now),
                effects: [.assign(bob.id), .consumeInvite(codeHash: code, by: bob.id, at: StoreFixture.now)]))
        head += 1
        #expect(try await store.storage.invite(codeHash: code)?.usedAt == StoreFixture.now)
        #expect(try await store.storage.liveInvite(of: couple, by: alice.id, at: StoreFixture.now) == nil)
        #expect(try await store.storage.account(id: bob.id)?.coupleID == couple)

        let carol = StoreFixture.account("Carol")
        try await StoreFixture.register(carol, in: store.storage)
        await #expect(throws: StoreError.inviteUnavailable) {
            try await store.storage.append(
                AppendBatch(
                    couple: couple, expectedSeq: head,
                    events: StoreFixture.addArea("Carol was here", by: carol.id),
                    effects: [.assign(carol.id), .consumeInvite(codeHash: code, by: carol.id, at: StoreFixture.now)]))
        }
        #expect(try await store.storage.account(id: carol.id)?.coupleID == nil)
    }

    @Test func migratingTwiceChangesNothing() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        #expect(try store.storage.migrate().isEmpty)
        #expect(try store.storage.migrationStatus().allSatisfy(\.applied))
    }
}
