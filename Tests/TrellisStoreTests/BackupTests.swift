import Foundation
import Testing
import TrellisCore
import TrellisSQLite
import TrellisStore

@Suite("Backup and restore")
struct BackupTests {
    @Test func aBackupTakenDuringWritesRestoresWithEveryWriteAcknowledgedBeforeIt() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let alice = StoreFixture.account("Alice")
        let couple = try await StoreFixture.couple(foundedBy: alice, in: store.storage)
        let start = try await store.storage.head(of: couple)
        let acknowledged = Acknowledged()
        let writer = Task {
            var seq = start
            for index in 0..<300 {
                let appended = try await store.storage.append(
                    AppendBatch(
                        couple: couple, expectedSeq: seq, events: StoreFixture.addArea("Area \(index)", by: alice.id)))
                seq = appended.events.last!.seq
                acknowledged.set(seq)
            }
        }
        while acknowledged.value < start + 50 { await Task.yield() }
        let before = acknowledged.value
        let file = store.directory.appendingPathComponent("backup.sqlite").path
        try store.storage.backup(to: file)
        try await writer.value

        let summary = try SQLiteStorage.checkBackup(at: file, masterKey: store.masterKey)
        #expect(summary.accounts == 1 && summary.couples == 1)
        #expect(!FileManager.default.fileExists(atPath: file + "-wal"))

        let target = try TemporaryStore(masterKey: store.masterKey)
        defer { target.remove() }
        try target.storage.restore(from: file)
        try target.storage.migrate()
        let restored = try await target.storage.events(of: couple, visibleTo: alice.id)
        let original = try await store.storage.events(of: couple, visibleTo: alice.id)
        // One moment of the log: a prefix of it, holding at least every write acknowledged first.
        #expect(Int64(restored.count) >= before)
        #expect(Array(original.prefix(restored.count)) == restored)
        #expect(try target.storage.verify() == summary)
    }

    @Test func aBackupIsNotReadWithAnotherKeyAndNeverOverwritesAFile() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        _ = try await StoreFixture.couple(foundedBy: StoreFixture.account("Alice"), in: store.storage)
        let file = store.directory.appendingPathComponent("backup.sqlite").path
        try store.storage.backup(to: file)
        #expect(throws: (any Error).self) { try store.storage.backup(to: file) }
        #expect(throws: (any Error).self) { try SQLiteStorage.checkBackup(at: file, masterKey: .generate()) }
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}

/// The newest sequence number the writer has been told is stored.
private final class Acknowledged: @unchecked Sendable {
    private let lock = NSLock()
    private var seq: Int64 = 0
    var value: Int64 { lock.withLock { seq } }
    func set(_ new: Int64) { lock.withLock { seq = new } }
}
