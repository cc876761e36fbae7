import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Prometheus
import TrellisSQLite
import TrellisServer
import TrellisStore

/// The whole server over a real SQLite file in a temporary folder, with a clock the test moves.
/// Unchecked: the router is built once in init and only read afterwards.
struct TestServer: @unchecked Sendable {
    let directory: URL
    let storage: SQLiteStorage
    let clock = ManualWallClock()
    let trellis: TrellisRouter

    static let publicURL = "http://trellis.test"

    init(
        publicURL: String = Self.publicURL, securityLogger: Logger = Logger(label: "test.security"),
        writeLimit: WriteLimit = WriteLimit(), metrics: (registry: PrometheusCollectorRegistry, token: String)? = nil,
        trustedProxies: Set<String> = [], mail: MailSettings? = nil
    ) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-server-\(UUID())")
        // scrypt as in production, with fewer rounds, as the password hasher's lower cost below.
        let scrypt = ScryptCost(logRounds: 10, blockSize: 8, parallelism: 1)
        storage = try DataDirectory.open(StorageSettings(dataDirectory: directory), scryptCost: scrypt)
        try storage.migrate()
        // bcrypt's lowest cost keeps the suite quick; the algorithm and code path are the production ones.
        var settings = ServerSettings(
            publicURL: publicURL, passwordHasher: PasswordHasher(cost: 4), writeLimit: writeLimit)
        settings.trustedProxies = trustedProxies
        settings.mail = mail
        trellis = TrellisRouter(
            storage: storage, settings: settings, clock: clock, securityLogger: securityLogger, metrics: metrics)
    }

    /// The operator's command-line tools, as `trellis` runs them: another process's storage on the
    /// same data directory, which marks what it writes for the serving one.
    func operatorTools() throws -> OperatorTools {
        let scrypt = ScryptCost(logRounds: 10, blockSize: 8, parallelism: 1)
        return OperatorTools(
            storage: try DataDirectory.open(StorageSettings(dataDirectory: directory), scryptCost: scrypt), clock: clock
        )
    }

    /// Runs `test` against the router (or, with `.live`, a real server on a loopback port), then
    /// removes the data folder.
    func run(
        _ mode: TestingSetup = .router, _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        // The mail sender is run by hand here, so a test says when mail goes.
        try await trellis.application(withServices: false).test(mode) { client in try await test(client) }
    }

    /// The database file and its write-ahead log, as bytes on disk.
    func databaseBytes() throws -> Data {
        let path = directory.appendingPathComponent(SQLiteStorage.fileName).path
        return try ["", "-wal"].reduce(into: Data()) { bytes, suffix in
            if FileManager.default.fileExists(atPath: path + suffix) {
                bytes += try Data(contentsOf: URL(fileURLWithPath: path + suffix))
            }
        }
    }
}
