import Foundation
import Hummingbird
import Logging
import Prometheus
import TrellisCore
import TrellisStore

/// Opens the data directory (key, database, migrations) and runs the HTTP server until SIGINT/SIGTERM.
public enum TrellisServer {
    public struct Options: Sendable {
        public var host: String
        public var port: Int
        public var dataDirectory: URL
        public var publicURL: String?
        public var logLevel: Logger.Level
        public var keptCouples: Int
        public var hstsPreload: Bool
        public var writeLimit: WriteLimit
        public var windowSeconds: Int
        /// A PostgreSQL address; nil serves the SQLite file in the data directory.
        public var database: String?
        /// With a token, `/metrics` answers its bearer (Prometheus's text format).
        public var metricsToken: String?
        /// Load balancers whose `X-Forwarded-For` names the client.
        public var trustedProxies: [String]
        public var freshness: Freshness
        /// Mail out through an SMTP server; nil sends none.
        public var mail: MailSettings?

        public init(
            host: String, port: Int, dataDirectory: URL, publicURL: String?, logLevel: Logger.Level, keptCouples: Int,
            hstsPreload: Bool = false, writeLimit: WriteLimit = WriteLimit(),
            windowSeconds: Int = TransparencyWindow.defaultOpenSeconds, database: String? = nil,
            metricsToken: String? = nil, trustedProxies: [String] = [], freshness: Freshness = .checked,
            mail: MailSettings? = nil
        ) {
            self.mail = mail
            self.freshness = freshness
            self.trustedProxies = trustedProxies
            self.database = database
            self.metricsToken = metricsToken
            self.host = host
            self.port = port
            self.dataDirectory = dataDirectory
            self.publicURL = publicURL
            self.logLevel = logLevel
            self.keptCouples = keptCouples
            self.hstsPreload = hstsPreload
            self.writeLimit = writeLimit
            self.windowSeconds = windowSeconds
        }
    }

    public static func run(_ options: Options, environment: [String: String]) async throws {
        var logger = Logger(label: "trellis")
        logger.logLevel = options.logLevel
        let applied: (String) -> Void = { [logger] in logger.info("applied migration", metadata: ["name": "\($0)"]) }
        try await DataDirectory.withStorage(
            options.dataDirectory, database: options.database, environment: environment, applied: applied
        ) { storage in
            var settings = ServerSettings(
                publicURL: options.publicURL ?? "http://\(options.host):\(options.port)",
                keptCouples: options.keptCouples,
                writeLimit: options.writeLimit, hstsPreload: options.hstsPreload, windowSeconds: options.windowSeconds)
            settings.trustedProxies = Set(options.trustedProxies)
            settings.freshness = options.freshness
            settings.mail = options.mail
            let metrics = options.metricsToken.map { token in
                let registry = PrometheusCollectorRegistry()
                TrellisMetrics.bootstrap(registry)
                return (registry: registry, token: token)
            }
            let app = TrellisRouter(storage: storage, settings: settings, metrics: metrics).application(
                configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
                onServerRunning: { channel in
                    let port = channel.localAddress?.port ?? options.port
                    // One write, so a supervisor reading the pipe sees the address at once.
                    let banner = """
                        Trellis is running at http://\(options.host):\(port)
                        Data: \(storage is SQLiteStorage ? options.dataDirectory.path : "PostgreSQL")
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
