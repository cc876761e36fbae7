import ArgumentParser
import Foundation
import Logging
import TrellisServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start the web app and the JSON API.",
        discussion: """
            Opens (or creates) the data directory, applies any pending migrations, and serves until \
            Ctrl-C or SIGTERM, finishing requests in flight before it stops.
            The master key comes from TRELLIS_MASTER_KEY (base64 of 32 bytes) when set; otherwise from \
            master.key in the data directory, created with mode 0600 on first run. Keep a copy: without \
            it the data cannot be read.
            """)

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @OptionGroup var dataDirectory: DataDirectoryOption

    @OptionGroup var database: DatabaseOption

    @OptionGroup var mail: MailOptions

    @Option(
        name: .customLong("public-url"),
        help: ArgumentHelp(
            "The address people use to reach Trellis, for invite links; https here marks cookies Secure "
                + "(default: http://<host>:<port>).", valueName: "url"))
    var publicURL: String?

    @Option(help: "How much to log: trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    @Option(
        name: .customLong("kept-couples"),
        help: ArgumentHelp(
            "How many couples' folded histories to keep in memory; the least recently used go first.",
            valueName: "count"))
    var keptCouples = 10_000

    @Option(
        name: .customLong("writes-per-minute"),
        help: ArgumentHelp(
            "How many changes one member may make a minute, after a first burst of twice as many; over it "
                + "the answer is 429 with Retry-After.", valueName: "count"))
    var writesPerMinute = WriteLimit().perMinute

    @Option(
        name: .customLong("window-seconds"),
        help: ArgumentHelp(
            "The open time of a new Transparency Window, in seconds. The method's window is ten minutes; "
                + "change it only to try the window out.", valueName: "seconds"))
    var windowSeconds = 600

    @Option(
        name: .customLong("trusted-proxy"),
        help: ArgumentHelp(
            "The address of a load balancer in front (repeat for several): from it, the client is the last "
                + "address in X-Forwarded-For, for the log-in limits and the security log.", valueName: "address"))
    var trustedProxies: [String] = []

    @Option(
        help: ArgumentHelp(
            "Over PostgreSQL with several instances, how a read learns of another instance's writes: 'checked' "
                + "asks the database at every read; 'announced' trusts its announcements (no round trip, but a "
                + "write elsewhere shows a few milliseconds later: balance each client to one instance).",
            valueName: "checked|announced"))
    var freshness = Freshness.checked

    @Option(
        name: .customLong("metrics-token"),
        help: ArgumentHelp(
            "Serve /metrics (Prometheus) to requests carrying 'Authorization: Bearer <token>'; at least 24 "
                + "characters (default: $TRELLIS_METRICS_TOKEN; without one, /metrics is not served).",
            valueName: "token"))
    var metricsToken: String?

    @Flag(
        help: ArgumentHelp(
            "With an https public URL, also ask browsers to preload HTTPS-only for the domain (HSTS preload).",
            discussion: "Every subdomain must then serve https; leaving the preload list takes months."))
    var hstsPreload = false

    func validate() throws {
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError(
                "'\(logLevel)' is not a log level; use trace, debug, info, notice, warning, error or critical.")
        }
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535.") }
        guard keptCouples >= 1 else { throw ValidationError("--kept-couples must be 1 or more.") }
        guard writesPerMinute >= 1 else { throw ValidationError("--writes-per-minute must be 1 or more.") }
        guard (10...3600).contains(windowSeconds) else {
            throw ValidationError("--window-seconds must be between 10 and 3600.")
        }
        if let token = metricsToken ?? ProcessInfo.processInfo.environment["TRELLIS_METRICS_TOKEN"], token.count < 24 {
            throw ValidationError("The metrics token must be at least 24 characters.")
        }
        if let publicURL, URL(string: publicURL)?.host == nil {
            throw ValidationError("--public-url must be a full address such as https://trellis.example.org.")
        }
    }

    func run() async throws {
        let options = TrellisServer.Options(
            host: host, port: port, dataDirectory: dataDirectory.resolved(), publicURL: publicURL,
            logLevel: Logger.Level(rawValue: logLevel) ?? .info, keptCouples: keptCouples,
            hstsPreload: hstsPreload, writeLimit: WriteLimit(burst: 2 * writesPerMinute, perMinute: writesPerMinute),
            windowSeconds: windowSeconds, database: database.url,
            metricsToken: metricsToken ?? ProcessInfo.processInfo.environment["TRELLIS_METRICS_TOKEN"],
            trustedProxies: trustedProxies, freshness: freshness, mail: try mail.settings())
        try await TrellisServer.run(options, environment: ProcessInfo.processInfo.environment)
    }
}

extension Freshness: ExpressibleByArgument {}
