import Crypto
import Foundation
import Testing
import TrellisCore

@testable import TrellisPostgres
@testable import TrellisSQLite
@testable import TrellisStore

/// Private entries under a key of the member's own: with the database and the master key alone
/// (another process over the same data) nothing private opens; a live session's token, the
/// password or the recovery code opens it; an operator's reset seals it until the code is entered.
@Suite("Private entries under the member's own key")
struct PrivateKeyTests {
    static func session() -> SessionSecret {
        let token = UUID().uuidString + UUID().uuidString
        return SessionSecret(token: token, hash: Array(SHA256.hash(data: Data(token.utf8))))
    }

    /// Adds a live session holding `secret`, as a log-in does.
    static func signIn(_ member: MemberID, _ secret: SessionSecret, in storage: any TrellisStorage) async throws {
        try await storage.createSession(
            tokenHash: secret.hash,
            SessionRecord.opening(
                for: member, at: StoreFixture.now, expiresAt: StoreFixture.now.addingTimeInterval(3600), client: "Test")
        )
    }

    static func journal(_ text: String, by member: MemberID, day: Int = 0) -> PendingEvent {
        PendingEvent(
            at: StoreFixture.now.addingTimeInterval(Double(day)), author: member, visibility: .private,
            payload: .integrity(
                .journalWritten(id: EntryID(), day: Day(StoreFixture.now).adding(days: day), text: text)))
    }

    static func privateWords(_ couple: CoupleID, of member: MemberID, in storage: any TrellisStorage) async throws
        -> [String]
    {
        try await storage.events(of: couple, visibleTo: member).compactMap { event in
            guard event.visibility == .private, case .integrity(.journalWritten(_, _, let text)) = event.payload
            else { return nil }
            return text
        }
    }

    /// Where the couple's shared stream stands, for the next append.
    static func sharedSeq(_ couple: CoupleID, in storage: any TrellisStorage) async throws -> Int64 {
        try await storage.events(of: couple, visibleTo: MemberID()).last?.seq ?? 0
    }

    /// Alice (from before: her journal is under her member key) with a couple and one live session.
    static func memberFromBefore(in storage: any TrellisStorage) async throws -> (MemberID, CoupleID, SessionSecret) {
        let alice = StoreFixture.account("Alice")
        let couple = try await StoreFixture.couple(foundedBy: alice, in: storage)
        _ = try await storage.append(
            AppendBatch(
                couple: couple, expectedSeq: try await sharedSeq(couple, in: storage),
                events: [journal("Axolotl: the night I lied", by: alice.id)]))
        let secret = session()
        try await signIn(alice.id, secret, in: storage)
        return (alice.id, couple, secret)
    }

    @Test(arguments: StoreBackend.all) func theMasterKeyAloneOpensNothingPrivateOnceSealed(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let (alice, couple, secret) = try await Self.memberFromBefore(in: store.storage)
        #expect(try await store.storage.privateKeyStatus(of: alice) == .masterWrapped)
        let code = try #require(
            try await store.storage.sealPrivateKey(of: alice, password: "a long password", session: secret))
        #expect(try await Self.privateWords(couple, of: alice, in: store.storage) == ["Axolotl: the night I lied"])

        // Another process with the database and the master key: sealed, and the member key opens no body.
        let thief = try store.reopen()
        #expect(try await thief.privateKeyStatus(of: alice) == .own(open: false))
        await #expect(throws: StoreError.sealed) { try await thief.events(of: couple, visibleTo: alice) }
        #expect(try await Self.bodiesTheMemberKeyOpens(of: alice, in: thief) == 0)
        #expect(try await thief.events(of: couple, visibleTo: MemberID()).count > 0, "shared work is as before")
        await #expect(throws: StoreError.sealed) {
            try await thief.append(
                AppendBatch(
                    couple: couple, expectedSeq: try await Self.sharedSeq(couple, in: thief),
                    events: [Self.journal("Not written", by: alice, day: 1)]))
        }

        // Each of the three ways in opens it, in a process of its own.
        let byToken = try store.reopen()
        #expect(try await byToken.openPrivateKey(of: alice, session: secret))
        #expect(try await Self.privateWords(couple, of: alice, in: byToken) == ["Axolotl: the night I lied"])
        let byPassword = try store.reopen()
        #expect(try await !byPassword.openPrivateKey(of: alice, password: "not it", forSession: Self.session()))
        let fresh = Self.session()
        try await Self.signIn(alice, fresh, in: byPassword)
        #expect(try await byPassword.openPrivateKey(of: alice, password: "a long password", forSession: fresh))
        #expect(try await Self.privateWords(couple, of: alice, in: byPassword).count == 1)
        let another = try store.reopen()
        #expect(try await another.openPrivateKey(of: alice, session: fresh), "the log-in wrapped it for its session")
        let byCode = try store.reopen()
        #expect(try await byCode.recoverPrivateKey(of: alice, code: code, password: "a long password", session: fresh))
        #expect(try await Self.privateWords(couple, of: alice, in: byCode).count == 1)

        // A session that ended takes its wrap with it.
        try await store.storage.deleteSession(tokenHash: secret.hash)
        #expect(try await !(try store.reopen()).openPrivateKey(of: alice, session: secret))
    }

    /// Two log-ins at once of a member from before: the second finds the first one's key and
    /// leaves it, so nothing the first moved under it is stranded.
    @Test(arguments: StoreBackend.all) func aSecondSealKeepsTheFirstKey(backend: StoreBackend) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let (alice, couple, secret) = try await Self.memberFromBefore(in: store.storage)
        _ = try #require(
            try await store.storage.sealPrivateKey(of: alice, password: "a long password", session: secret))
        let again = try await store.storage.sealPrivateKey(of: alice, password: "another password", session: secret)
        #expect(again == nil)
        let other = try store.reopen()
        #expect(try await other.openPrivateKey(of: alice, session: secret))
        #expect(try await Self.privateWords(couple, of: alice, in: other) == ["Axolotl: the night I lied"])
    }

    @Test(arguments: StoreBackend.all) func aPasswordChangeAndANewRecoveryCodeWrapTheSameKey(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let (alice, couple, secret) = try await Self.memberFromBefore(in: store.storage)
        let old = try #require(
            try await store.storage.sealPrivateKey(of: alice, password: "a long password", session: secret))
        try await store.storage.rewrapPrivateKey(of: alice, password: "another long one")
        let renewed = try await store.storage.renewRecoveryCode(of: alice)
        let other = try store.reopen()
        let fresh = Self.session()
        try await Self.signIn(alice, fresh, in: other)
        #expect(try await !other.openPrivateKey(of: alice, password: "a long password", forSession: fresh))
        #expect(try await !other.recoverPrivateKey(of: alice, code: old, password: "x", session: fresh))
        #expect(try await other.privateKeyStatus(of: alice) == .own(open: false), "a wrong code changed nothing")
        #expect(try await other.openPrivateKey(of: alice, password: "another long one", forSession: fresh))
        #expect(try await Self.privateWords(couple, of: alice, in: other).count == 1)
        let byCode = try store.reopen()
        #expect(
            try await byCode.recoverPrivateKey(of: alice, code: renewed, password: "another long one", session: fresh))
        #expect(try await RecoveryCode(renewed.grouped.lowercased()) == renewed, "typed in any case, with dashes")
    }

    /// An operator's reset: a fresh key, the older entries sealed (not lost) until the recovery
    /// code opens them again, with what was written in between moved under the recovered key.
    @Test(arguments: StoreBackend.all) func aResetSealsTheOldEntriesUntilTheRecoveryCode(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let (alice, couple, secret) = try await Self.memberFromBefore(in: store.storage)
        let code = try #require(
            try await store.storage.sealPrivateKey(of: alice, password: "a long password", session: secret))

        let admin = try store.reopen()
        try await admin.resetPrivateKey(of: alice, password: "given by the operator")
        #expect(try await admin.privateKeyStatus(of: alice) == .awaitingRecovery(open: false))
        #expect(try await !admin.openPrivateKey(of: alice, session: secret), "the reset ended the session's wrap")

        let server = try store.reopen()
        let fresh = Self.session()
        try await Self.signIn(alice, fresh, in: server)
        #expect(try await server.session(tokenHash: fresh.hash)?.awaitsRecovery == true, "read with the session")
        #expect(try await server.openPrivateKey(of: alice, password: "given by the operator", forSession: fresh))
        #expect(try await Self.privateWords(couple, of: alice, in: server).isEmpty, "sealed, not shown")
        _ = try await server.append(
            AppendBatch(
                couple: couple, expectedSeq: try await Self.sharedSeq(couple, in: server),
                events: [Self.journal("Written while sealed", by: alice, day: 1)]))
        #expect(try await Self.privateWords(couple, of: alice, in: server) == ["Written while sealed"])

        #expect(
            try await server.recoverPrivateKey(of: alice, code: code, password: "given by the operator", session: fresh)
        )
        #expect(try await server.privateKeyStatus(of: alice) == .own(open: true))
        #expect(try await server.session(tokenHash: fresh.hash)?.awaitsRecovery == false)
        let later = try store.reopen()
        #expect(try await later.openPrivateKey(of: alice, session: fresh))
        #expect(
            try await Self.privateWords(couple, of: alice, in: later) == [
                "Axolotl: the night I lied", "Written while sealed",
            ])
    }

    /// Moved under her own key, the bodies as her member key sealed them are nowhere in the file
    /// or its write-ahead log (SQLite overwrites what it deletes, and the log is emptied).
    @Test func theBodiesAsTheMemberKeySealedThemLeaveTheFile() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let (alice, _, secret) = try await Self.memberFromBefore(in: store.storage)
        let before = try await store.storage.pool.read { db in
            try store.storage.storedPrivateBodies(of: alice, in: db).map(\.body)
        }
        #expect(before.count == 1)
        _ = try await store.storage.sealPrivateKey(of: alice, password: "a long password", session: secret)
        let bytes = try store.allBytes()
        for body in before { #expect(bytes.range(of: body) == nil) }
    }

    /// What Bob keeps for Alice until a moment both agreed on is sealed to her public key: another
    /// process with the master key cannot open it, her open key can; for a member from before it is
    /// under their member key; her reset drops it (nothing could open it again).
    @Test(arguments: StoreBackend.all) func whatIsHeldForAPartnerOpensOnlyWithTheirKey(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let (alice, couple, secret) = try await Self.memberFromBefore(in: store.storage)
        let bob = StoreFixture.account("Bob")
        try await StoreFixture.register(bob, in: store.storage)
        let words = Data("Bob's fear: being found out".utf8)
        try await store.storage.hold(words, from: bob.id, for: alice, in: couple, topic: "fears")
        #expect(try await store.storage.held(from: bob.id, for: alice, in: couple, topic: "fears") == words)

        _ = try await store.storage.sealPrivateKey(of: alice, password: "a long password", session: secret)
        try await store.storage.hold(words, from: bob.id, for: alice, in: couple, topic: "fears")
        let thief = try store.reopen()
        await #expect(throws: StoreError.sealed) {
            try await thief.held(from: bob.id, for: alice, in: couple, topic: "fears")
        }
        #expect(try await thief.held(from: alice, for: bob.id, in: couple, topic: "fears") == nil)
        let hers = try store.reopen()
        #expect(try await hers.openPrivateKey(of: alice, session: secret))
        #expect(try await hers.held(from: bob.id, for: alice, in: couple, topic: "fears") == words)

        try await hers.resetPrivateKey(of: alice, password: "given by the operator")
        #expect(try await store.storage.held(from: bob.id, for: alice, in: couple, topic: "fears") == nil)
        try await store.storage.hold(words, from: bob.id, for: alice, in: couple, topic: "window")
        try await store.storage.release(from: bob.id, in: couple, topic: "window")
        #expect(try await store.storage.held(from: bob.id, for: alice, in: couple, topic: "window") == nil)
    }

    /// How many of the member's private bodies their master-wrapped member key opens.
    static func bodiesTheMemberKeyOpens(of member: MemberID, in storage: any TrellisStorage) async throws -> Int {
        let (key, bodies): (SymmetricKey, [StoredPrivateBody])
        switch storage {
        case let sqlite as SQLiteStorage:
            (key, bodies) = try await sqlite.pool.read { db in
                (try sqlite.memberKey(member, in: db), try sqlite.storedPrivateBodies(of: member, in: db))
            }
        case let postgres as PostgresStorage:
            (key, bodies) = try await postgres.read { db in
                (
                    try await postgres.memberKey(member, in: db),
                    try await postgres.storedPrivateBodies(of: member, in: db)
                )
            }
        default: throw StoreError.unreadable
        }
        #expect(!bodies.isEmpty)
        return try bodies.filter { try $0.moved(from: key, to: key) != nil }.count
    }
}

extension PrivateKeyStore where Self: SessionStore {
    /// As a signed-in request does: the session read, then its wrap opened.
    func openPrivateKey(of member: MemberID, session secret: SessionSecret) async throws -> Bool {
        guard let signedIn = try await session(tokenHash: secret.hash), signedIn.account.id == member else {
            return false
        }
        return openPrivateKey(signedIn, session: secret) == .opened
    }
}
