import Foundation
import Testing
import TrellisCore
import TrellisStore

@Suite("Accounts, sessions and invites")
struct AccountSessionInviteTests {
    @Test(arguments: StoreBackend.all) func anEmailBelongsToOneAccount(backend: StoreBackend) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let first = StoreFixture.account("Sam", email: "sam@example.org")
        try await StoreFixture.register(first, in: store.storage)
        let other = StoreFixture.account("Other Sam", email: "sam@example.org")
        let otherSession = Array(repeating: UInt8(3), count: 32)
        await #expect(throws: StoreError.duplicateEmail) {
            try await store.storage.createAccount(
                other,
                session: (
                    otherSession,
                    SessionRecord.opening(
                        for: other.id, at: StoreFixture.now, expiresAt: StoreFixture.now, client: "Firefox")
                ))
        }
        // The refused sign-up left no session behind either.
        #expect(try await store.storage.session(tokenHash: otherSession) == nil)
        #expect(try await store.storage.account(email: "sam@example.org") == first)
        #expect(try await store.storage.account(email: "nobody@example.org") == nil)
    }

    @Test(arguments: StoreBackend.all) func sessionsAreFoundByTheirHashAndCanBeDeleted(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let sam = StoreFixture.account("Sam")
        try await StoreFixture.register(sam, in: store.storage)
        let hash = Array(repeating: UInt8(7), count: 32)
        let record = SessionRecord.opening(
            for: sam.id, at: StoreFixture.now, expiresAt: StoreFixture.now.addingTimeInterval(60), client: "App")
        try await store.storage.createSession(tokenHash: hash, record)
        #expect(try await store.storage.session(tokenHash: hash)?.session == record)
        #expect(try await store.storage.session(tokenHash: hash)?.account.name == "Sam")
        try await store.storage.deleteSession(tokenHash: hash)
        #expect(try await store.storage.session(tokenHash: hash) == nil)
    }

    @Test(arguments: StoreBackend.all) func aMemberSeesAndEndsOnlyTheirOwnSessions(backend: StoreBackend) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let (sam, alex) = (StoreFixture.account("Sam"), StoreFixture.account("Alex"))
        try await StoreFixture.register(sam, in: store.storage)
        try await StoreFixture.register(alex, in: store.storage)
        let later = StoreFixture.now.addingTimeInterval(3600)
        var opened: [[UInt8]: SessionRecord] = [:]
        for (byte, client) in [(UInt8(20), "Firefox on Android"), (21, "App"), (22, "Safari on iPhone")] {
            let record = SessionRecord.opening(for: sam.id, at: StoreFixture.now, expiresAt: later, client: client)
            opened[Array(repeating: byte, count: 32)] = record
            try await store.storage.createSession(tokenHash: Array(repeating: byte, count: 32), record)
        }
        let phone = Array(repeating: UInt8(22), count: 32)
        try await store.storage.touchSession(tokenHash: phone, at: StoreFixture.now.addingTimeInterval(60))
        let listed = try await store.storage.sessions(of: sam.id)
        #expect(listed.first?.client == "Safari on iPhone")
        #expect(listed.first?.lastUsedAt == StoreFixture.now.addingTimeInterval(60))
        #expect(Set(listed.map(\.id)).isSuperset(of: opened.values.map(\.id)))

        // Alex cannot end Sam's session, even knowing its id; Sam can.
        let app = opened[Array(repeating: 21, count: 32)]!
        #expect(try await store.storage.deleteSession(id: app.id, of: alex.id) == false)
        #expect(try await store.storage.deleteSession(id: app.id, of: sam.id))
        #expect(try await store.storage.session(tokenHash: Array(repeating: 21, count: 32)) == nil)

        // A new password ends every session but the one that changed it; Alex's stay.
        let alexBefore = try await store.storage.sessions(of: alex.id)
        try await store.storage.updatePasswordHash("new", for: sam.id, endingSessionsBut: phone)
        #expect(try await store.storage.sessions(of: sam.id).map(\.client) == ["Safari on iPhone"])
        #expect(try await store.storage.account(id: sam.id)?.passwordHash == "new")
        #expect(try await store.storage.sessions(of: alex.id) == alexBefore)
        #expect(try await store.storage.deleteSessions(of: sam.id, keeping: nil) == 1)
    }

    @Test(arguments: StoreBackend.all) func anInviteIsUsedOnceAndNotAfterItExpires(backend: StoreBackend) async throws {
        let store = try await backend.open()
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
