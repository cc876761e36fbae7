import Foundation
import Logging
import PostgresNIO
import ServiceLifecycle
import TrellisCore
import TrellisStore

/// The backend for several instances: one PostgreSQL database behind the same interfaces as
/// SQLite, sealing every body before it leaves the process, exactly as SQLite does (the same
/// keys and contexts, so data copies between the two unchanged). Connections are pooled by
/// postgres-nio's `PostgresClient`, which works while `run()` runs: around the server or a command
/// with `whileRunning(_:)` (a test may run it in a task of its own).
public final class PostgresStorage: Service {
    let client: PostgresClient
    package let keys: KeyRing
    /// How slow a password makes its wrap of a member's private key (tests lower it).
    let scryptCost: ScryptCost
    /// The schema the tables live in, when the address names one (`search_path`).
    let schema: String?
    /// Signed-in sessions, kept while announcements say when they change (see `KeptSessions`).
    package let keptSessions = KeptSessions()
    let coupleKeys = OpenCoupleKeys()
    static let logger = Logger(label: "trellis.postgres")

    /// Connects to `url` (`postgres://user:password@host:port/database`; add
    /// `?search_path=NAME` to keep Trellis's tables in a schema of their own). Call `migrate()`
    /// before use.
    public init(url: String, masterKey: MasterKey, scryptCost: ScryptCost = .standard) throws {
        let (configuration, schema) = try Self.configuration(url)
        client = PostgresClient(configuration: configuration, backgroundLogger: Self.logger)
        self.schema = schema
        keys = KeyRing(master: masterKey)
        self.scryptCost = scryptCost
    }

    /// Runs the connection pool until the task is cancelled (or, in a service group, shut down).
    public func run() async {
        await cancelWhenGracefulShutdown { [client] in await client.run() }
    }

    /// Runs `body` with the pool running, then stops the pool: for a command or a test that uses
    /// the storage without a server.
    public func whileRunning<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: Void.self, returning: T.self) { group in
            // The body starts once the pool's task has (and has had a turn), so its first lease
            // rarely comes before `run()`: that works, but postgres-nio warns of it.
            let (started, begin) = AsyncStream<Void>.makeStream()
            group.addTask {
                begin.finish()
                await self.run()
            }
            for await _ in started {}
            await Task.yield()
            defer { group.cancelAll() }
            return try await body()
        }
    }

    static func configuration(_ url: String) throws -> (PostgresClient.Configuration, schema: String?) {
        guard let parts = URLComponents(string: url), ["postgres", "postgresql"].contains(parts.scheme),
            let host = parts.host, let user = parts.user, !parts.path.dropFirst().isEmpty
        else { throw StoreError.badDatabaseURL }
        var configuration = PostgresClient.Configuration(
            host: host, port: parts.port ?? 5432, username: user, password: parts.password,
            database: String(parts.path.dropFirst()), tls: .disable)
        let schema = parts.queryItems?.first { $0.name == "search_path" }?.value
        if let schema {
            // Only a plain name: it is written into SQL as an identifier.
            guard schema.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }), !schema.isEmpty
            else { throw StoreError.badDatabaseURL }
            configuration.options.additionalStartupParameters = [("search_path", schema)]
        }
        return (configuration, schema)
    }

    /// One connection for a few reads.
    package func read<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await client.withConnection { connection in try await body(connection) }
    }

    /// One transaction: committed when `body` returns, rolled back when it throws (its own error
    /// comes out, not the driver's wrapper). A unique or exclusion violation means another
    /// instance took the place first, as SQLite's constraint errors do. Once committed, this
    /// process's kept sessions are let go, unless the caller knows it touched none of what a
    /// session is read from (the frequent writes say so; any other costs a session read, never a
    /// stale one).
    package func write<T: Sendable>(
        sessionsUnchanged: Bool = false, _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await client.withConnection { connection in
            try await connection.run("BEGIN")
            do {
                let value = try await body(connection)
                try await connection.run("COMMIT")
                if !sessionsUnchanged { keptSessions.changed() }
                return value
            } catch {
                try? await connection.run("ROLLBACK")
                throw error
            }
        }
    }
}

extension PostgresConnection {
    func rows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        try await self.query(query, logger: PostgresStorage.logger).collect()
    }

    package func run(_ query: PostgresQuery) async throws {
        _ = try await self.query(query, logger: PostgresStorage.logger).collect()
    }

    /// Runs each deletion in PostgreSQL's dialect ($1, $2, ...).
    func forget(_ deletions: [Forgetting.Deletion]) async throws {
        for deletion in deletions {
            var binds = PostgresBindings()
            for value in deletion.values { binds.append(value) }
            try await run(PostgresQuery(unsafeSQL: deletion.sql { "$\($0)" }, binds: binds))
        }
    }

    /// The first column of the first row; nil when there is no row or the value is NULL.
    package func value<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type) async throws -> T?
    where T._DecodableType == T {
        guard let row = try await rows(query).first else { return nil }
        return try row.decode(T?.self)
    }
}

extension PSQLError {
    /// Another writer took the same key first (PostgreSQL's unique_violation).
    var isUniqueViolation: Bool { serverInfo?[.sqlState] == "23505" }
    var isForeignKeyViolation: Bool { serverInfo?[.sqlState] == "23503" }
}
