import Foundation
import Synchronization
import Testing

@testable import TrellisPostgres
@testable import TrellisStore

/// The backends every store contract test runs on: SQLite always, and PostgreSQL when
/// `TRELLIS_TEST_POSTGRES_URL` names a database to make throwaway schemas in (CI starts one and
/// sets it; `StoreBackendTests` fails in CI without it, so the suite cannot quietly run on one).
enum StoreBackend: Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres(url: String)

    static let postgresVariable = "TRELLIS_TEST_POSTGRES_URL"

    static var all: [StoreBackend] {
        [.sqlite] + (ProcessInfo.processInfo.environment[postgresVariable].map { [.postgres(url: $0)] } ?? [])
    }

    var testDescription: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }

    /// A new, empty, migrated store of this kind.
    func open(masterKey: MasterKey = .generate()) async throws -> BackendStore {
        switch self {
        case .sqlite:
            let store = try TemporaryStore(masterKey: masterKey)
            return BackendStore(storage: store.storage, masterKey: masterKey) {
                try store.reopen()
            } remove: {
                store.remove()
            }
        case .postgres(let url):
            let schemaURL =
                url + (url.contains("?") ? "&" : "?") + "search_path=t_"
                + UUID().uuidString
                .replacingOccurrences(of: "-", with: "").lowercased()
            let pools = Pools()
            let storage = pools.running(
                try PostgresStorage(url: schemaURL, masterKey: masterKey, scryptCost: StoreFixture.scryptCost))
            try await storage.migrate()
            return BackendStore(storage: storage, masterKey: masterKey) {
                pools.running(
                    try PostgresStorage(url: schemaURL, masterKey: masterKey, scryptCost: StoreFixture.scryptCost))
            } remove: {
                let schema = storage.schema ?? ""
                Task {
                    try? await storage.write { db in try await db.run("DROP SCHEMA \(unescaped: schema) CASCADE") }
                    pools.stop()
                }
            }
        }
    }
}

/// The connection pools of one test's stores: each runs in a task of the test's own until the
/// store is removed, as a server's runs beside it.
final class Pools: Sendable {
    private let tasks = Mutex<[Task<Void, Never>]>([])

    func running(_ storage: PostgresStorage) -> PostgresStorage {
        tasks.withLock { $0.append(Task { await storage.run() }) }
        return storage
    }

    func stop() {
        for task in tasks.withLock({ $0 }) { task.cancel() }
    }
}

/// One test's store on one backend, and a second, independent connection to the same data: what
/// another server process (another instance) would have.
struct BackendStore: Sendable {
    let storage: any TrellisStorage
    let masterKey: MasterKey
    let reopen: @Sendable () throws -> any TrellisStorage
    let remove: @Sendable () -> Void
}

@Suite("Store backends")
struct StoreBackendTests {
    @Test func ciRunsTheContractOnPostgreSQLToo() {
        guard ProcessInfo.processInfo.environment["CI"] == "true" else { return }
        #expect(StoreBackend.all.count == 2, "CI must set \(StoreBackend.postgresVariable)")
    }
}
