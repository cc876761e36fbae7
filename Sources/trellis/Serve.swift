import ArgumentParser
import Configuration
import Foundation
import TrellisServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start the web app and the JSON API.",
        discussion: """
            Opens (or creates) the data directory, applies any pending migrations, and serves until \
            Ctrl-C or SIGTERM, finishing requests in flight before it stops.
            Every setting below can also come from the environment (TRELLIS_ and its name in \
            capitals, - as _: --kept-couples is TRELLIS_KEPT_COUPLES; --database is \
            TRELLIS_DATABASE_URL) or from a JSON file given with --config ({"kept-couples": 500}); a \
            flag wins over the environment, which wins over the file.
            The master key comes from TRELLIS_MASTER_KEY (base64 of 32 bytes, or "master-key" in the \
            file) when set; otherwise from master.key in the data directory, created with mode 0600 on \
            first run. Keep a copy: without it the data cannot be read.
            """)

    @Option(help: ArgumentHelp("A JSON file of settings, read after the flags and the environment.", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("The address to listen on (default: 127.0.0.1).", valueName: "address"))
    var host: String?

    @Option(help: ArgumentHelp("The port to listen on (default: 8080).", valueName: "port"))
    var port: Int?

    @OptionGroup var dataDirectory: DataDirectoryOption

    @OptionGroup var database: DatabaseOption

    @OptionGroup var mail: MailOptions

    @Option(
        name: .customLong("public-url"),
        help: ArgumentHelp(
            "The address people use to reach Trellis, for invite links; https here marks cookies Secure "
                + "(default: http://<host>:<port>).", valueName: "url"))
    var publicURL: String?

    @Option(
        help: ArgumentHelp(
            "How much to log: trace, debug, info, notice, warning, error or critical (default: info).",
            valueName: "level"))
    var logLevel: String?

    @Option(
        name: .customLong("kept-couples"),
        help: ArgumentHelp(
            "How many couples' folded histories to keep in memory; the least recently used go first "
                + "(default: 10000).", valueName: "count"))
    var keptCouples: Int?

    @Option(
        name: .customLong("writes-per-minute"),
        help: ArgumentHelp(
            "How many changes one session may make a minute, after a first burst of twice as many; over it "
                + "the answer is 429 with Retry-After (default: 60).", valueName: "count"))
    var writesPerMinute: Int?

    @Option(
        name: .customLong("window-seconds"),
        help: ArgumentHelp(
            "The open time of a new Transparency Window, in seconds. The method's window is ten minutes "
                + "(the default); change it only to try the window out.", valueName: "seconds"))
    var windowSeconds: Int?

    @Option(
        name: .customLong("trusted-proxy"),
        help: ArgumentHelp(
            "The address of a load balancer in front (repeat for several; in the environment, separated by "
                + "commas): from it, the client is the last address in X-Forwarded-For.", valueName: "address"))
    var trustedProxies: [String] = []

    @Option(
        help: ArgumentHelp(
            "Over PostgreSQL with several instances, how a read learns of another instance's writes: 'checked' "
                + "(the default) asks the database at every read; 'announced' trusts its announcements (no round "
                + "trip, but a write elsewhere shows a few milliseconds later: balance each client to one instance).",
            valueName: "checked|announced"))
    var freshness: String?

    @Option(
        name: .customLong("metrics-token"),
        help: ArgumentHelp(
            "Serve /metrics (Prometheus) to requests carrying 'Authorization: Bearer <token>'; at least 24 "
                + "characters (without one, /metrics is not served).", valueName: "token"))
    var metricsToken: String?

    @Option(
        help: ArgumentHelp(
            "The language for visitors whose browser asks for none Trellis speaks, and for accounts made "
                + "without saying: en, de or es (default: en). Each member then reads in their own, set in their "
                + "settings. (qps, a pseudo-language of wrapped and lengthened English, is for tests.)",
            valueName: "code"))
    var language: String?

    @Flag(
        help: ArgumentHelp(
            "With an https public URL, also ask browsers to preload HTTPS-only for the domain (HSTS preload).",
            discussion: "Every subdomain must then serve https; leaving the preload list takes months."))
    var hstsPreload = false

    /// The flags given, by the key the settings are read under.
    private var flags: [String: ConfigContent] {
        var flags: [String: ConfigContent] = dataDirectory.flags.merging(database.flags) { $1 }.merging(mail.flags) {
            $1
        }
        let texts: [String: String?] = [
            "host": host, "public-url": publicURL, "log-level": logLevel, "freshness": freshness,
            "metrics-token": metricsToken, "language": language,
        ]
        for case (let key, let value?) in texts { flags[key] = .string(value) }
        let numbers: [String: Int?] = [
            "port": port, "kept-couples": keptCouples, "writes-per-minute": writesPerMinute,
            "window-seconds": windowSeconds,
        ]
        for case (let key, let value?) in numbers { flags[key] = .int(value) }
        if !trustedProxies.isEmpty { flags["trusted-proxy"] = .stringArray(trustedProxies) }
        if hstsPreload { flags["hsts-preload"] = .bool(true) }
        return flags
    }

    func run() async throws {
        let settings: ServeSettings
        do {
            let sources = try await SettingsSources(
                flags: flags, environment: ProcessInfo.processInfo.environment, file: config)
            settings = try ServeSettings(reading: sources)
        } catch let error as SettingsError {
            throw ValidationError(error.description)
        }
        try await TrellisServer.run(settings)
    }
}
