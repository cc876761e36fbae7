import Foundation
import Testing
import TrellisCore
import TrellisSQLite
import TrellisStore

@Suite("Encryption at rest")
struct EncryptionAtRestTests {
    @Test func intimateTextNeverAppearsInTheDatabaseBytes() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let secretName = "Zanzibar-the-night-I-lied"
        let alice = StoreFixture.account(secretName, email: "zanzibar.lied@example.org")
        let couple = try await StoreFixture.couple(foundedBy: alice, in: store.storage)
        let events = try await store.storage.events(of: couple, visibleTo: alice.id)
        _ = try await store.storage.append(
            AppendBatch(
                couple: couple, expectedSeq: Int64(events.count),
                events: StoreFixture.addArea("Messages to my ex Quillon", by: alice.id)))
        // Secrets kept to be shown again are sealed too.
        try await store.storage.createInvite(
            codeHash: [1, 2, 3], code: "INVITE-Gooseberry",
            InviteRecord(couple: couple, createdBy: alice.id, expiresAt: StoreFixture.now.addingTimeInterval(60)),
            at: StoreFixture.now)
        try await store.storage.replaceCalendarFeed(
            for: alice.id, tokenHash: [4, 5, 6], token: "feed-Marzipan", at: StoreFixture.now)

        let bytes = try store.allBytes()
        #expect(!bytes.isEmpty)
        for secret in [secretName, "zanzibar.lied@example.org", "Quillon", "Honesty", "Gooseberry", "Marzipan"] {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "'\(secret)' is readable in the database file")
        }
        // And it is all still there for someone holding the key.
        let read = try await store.storage.events(of: couple, visibleTo: alice.id)
        #expect(CoupleState.folding(read).activeAreas.last?.name == "Messages to my ex Quillon")
        #expect(try await store.storage.account(email: "zanzibar.lied@example.org")?.name == secretName)
        #expect(
            try await store.storage.liveInvite(of: couple, by: alice.id, at: StoreFixture.now)?.code
                == "INVITE-Gooseberry")
        #expect(try await store.storage.calendarFeedToken(for: alice.id) == "feed-Marzipan")
    }

    @Test func anotherMasterKeyCannotReadTheCoupleAndIsRefusedAtStart() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let alice = StoreFixture.account("Alice")
        let couple = try await StoreFixture.couple(foundedBy: alice, in: store.storage)
        let thief = try SQLiteStorage(path: store.databasePath, masterKey: .generate())
        await #expect(throws: StoreError.unreadable) {
            try await thief.events(of: couple, visibleTo: alice.id)
        }
        await #expect(throws: StoreError.unreadable) {
            try await thief.account(id: alice.id)
        }
        #expect(throws: MasterKeyError.self) { try thief.migrate() }
    }

    @Test func theKeyFileIsCreatedOwnerOnlyOnceAndTheEnvironmentWins() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-key-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let created = try MasterKey.load(configured: nil, dataDirectory: directory, databaseExists: false)
        let file = directory.appendingPathComponent(MasterKey.fileName).path
        let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        let reloaded = try MasterKey.load(configured: nil, dataDirectory: directory, databaseExists: true)
        #expect(reloaded.base64 == created.base64)

        let fromEnvironment = MasterKey.generate()
        let chosen = try MasterKey.load(
            configured: fromEnvironment.base64, dataDirectory: directory,
            databaseExists: true)
        #expect(chosen.base64 == fromEnvironment.base64)
        #expect(chosen.base64 != created.base64)

        #expect(throws: MasterKeyError.self) {
            try MasterKey.load(
                configured: "too short", dataDirectory: directory,
                databaseExists: true)
        }
    }

    @Test func aMissingKeyBesideExistingDataIsAnErrorNotANewKey() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-key-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: MasterKeyError.self) {
            try MasterKey.load(configured: nil, dataDirectory: directory, databaseExists: true)
        }
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent(MasterKey.fileName).path))
    }
}
