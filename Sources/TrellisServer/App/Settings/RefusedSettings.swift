import Configuration
import NIOConcurrencyHelpers

/// Hears every reading of a setting and keeps the first one that was given but unreadable, so
/// the reader can refuse it by name (swift-configuration itself falls back to the default).
final class RefusedSettings: AccessReporter {
    private let refusal = NIOLockedValueBox<SettingsError?>(nil)

    var first: SettingsError? { refusal.withLockedValue { $0 } }

    func report(_ event: AccessEvent) {
        let failed = event.providerResults.first { result in
            if case .failure = result.result { return true }
            return false
        }
        guard failed != nil || event.conversionError != nil else { return }
        let key = event.metadata.key.components.joined(separator: ".")
        let source = failed.map { " (" + Self.source($0.providerName, key: key) + ")" } ?? ""
        let error = SettingsError("The setting \(key)\(source) must be \(Self.expected(event.metadata.valueType)).")
        refusal.withLockedValue { $0 = $0 ?? error }
    }

    /// Where the operator wrote it, in their words.
    private static func source(_ provider: String, key: String) -> String {
        if provider.contains("EnvironmentVariables") {
            return "TRELLIS_" + key.uppercased().replacingOccurrences(of: "-", with: "_")
        }
        if provider.contains("FileProvider") { return "in the --config file" }
        return key == "database-url" ? "--database" : "--" + key
    }

    private static func expected(_ type: ConfigType) -> String {
        switch type {
        case .int: "a whole number"
        case .bool: "true or false"
        case .double: "a number"
        case .stringArray, .intArray, .boolArray, .doubleArray, .byteChunkArray: "a list"
        default: "text"
        }
    }
}
