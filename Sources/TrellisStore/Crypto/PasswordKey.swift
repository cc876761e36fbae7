import Crypto
import CryptoExtras
import Foundation
import NIOPosix

/// A password turned into the key that wraps a member's private key: scrypt, slow and
/// memory-hard on purpose, so it runs on NIO's blocking pool (as bcrypt does), never on Swift's
/// cooperative threads, and before any transaction begins, never while one is open.
package struct PasswordKey: Sendable {
    /// "scrypt <logN> <r> <p> <salt in base64>": what the derivation needs besides the password,
    /// stored beside the wrap.
    package let kdf: String
    package let key: SymmetricKey

    /// Under a fresh salt, at `cost`.
    package static func fresh(_ password: String, cost: ScryptCost) async throws -> PasswordKey {
        let salt = Data((0..<16).map { _ in UInt8.random(in: .min ... .max) })
        return try await derive(
            password,
            kdf: "scrypt \(cost.logRounds) \(cost.blockSize) \(cost.parallelism) \(salt.base64EncodedString())")
    }

    /// As `kdf` (read beside a stored wrap) says.
    package static func derive(_ password: String, kdf: String) async throws -> PasswordKey {
        let parts = kdf.split(separator: " ")
        guard parts.count == 5, parts[0] == "scrypt", let logRounds = Int(parts[1]), (1...24).contains(logRounds),
            let blockSize = Int(parts[2]), let parallelism = Int(parts[3]),
            let salt = Data(base64Encoded: String(parts[4]))
        else { throw StoreError.unreadable }
        let key = try await NIOThreadPool.singleton.runIfActive {
            try KDF.Scrypt.deriveKey(
                from: Data(password.precomposedStringWithCanonicalMapping.utf8), salt: salt, outputByteCount: 32,
                rounds: 1 << logRounds, blockSize: blockSize, parallelism: parallelism)
        }
        return PasswordKey(kdf: kdf, key: key)
    }
}
