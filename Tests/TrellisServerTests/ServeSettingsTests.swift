import Configuration
import Foundation
import Testing
import TrellisLanguage
import TrellisServer

/// Every setting of `serve` read once: the flag first, then the environment, then the file, then
/// the default; a value given in the wrong form refused by name, never quietly replaced.
@Suite("Serve settings")
struct ServeSettingsTests {
    func settings(
        flags: [String: ConfigContent] = [:], environment: [String: String] = [:], file: String? = nil
    ) async throws -> ServeSettings {
        try ServeSettings(reading: try await SettingsSources(flags: flags, environment: environment, file: file))
    }

    func file(_ json: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("settings-\(UUID()).json").path
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func withNothingGivenEachSettingHasItsDefault() async throws {
        let settings = try await settings()
        #expect(settings.host == "127.0.0.1" && settings.port == 8080 && settings.logLevel == .info)
        #expect(settings.server.publicURL == "http://127.0.0.1:8080")
        #expect(settings.server.keptCouples == 10_000 && settings.server.writeLimit.perMinute == 60)
        #expect(settings.server.writeLimit.burst == 120 && settings.server.windowSeconds == 600)
        #expect(settings.server.freshness == .checked && settings.server.mail == nil)
        #expect(settings.storage.dataDirectory.lastPathComponent == "trellis-data")
        #expect(settings.storage.database == nil && settings.storage.masterKey == nil && settings.metricsToken == nil)
        #expect(settings.server.language == .english)
    }

    @Test func theServersLanguageIsOneWeSpeakOrThePseudoLanguageForTests() async throws {
        #expect(try await settings(environment: ["TRELLIS_LANGUAGE": "de"]).server.language == .german)
        #expect(try await settings(flags: ["language": .string("qps")]).server.language == .pseudo)
    }

    @Test func aFlagWinsOverTheEnvironmentWhichWinsOverTheFile() async throws {
        let file = try file(#"{"port": 9000, "kept-couples": 500, "host": "0.0.0.0", "trusted-proxy": ["10.0.0.9"]}"#)
        let settings = try await settings(
            flags: ["port": .int(9100)], environment: ["TRELLIS_PORT": "9200", "TRELLIS_KEPT_COUPLES": "700"],
            file: file)
        #expect(settings.port == 9100)
        #expect(settings.server.keptCouples == 700)
        #expect(settings.host == "0.0.0.0")
        #expect(settings.server.trustedProxies == ["10.0.0.9"])
    }

    @Test func everySettingOfServeComesFromTheEnvironmentToo() async throws {
        let settings = try await settings(environment: [
            "TRELLIS_HOST": "0.0.0.0", "TRELLIS_PORT": "8181", "TRELLIS_LOG_LEVEL": "debug",
            "TRELLIS_PUBLIC_URL": "https://trellis.example.org", "TRELLIS_KEPT_COUPLES": "5",
            "TRELLIS_WRITES_PER_MINUTE": "7", "TRELLIS_WINDOW_SECONDS": "30", "TRELLIS_FRESHNESS": "announced",
            "TRELLIS_TRUSTED_PROXY": "10.0.0.1,10.0.0.2", "TRELLIS_HSTS_PRELOAD": "true",
            "TRELLIS_METRICS_TOKEN": String(repeating: "t", count: 24), "TRELLIS_DATA_DIR": "/tmp/elsewhere",
            "TRELLIS_DATABASE_URL": "postgres://u:p@db/trellis", "TRELLIS_MASTER_KEY": "a-key",
            "TRELLIS_SMTP_URL": "smtp://u:p@mail.example.org:587", "TRELLIS_MAIL_FROM": "trellis@example.org",
        ])
        #expect(settings.host == "0.0.0.0" && settings.port == 8181 && settings.logLevel == .debug)
        #expect(settings.server.publicURL == "https://trellis.example.org" && settings.server.hstsPreload)
        #expect(settings.server.keptCouples == 5 && settings.server.writeLimit.perMinute == 7)
        #expect(settings.server.windowSeconds == 30 && settings.server.freshness == .announced)
        #expect(settings.server.trustedProxies == ["10.0.0.1", "10.0.0.2"])
        #expect(settings.metricsToken?.count == 24 && settings.storage.masterKey == "a-key")
        #expect(settings.storage.dataDirectory.path == "/tmp/elsewhere")
        #expect(settings.storage.database == "postgres://u:p@db/trellis")
        #expect(settings.server.mail?.from.address == "trellis@example.org")
        #expect(settings.server.mail?.smtp.host == "mail.example.org")
    }

    @Test(arguments: [
        (["TRELLIS_PORT": "eighty"], "The setting port (TRELLIS_PORT) must be a whole number."),
        (["TRELLIS_PORT": "70000"], "The port must be between 1 and 65535."),
        (["TRELLIS_WINDOW_SECONDS": "5"], "window-seconds must be between 10 and 3600."),
        (["TRELLIS_FRESHNESS": "sometimes"], "freshness must be checked or announced."),
        (
            ["TRELLIS_LOG_LEVEL": "loud"],
            "'loud' is not a log level; use trace, debug, info, notice, warning, error or critical."
        ),
        (["TRELLIS_METRICS_TOKEN": "short"], "The metrics token must be at least 24 characters."),
        (["TRELLIS_MAIL_FROM": "a@b.c"], "mail-from and smtp-trust-file need smtp-url."),
        (
            ["TRELLIS_SMTP_URL": "smtp://mail.example.org"],
            "smtp-url needs mail-from, an address such as trellis@example.org."
        ),
        (["TRELLIS_PUBLIC_URL": "trellis"], "public-url must be a full address such as https://trellis.example.org."),
        (["TRELLIS_LANGUAGE": "fr"], "language must be en, de or es."),
    ])
    func aBadValueIsRefusedByName(environment: [String: String], message: String) async throws {
        await #expect(throws: SettingsError(message)) { try await settings(environment: environment) }
    }

    @Test(arguments: [
        ["TRELLIS_METRICS_TOKEN": "hunter2-secret"], ["TRELLIS_SMTP_URL": "ftp://user:hunter2@mail.example.org"],
        ["TRELLIS_SMTP_URL": "smtp://user:hunter2@mail.example.org", "TRELLIS_MAIL_FROM": "not an address"],
    ])
    func aSecretIsNeverInTheRefusal(environment: [String: String]) async throws {
        let error = await #expect(throws: SettingsError.self) { try await settings(environment: environment) }
        #expect(error?.description.contains("hunter2") == false)
    }

    @Test func aLinkedContainersAddressIsNotAPort() async throws {
        // What Kubernetes sets in every pod beside a service named "trellis".
        let settings = try await settings(environment: ["TRELLIS_PORT": "tcp://10.0.0.7:8080"])
        #expect(settings.port == 8080)
    }

    @Test func aFileThatIsMissingOrNotJSONIsRefused() async throws {
        await #expect(throws: SettingsError("--config /nowhere/settings.json cannot be read.")) {
            try await settings(file: "/nowhere/settings.json")
        }
        let broken = try file("port = 80")
        await #expect(throws: SettingsError("--config \(broken) is not a JSON object of settings.")) {
            try await settings(file: broken)
        }
        let wrong = try file(#"{"kept-couples": "many"}"#)
        await #expect(throws: SettingsError("The setting kept-couples (in the --config file) must be a whole number."))
        {
            try await settings(file: wrong)
        }
    }
}
