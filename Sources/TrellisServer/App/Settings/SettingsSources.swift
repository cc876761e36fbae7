import Configuration
import Foundation

/// Where every setting comes from, first found wins: the command-line flag, then the environment
/// (`TRELLIS_` and the key in capitals, `-` as `_`: `kept-couples` is `TRELLIS_KEPT_COUPLES`),
/// then the JSON file named by `--config` (the key as written: `{"kept-couples": 500}`), then the
/// default written where the setting is read (`ServeSettings`, `StorageSettings`). Secrets (the
/// master key, the metrics token, the database's and the SMTP server's addresses, which may hold
/// passwords) are read as secrets, so no report of the configuration ever shows them.
public struct SettingsSources: Sendable {
    public static let secrets: Set<String> = ["master-key", "metrics-token", "database-url", "smtp-url"]

    public let reader: ConfigReader
    private let refused: RefusedSettings

    /// `flags`: the command-line flags given, by key; `file`: a JSON file of settings, if any.
    public init(flags: [String: ConfigContent], environment: [String: String], file: String?) async throws {
        var providers: [any ConfigProvider] = [Self.flags(flags), Self.environment(environment)]
        if let file {
            guard FileManager.default.isReadableFile(atPath: file) else {
                throw SettingsError("--config \(file) cannot be read.")
            }
            do {
                // Named through a reader of its own, as the provider takes its path that way too.
                let path = ConfigReader(
                    provider: InMemoryProvider(values: ["filePath": .init(.string(file), isSecret: false)]))
                providers.append(try await FileProvider<JSONSnapshot>(config: path))
            } catch {
                throw SettingsError("--config \(file) is not a JSON object of settings.")
            }
        }
        refused = RefusedSettings()
        reader = ConfigReader(providers: providers, accessReporter: refused)
    }

    /// The same without a file, for commands that take none.
    public init(flags: [String: ConfigContent], environment: [String: String]) {
        refused = RefusedSettings()
        reader = ConfigReader(providers: [Self.flags(flags), Self.environment(environment)], accessReporter: refused)
    }

    /// Throws the first setting that was given but could not be read as what it must be (a port
    /// that is not a number, say); without this a bad value would quietly become the default.
    public func checkNothingRefused() throws {
        if let first = refused.first { throw first }
    }

    private static func flags(_ flags: [String: ConfigContent]) -> InMemoryProvider {
        InMemoryProvider(
            name: "command line",
            values: Dictionary(
                uniqueKeysWithValues: flags.map { key, content in
                    (AbsoluteConfigKey([key]), ConfigValue(content, isSecret: secrets.contains(key)))
                }))
    }

    private static func environment(_ environment: [String: String]) -> some ConfigProvider {
        let secretNames = Set(secrets.map { "TRELLIS_" + $0.uppercased().replacingOccurrences(of: "-", with: "_") })
        // Kubernetes (for a service named "trellis") and Docker links set TRELLIS_PORT to another
        // container's address, tcp://10.0.0.7:8080: not a port to listen on, so not a setting.
        let settings = environment.filter { !($0.key == "TRELLIS_PORT" && $0.value.hasPrefix("tcp://")) }
        return EnvironmentVariablesProvider(
            environmentVariables: settings, secretsSpecifier: .specific(secretNames)
        ).prefixKeys(with: "trellis")
    }
}

/// A setting given in a form it cannot take; the message names the setting, never its value.
public struct SettingsError: Error, CustomStringConvertible, Equatable {
    public let description: String

    public init(_ description: String) { self.description = description }
}
