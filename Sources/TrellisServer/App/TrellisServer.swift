import Foundation
import Hummingbird
import Logging
import Prometheus
import TrellisCore
import TrellisSQLite
import TrellisStore

/// Opens the data directory (key, database, migrations) and runs the HTTP server until SIGINT/SIGTERM.
public enum TrellisServer {
    public static func run(_ options: ServeSettings) async throws {
        var logger = Logger(label: "trellis")
        logger.logLevel = options.logLevel
        let applied: (String) -> Void = { [logger] in logger.info("applied migration", metadata: ["name": "\($0)"]) }
        try await DataDirectory.withStorage(options.storage, applied: applied) { storage in
            let metrics = options.metricsToken.map { token in
                let registry = PrometheusCollectorRegistry()
                TrellisMetrics.bootstrap(registry)
                return (registry: registry, token: token)
            }
            let app = TrellisRouter(storage: storage, settings: options.server, metrics: metrics).application(
                configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
                onServerRunning: { channel in
                    let port = channel.localAddress?.port ?? options.port
                    // One write, so a supervisor reading the pipe sees the address at once.
                    let banner = """
                        Trellis is running at http://\(options.host):\(port)
                        Data: \(storage is SQLiteStorage ? options.storage.dataDirectory.path : "PostgreSQL")
                        Press Ctrl-C to stop.

                        """
                    FileHandle.standardOutput.write(Data(banner.utf8))
                },
                logger: logger)
            // The services stop in order after the server has drained its requests; a shared
            // database's connection pool closes after them, as `withStorage` returns.
            try await app.runService()
            // Stopped in order: everything in the write-ahead log goes home to the main file, so the
            // file alone is the whole database (a copy taken now needs nothing beside it).
            if let sqlite = storage as? SQLiteStorage { try sqlite.close() }
        }
    }
}
