import Foundation
import GRDB
import Testing
import TrellisCore
import TrellisSQLite

@testable import TrellisStore

/// The serving process keeps signed-in sessions in memory (SQLite): a signed-in request reads no
/// session from the database while nothing changed, and every change to one, here or by another
/// process, is seen by the very next read.
@Suite("Sessions kept in memory over SQLite")
struct SessionsInMemoryTests {
    /// A store with Alice signed in, and the serving process's storage over the same file.
    static func signedInStore() async throws -> (TemporaryStore, SQLiteStorage, Account, [UInt8]) {
        let store = try TemporaryStore()
        let alice = StoreFixture.account("Alice")
        let token = try await StoreFixture.register(alice, in: store.storage)
        let serving = try store.reopen()
        _ = serving.serve()
        return (store, serving, alice, token)
    }

    @Test func aKeptSessionIsNotReadFromTheDatabaseAgain() async throws {
        let (store, serving, _, token) = try await Self.signedInStore()
        defer { store.remove() }
        let first = try #require(try await serving.session(tokenHash: token))
        // Removed behind every storage's back (a bare connection marks nothing): only a session
        // answered from memory can still be found.
        let bare = try DatabaseQueue(path: store.databasePath)
        try await bare.write { try $0.execute(sql: "DELETE FROM sessions") }
        #expect(try await serving.session(tokenHash: token) == first)
    }

    @Test func everyChangeToASessionIsSeenAtTheNextRead() async throws {
        let (store, serving, alice, token) = try await Self.signedInStore()
        defer { store.remove() }
        let later = StoreFixture.now + 60
        // Each step changes what a signed-in read answers, and the read right after sees it.
        let steps: [(String, () async throws -> Void, (SignedIn?) -> Bool)] = [
            (
                "a use written down", { try await serving.touchSession(tokenHash: token, at: later) },
                { $0?.session.lastUsedAt == later }
            ),
            (
                "the device locked",
                {
                    var lock = try #require(try await serving.session(tokenHash: token)).session.lock
                    lock.locked = true
                    try await serving.setDeviceLock(lock, tokenHash: token, usedAt: nil)
                },
                { $0?.session.lock.locked == true }
            ),
            (
                "a phone lock chosen",
                {
                    try await serving.setPhonePrivacy(
                        PhonePrivacy(lock: .code, privatePagesAskAgain: true, look: .notes), lockCodeHash: "h",
                        for: alice.id)
                },
                { $0?.lockCodeHash == "h" }
            ),
            (
                "settings changed",
                {
                    try await serving.updateSettings(
                        MemberSettings(timeZone: "Europe/Berlin", eveningHour: 21, pauseSeconds: 600), for: alice.id)
                },
                { $0?.account.settings.timeZone == "Europe/Berlin" }
            ),
            (
                "name changed", { try await serving.updateProfile(name: "Ally", email: alice.email, for: alice.id) },
                { $0?.account.name == "Ally" }
            ),
            (
                "the password changed, this session kept",
                { try await serving.updatePasswordHash("new-hash", for: alice.id, endingSessionsBut: token) },
                { $0?.account.passwordHash == "new-hash" }
            ),
        ]
        for (name, step, seen) in steps {
            _ = try await serving.session(tokenHash: token)
            try await step()
            #expect(seen(try await serving.session(tokenHash: token)), "\(name)")
        }
    }

    @Test func everyWayASessionEndsIsSeenAtTheNextRead() async throws {
        let endings: [(String, (SQLiteStorage, Account, [UInt8]) async throws -> Void)] = [
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
            // By the serving process itself, then by another process on the same file.
            for byAnotherProcess in [false, true] {
                let (store, serving, alice, token) = try await Self.signedInStore()
                defer { store.remove() }
                #expect(try await serving.session(tokenHash: token) != nil)
                try await end(byAnotherProcess ? store.storage : serving, alice, token)
                #expect(
                    try await serving.session(tokenHash: token) == nil, "\(name), another process: \(byAnotherProcess)")
            }
        }
    }
}
