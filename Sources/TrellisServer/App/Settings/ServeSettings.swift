import Configuration
import Foundation
import Logging
import TrellisCore
import TrellisLanguage
import TrellisMail

/// Every setting of `serve`, read once from `SettingsSources` and checked: a value out of range or
/// in the wrong form is refused by name before anything opens. Each setting is read here, with
/// its default, and lives in one place after (`storage`, `server`, or the listener's own).
public struct ServeSettings: Sendable {
    public var host: String
    public var port: Int
    public var logLevel: Logger.Level
    public var storage: StorageSettings
    public var server: ServerSettings
    /// With a token, `/metrics` answers its bearer (Prometheus's text format).
    public var metricsToken: String?

    public init(reading sources: SettingsSources) throws {
        let config = sources.reader
        host = config.string(forKey: "host", default: "127.0.0.1")
        port = config.int(forKey: "port", default: 8080)
        let level = config.string(forKey: "log-level", default: "info")
        let keptCouples = config.int(forKey: "kept-couples", default: 10_000)
        let perMinute = config.int(forKey: "writes-per-minute", default: WriteLimit().perMinute)
        let windowSeconds = config.int(forKey: "window-seconds", default: TransparencyWindow.defaultOpenSeconds)
        let publicURL = config.string(forKey: "public-url")
        let freshness = config.string(forKey: "freshness", default: Freshness.checked.rawValue)
        metricsToken = config.string(forKey: "metrics-token", isSecret: true)
        storage = StorageSettings(reading: config)
        let mail = try Self.mail(config)
        let hstsPreload = config.bool(forKey: "hsts-preload", default: false)
        let trustedProxies = config.stringArray(forKey: "trusted-proxy", default: [])
        let language = config.string(forKey: "language", default: Language.english.rawValue)
        try sources.checkNothingRefused()

        guard let logLevel = Logger.Level(rawValue: level) else {
            throw SettingsError(
                "'\(level)' is not a log level; use trace, debug, info, notice, warning, error or critical.")
        }
        self.logLevel = logLevel
        guard (1...65535).contains(port) else { throw SettingsError("The port must be between 1 and 65535.") }
        guard keptCouples >= 1 else { throw SettingsError("kept-couples must be 1 or more.") }
        guard perMinute >= 1 else { throw SettingsError("writes-per-minute must be 1 or more.") }
        guard (10...3600).contains(windowSeconds) else {
            throw SettingsError("window-seconds must be between 10 and 3600.")
        }
        guard let freshness = Freshness(rawValue: freshness) else {
            throw SettingsError("freshness must be checked or announced.")
        }
        if let metricsToken, metricsToken.count < 24 {
            throw SettingsError("The metrics token must be at least 24 characters.")
        }
        if let publicURL, URL(string: publicURL)?.host == nil {
            throw SettingsError("public-url must be a full address such as https://trellis.example.org.")
        }
        server = ServerSettings(
            publicURL: publicURL ?? "http://\(host):\(port)", keptCouples: keptCouples,
            writeLimit: WriteLimit(burst: 2 * perMinute, perMinute: perMinute), hstsPreload: hstsPreload,
            windowSeconds: windowSeconds)
        server.trustedProxies = Set(trustedProxies)
        server.freshness = freshness
        server.mail = mail
        guard let language = Language(rawValue: language) else {
            throw SettingsError("language must be en, de or es.")
        }
        server.language = language
    }

    /// Mail out, when an SMTP server is given; nil sends none.
    private static func mail(_ config: ConfigReader) throws -> MailSettings? {
        let from = config.string(forKey: "mail-from")
        let trustFile = config.string(forKey: "smtp-trust-file")
        guard let url = config.string(forKey: "smtp-url", isSecret: true) else {
            guard from == nil, trustFile == nil else {
                throw SettingsError("mail-from and smtp-trust-file need smtp-url.")
            }
            return nil
        }
        var smtp: SMTPConfiguration
        do {
            smtp = try SMTPConfiguration(url: url)
        } catch let error as SMTPError {
            throw SettingsError(error.message)
        }
        guard let from, from.contains("@"), !from.contains(where: \.isWhitespace) else {
            throw SettingsError("smtp-url needs mail-from, an address such as trellis@example.org.")
        }
        if let trustFile, !FileManager.default.isReadableFile(atPath: trustFile) {
            throw SettingsError("smtp-trust-file \(trustFile) cannot be read.")
        }
        smtp.trustFile = trustFile
        return MailSettings(smtp: smtp, from: MailAddress(from, name: "Trellis"))
    }
}
