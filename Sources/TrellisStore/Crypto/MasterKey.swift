import Crypto
import Foundation

/// The key that wraps every other key. It never touches the database.
///
/// It comes from `TRELLIS_MASTER_KEY` (base64 of 32 bytes) when set, so operators can keep it in a
/// secret manager; otherwise from `master.key` in the data directory, created on first run with mode 0600.
public struct MasterKey: Sendable {
    public static let environmentVariable = "TRELLIS_MASTER_KEY"
    public static let fileName = "master.key"

    let key: SymmetricKey

    public init(_ key: SymmetricKey) { self.key = key }

    public static func generate() -> MasterKey { MasterKey(SymmetricKey(size: .bits256)) }

    /// Loads the key from the environment or the data directory, creating the key file if neither has one.
    public static func load(environment: [String: String], dataDirectory: URL) throws -> MasterKey {
        if let text = environment[environmentVariable] {
            return try decode(text, source: environmentVariable)
        }
        let file = dataDirectory.appendingPathComponent(fileName)
        if FileManager.default.fileExists(atPath: file.path) {
            return try decode(String(contentsOf: file, encoding: .utf8), source: file.path)
        }
        let created = generate()
        let text = created.key.withUnsafeBytes { Data($0).base64EncodedString() } + "\n"
        // Created with 0600 from the first byte: the key is never readable by others, even briefly.
        guard
            FileManager.default.createFile(
                atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else { throw MasterKeyError("could not create the key file \(file.path)") }
        return created
    }

    private static func decode(_ text: String, source: String) throws -> MasterKey {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let bytes = Data(base64Encoded: trimmed), bytes.count == 32 else {
            throw MasterKeyError("\(source) must hold 32 bytes in base64 (for example from `openssl rand -base64 32`)")
        }
        return MasterKey(SymmetricKey(data: bytes))
    }

    /// A key for one purpose, derived so that no two uses share a key.
    func derived(for purpose: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(
            inputKeyMaterial: key, info: Data("trellis \(purpose)".utf8), outputByteCount: 32)
    }
}

public struct MasterKeyError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = "Master key: \(description)" }
}
