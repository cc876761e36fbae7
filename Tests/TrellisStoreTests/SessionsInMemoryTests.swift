import Foundation
import GRDB
import Synchronization
import Testing
import TrellisCore
import TrellisPostgres
import TrellisSQLite

@testable import TrellisStore

/// The serving process keeps signed-in sessions in memory: a signed-in request reads no session
/// from the database while nothing changed, and every change to one is seen by the very next read
/// when this process made it; when another process did, at once over SQLite (the appends marker),
/// once its announcement arrives over PostgreSQL.
@Suite("Sessions kept in memory")
struct SessionsInMemoryTests {
    /// Alice signed in, and a serving instance over the same data: SQLite's serving process, or a
    /// PostgreSQL instance following announcements as `--freshness announced` does.
    struct Serving {
        let store: BackendStore
        let storage: any TrellisStorage
        let kept: KeptSessions
        let alice: Account
        let token: [UInt8]
        let relay: Task<Void, Never>?

        init(_ backend: StoreBackend) async throws {
            store = try await backend.open()
            alice = StoreFixture.account("Alice")
            token = try await StoreFixture.register(alice, in: store.storage)
            storage = try store.reopen()
            switch storage {
            case let sqlite as SQLiteStorage:
                _ = sqlite.serve()
                (kept, relay) = (sqlite.keptSessions, nil)
            case let postgres as PostgresStorage:
                let listening = Mutex(false)
                relay = Task {
                    await postgres.listen { news in
                        postgres.hearSessions(news)
                        if news == .listening { listening.withLock { $0 = true } }
                    }
                }
                kept = postgres.keptSessions
                try await AnnouncedFoldTests.waitUntil { listening.withLock { $0 } }
            default:
                throw StoreError.unreadable
            }
        }

        func remove() {
            relay?.cancel()
            store.remove()
        }

        /// The session as the serving instance reads it next, once what another process did has
        /// reached it (over PostgreSQL, its announcement).
        func sessionOnceHeard(_ expected: (SignedIn?) -> Bool) async throws -> SignedIn? {
            for _ in 0..<250 {
                let signedIn = try await storage.session(tokenHash: token)
                if expected(signedIn) || relay == nil { return signedIn }
                try await Task.sleep(for: .milliseconds(20))
            }
            return try await storage.session(tokenHash: token)
        }
    }

    @Test(arguments: StoreBackend.all) func aSessionIsReadOnceThenKept(backend: StoreBackend) async throws {
        let serving = try await Serving(backend)
        defer { serving.remove() }
        let first = try await serving.storage.session(tokenHash: serving.token)
        #expect(first != nil)
        #expect(serving.kept.count == 1)
        #expect(try await serving.storage.session(tokenHash: serving.token) == first)
    }

    @Test func aKeptSessionIsNotReadFromTheDatabaseAgain() async throws {
        let serving = try await Serving(.sqlite)
        defer { serving.remove() }
        let first = try #require(try await serving.storage.session(tokenHash: serving.token))
        // Removed behind every storage's back (a bare connection marks nothing): only a session
        // answered from memory can still be found.
        let sqlite = try #require(serving.storage as? SQLiteStorage)
        let bare = try DatabaseQueue(path: sqlite.pool.path)
        try await bare.write { try $0.execute(sql: "DELETE FROM sessions") }
        #expect(try await serving.storage.session(tokenHash: serving.token) == first)
    }

    @Test(arguments: StoreBackend.all) func everyChangeToASessionIsSeenAtTheNextRead(backend: StoreBackend) async throws
    {
        let serving = try await Serving(backend)
        defer { serving.remove() }
        let (storage, alice, token) = (serving.storage, serving.alice, serving.token)
        let later = StoreFixture.now + 60
        // Each step changes what a signed-in read answers, and the read right after sees it.
        let steps: [(String, () async throws -> Void, (SignedIn?) -> Bool)] = [
            (
                "a use written down", { try await storage.touchSession(tokenHash: token, at: later) },
                { $0?.session.lastUsedAt == later }
            ),
            (
                "the device locked",
                {
                    var lock = try #require(try await storage.session(tokenHash: token)).session.lock
                    lock.locked = true
                    try await storage.setDeviceLock(lock, tokenHash: token, usedAt: nil)
                },
                { $0?.session.lock.locked == true }
            ),
            (
                "a phone lock chosen",
                {
                    try await storage.setPhonePrivacy(
                        PhonePrivacy(lock: .code, privatePagesAskAgain: true, look: .notes), lockCodeHash: "h",
                        for: alice.id)
                },
                { $0?.lockCodeHash == "h" }
            ),
            (
                "settings changed",
                {
                    try await storage.updateSettings(
                        MemberSettings(timeZone: "Europe/Berlin", eveningHour: 21, pauseSeconds: 600), for: alice.id)
                },
                { $0?.account.settings.timeZone == "Europe/Berlin" }
            ),
            (
                "name changed", { try await storage.updateProfile(name: "Ally", email: alice.email, for: alice.id) },
                { $0?.account.name == "Ally" }
            ),
            (
                "the password changed, this session kept",
                { try await storage.updatePasswordHash("new-hash", for: alice.id, endingSessionsBut: token) },
                { $0?.account.passwordHash == "new-hash" }
            ),
        ]
        for (name, step, seen) in steps {
            _ = try await storage.session(tokenHash: token)
            try await step()
            #expect(seen(try await storage.session(tokenHash: token)), "\(name)")
        }
    }

    @Test(arguments: StoreBackend.all) func everyWayASessionEndsIsSeenAtTheNextRead(backend: StoreBackend) async throws
    {
        let endings: [(String, (any TrellisStorage, Account, [UInt8]) async throws -> Void)] = [
            ("log-out", { storage, _, token in try await storage.deleteSession(tokenHash: token) }),
            (
                "ended from the list of devices",
                { storage, alice, token in
                    let id = try #require(try await storage.session(tokenHash: token)).session.id
                    _ = try await storage.deleteSession(id: id, of: alice.id)
                }
            ),
            (
                "a password changed on another device",
                { storage, alice, _ in
                    try await storage.updatePasswordHash("h", for: alice.id, endingSessionsBut: [0])
                }
            ),
            (
                "every session ended (a reset)",
                { storage, alice, _ in _ = try await storage.deleteSessions(of: alice.id, keeping: nil) }
            ),
            ("the account closed", { storage, alice, _ in _ = try await storage.closeAccount(alice.id, at: .now) }),
        ]
        for (name, end) in endings {
            // By the serving process itself, then by another process over the same data.
            for byAnother in [false, true] {
                let serving = try await Serving(backend)
                defer { serving.remove() }
                #expect(try await serving.storage.session(tokenHash: serving.token) != nil)
                try await end(byAnother ? serving.store.storage : serving.storage, serving.alice, serving.token)
                let next =
                    byAnother
                    ? try await serving.sessionOnceHeard { $0 == nil }
                    : try await serving.storage.session(tokenHash: serving.token)
                #expect(next == nil, "\(name), by another: \(byAnother)")
            }
        }
    }
}
