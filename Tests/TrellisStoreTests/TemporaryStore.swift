import Foundation
import TrellisCore
import TrellisSQLite
import TrellisStore

/// A real SQLite database in a fresh temporary folder, removed when the test is done.
struct TemporaryStore {
    let directory: URL
    let masterKey: MasterKey
    let storage: SQLiteStorage

    var databasePath: String { directory.appendingPathComponent(SQLiteStorage.fileName).path }

    init(masterKey: MasterKey = .generate()) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-store-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        self.masterKey = masterKey
        storage = try SQLiteStorage(
            path: directory.appendingPathComponent(SQLiteStorage.fileName).path, masterKey: masterKey,
            scryptCost: StoreFixture.scryptCost)
        try storage.migrate()
    }

    /// A copy of an existing database file (a fixture), opened with its key and migrated.
    init(copying database: URL, masterKey: MasterKey) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-store-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: database, to: directory.appendingPathComponent(SQLiteStorage.fileName))
        self.masterKey = masterKey
        storage = try SQLiteStorage(
            path: directory.appendingPathComponent(SQLiteStorage.fileName).path, masterKey: masterKey,
            scryptCost: StoreFixture.scryptCost)
        try storage.migrate()
    }

    /// A second, independent connection pool on the same file: what a second server process would have.
    func reopen(with key: MasterKey? = nil) throws -> SQLiteStorage {
        let other = try SQLiteStorage(
            path: databasePath, masterKey: key ?? masterKey, scryptCost: StoreFixture.scryptCost)
        try other.migrate()
        return other
    }

    /// Every byte SQLite has written: the database file and its write-ahead log.
    func allBytes() throws -> Data {
        try ["", "-wal"].reduce(into: Data()) { bytes, suffix in
            let path = databasePath + suffix
            if FileManager.default.fileExists(atPath: path) {
                bytes += try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

enum StoreFixture {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    /// scrypt as in production, with fewer rounds so the suite stays quick.
    static let scryptCost = ScryptCost(logRounds: 10, blockSize: 8, parallelism: 1)

    static func account(_ name: String, email: String? = nil) -> Account {
        Account(
            id: MemberID(), email: email ?? "\(name.lowercased())@example.org", name: name,
            passwordHash: "not-a-real-hash", coupleID: nil)
    }

    /// Creates the account with a first session, as sign-up does; returns the session's token hash.
    @discardableResult
    static func register(_ account: Account, in storage: any TrellisStorage) async throws -> [UInt8] {
        let tokenHash = (0..<32).map { _ in UInt8.random(in: 0...255) }
        let record = SessionRecord.opening(
            for: account.id, at: now, expiresAt: now.addingTimeInterval(3600), client: "Test")
        try await storage.createAccount(account, session: (tokenHash, record))
        return tokenHash
    }

    /// Creates the account and a couple it founded; returns the couple's id.
    static func couple(foundedBy account: Account, in storage: any TrellisStorage) async throws -> CoupleID {
        try await register(account, in: storage)
        let couple = CoupleID()
        let events = try CoupleState().decide(.start(founderName: account.name), by: account.id, at: now)
        _ = try await storage.append(
            AppendBatch(couple: couple, expectedSeq: 0, events: events, effects: [.createCouple, .assign(account.id)]))
        return couple
    }

    static func addArea(_ name: String, by author: MemberID) -> [PendingEvent] {
        [PendingEvent(at: now, author: author, visibility: .shared, payload: .areaAdded(id: AreaID(), name: name))]
    }
}
