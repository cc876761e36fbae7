import Crypto
import Foundation
import HummingbirdBcrypt
import NIOPosix

/// bcrypt over a pre-hash, run on NIO's thread pool so a slow hash never stalls request handling.
///
/// bcrypt reads at most 72 bytes and stops at a NUL, so a long or non-Latin password would be cut
/// short. Every password is therefore first normalised (NFC, so "é" typed on two keyboards is one
/// password) and condensed with HMAC-SHA256 under a key of Trellis's own, a fixed 44-character
/// text bcrypt reads whole; being keyed, the pre-hash cannot be matched against unsalted SHA-256
/// hashes leaked from elsewhere. Such hashes are stored as `trellis1:` followed by the bcrypt hash.
/// Hashes written before that are plain bcrypt of the password; they still verify, and
/// `needsUpgrade` tells the log-in to store the new form.
public struct PasswordHasher: Sendable {
    /// 12 in production; tests may lower it to stay quick (the algorithm is the same).
    public let cost: UInt8
    private static let prefix = "trellis1:"
    private static let preHashKey = SymmetricKey(data: Data("trellis password pre-hash v1".utf8))

    public init(cost: UInt8 = 12) { self.cost = cost }

    func hash(_ password: String) async throws -> String {
        let hasher = self
        return try await NIOThreadPool.singleton.runIfActive { hasher.hashNow(password) }
    }

    /// Hashes on the calling thread; for start-up only.
    func hashNow(_ password: String) -> String {
        Self.prefix + Bcrypt.hash(Self.preHash(password), cost: cost)
    }

    func verify(_ password: String, against hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive {
            if hash.hasPrefix(Self.prefix) {
                return Bcrypt.verify(Self.preHash(password), hash: String(hash.dropFirst(Self.prefix.count)))
            }
            return Bcrypt.verify(password, hash: hash)
        }
    }

    /// A hash from before pre-hashing, to be replaced once its password has been verified.
    func needsUpgrade(_ hash: String) -> Bool { !hash.hasPrefix(Self.prefix) }

    private static func preHash(_ password: String) -> String {
        let normalised = Data(password.precomposedStringWithCanonicalMapping.utf8)
        return Data(HMAC<SHA256>.authenticationCode(for: normalised, using: preHashKey)).base64EncodedString()
    }
}
