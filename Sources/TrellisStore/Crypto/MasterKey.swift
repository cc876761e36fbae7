import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The key that wraps every other key. It never touches the database.
///
/// It comes from the configuration (`TRELLIS_MASTER_KEY`, base64 of 32 bytes) when set, so
/// operators can keep it in a secret manager; otherwise from `master.key` in the data directory,
/// created on first run with mode 0600.
public struct MasterKey: Sendable {
    public static let environmentVariable = "TRELLIS_MASTER_KEY"
    public static let fileName = "master.key"

    package let key: SymmetricKey

    public init(_ key: SymmetricKey) { self.key = key }

    public static func generate() -> MasterKey { MasterKey(SymmetricKey(size: .bits256)) }

    /// The form `TRELLIS_MASTER_KEY` and the key file hold.
    public var base64: String { key.withUnsafeBytes { Data($0).base64EncodedString() } }

    /// Loads the key as configured (`configured`, base64) or from the data directory. A new key
    /// file is made only for a new database: a missing key beside existing data is an error,
    /// never a silent new key.
    public static func load(configured: String?, dataDirectory: URL, databaseExists: Bool) throws -> MasterKey {
        if let text = configured {
            return try decode(text, source: "the configured master key (\(environmentVariable) or \"master-key\")")
        }
        let file = dataDirectory.appendingPathComponent(fileName)
        if FileManager.default.fileExists(atPath: file.path) {
            return try decode(String(contentsOf: file, encoding: .utf8), source: file.path)
        }
        guard !databaseExists else {
            throw MasterKeyError(
                "\(file.path) is missing but the database exists. Restore the key file or set \(environmentVariable).")
        }
        return try create(at: file)
    }

    /// Writes a new key with O_EXCL and mode 0600 from the first byte: never readable by others,
    /// and two first runs cannot both make one.
    private static func create(at file: URL) throws -> MasterKey {
        let created = generate()
        let text = created.base64 + "\n"
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { return try decode(String(contentsOf: file, encoding: .utf8), source: file.path) }
            throw MasterKeyError("could not create \(file.path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let written = text.utf8CString.withUnsafeBytes { write(descriptor, $0.baseAddress, text.utf8.count) }
        guard written == text.utf8.count, fsync(descriptor) == 0 else {
            throw MasterKeyError("could not write \(file.path)")
        }
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
    package init(_ description: String) { self.description = "Master key: \(description)" }
}
