import Foundation
import Testing
import TrellisCore
import TrellisStore

@Suite("Files on disk")
struct FileModeTests {
    static func mode(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) & 0o777
    }

    @Test func theDatabaseAndItsLogAreTheOwnersAlone() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let alice = StoreFixture.account("Alice")
        _ = try await StoreFixture.couple(foundedBy: alice, in: store.storage)
        for suffix in ["", "-wal", "-shm"] {
            let path = store.databasePath + suffix
            try #require(FileManager.default.fileExists(atPath: path), "\(path) should exist after a write")
            #expect(try Self.mode(path) == 0o600, "\(path)")
        }
    }

    @Test func aDatabaseFromBeforeIsTightenedWhenOpened() throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: store.databasePath)
        _ = try store.reopen()
        #expect(try Self.mode(store.databasePath) == 0o600)
    }
}
