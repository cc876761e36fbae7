import Crypto
import Foundation
import TrellisCore

/// How slow (and how much memory) turning a password into a key is: scrypt's cost, stored with
/// each wrap so it can be raised later without locking anyone out.
public struct ScryptCost: Sendable, Equatable {
    /// log2 of scrypt's N.
    public let logRounds: Int
    public let blockSize: Int
    public let parallelism: Int

    /// 2^15 rounds of 8 blocks: 32 MiB and about a tenth of a second per try on a server core.
    public static let standard = ScryptCost(logRounds: 15, blockSize: 8, parallelism: 1)

    public init(logRounds: Int, blockSize: Int, parallelism: Int) {
        self.logRounds = logRounds
        self.blockSize = blockSize
        self.parallelism = parallelism
    }
}

/// Wraps a member's private key three ways, none of them the master key: under their password
/// (scrypt, salted), under a live session's token, and under their recovery code. The token and
/// the code are long random secrets, so a fast derivation (HKDF) is enough for them; the password
/// is not, so it gets the slow one. Each wrap is bound to its member and kind.
package enum PrivateKeySeal {
    package static func byPassword(_ key: SymmetricKey, under password: PasswordKey, member: MemberID) throws -> Data {
        try seal(key, under: password.key, as: "password", of: member)
    }

    static func openByPassword(_ wrapped: Data, under password: PasswordKey, member: MemberID) throws -> SymmetricKey {
        try open(wrapped, under: password.key, as: "password", of: member)
    }

    static func bySession(_ key: SymmetricKey, token: String, member: MemberID) throws -> Data {
        try seal(key, under: secretKey(token, purpose: "session"), as: "session", of: member)
    }

    static func openBySession(_ wrapped: Data, token: String, member: MemberID) throws -> SymmetricKey {
        try open(wrapped, under: secretKey(token, purpose: "session"), as: "session", of: member)
    }

    package static func byRecovery(_ key: SymmetricKey, code: RecoveryCode, member: MemberID) throws -> Data {
        try seal(key, under: secretKey(code.normalised, purpose: "recovery"), as: "recovery", of: member)
    }

    static func openByRecovery(_ wrapped: Data, code: RecoveryCode, member: MemberID) throws -> SymmetricKey {
        try open(wrapped, under: secretKey(code.normalised, purpose: "recovery"), as: "recovery", of: member)
    }

    private static func seal(_ key: SymmetricKey, under wrapping: SymmetricKey, as kind: String, of member: MemberID)
        throws -> Data
    {
        try Sealer.seal(
            key.withUnsafeBytes { Data($0) }, with: wrapping, context: "private key \(kind) member:\(member)")
    }

    private static func open(_ wrapped: Data, under wrapping: SymmetricKey, as kind: String, of member: MemberID)
        throws -> SymmetricKey
    {
        SymmetricKey(data: try Sealer.open(wrapped, with: wrapping, context: "private key \(kind) member:\(member)"))
    }

    private static func secretKey(_ secret: String, purpose: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: Data(secret.utf8)), info: Data("trellis private key \(purpose)".utf8),
            outputByteCount: 32)
    }
}

/// The code that opens a member's private entries when the password is lost: 25 letters and
/// digits from an alphabet without look-alikes (about 120 bits), shown once, in groups of five.
public struct RecoveryCode: Sendable, Equatable {
    static let alphabet = Array("ABCDEFGHJKMNPQRSTVWXYZ23456789")
    static let length = 25

    /// As typed: case, spaces and dashes do not matter.
    public let normalised: String

    public init?(_ typed: String) {
        let kept = typed.uppercased().filter { $0 != " " && $0 != "-" }
        guard kept.count == Self.length, kept.allSatisfy(Self.alphabet.contains) else { return nil }
        normalised = String(kept)
    }

    package static func generate() -> RecoveryCode {
        var generator = SystemRandomNumberGenerator()
        let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
        return RecoveryCode(text)!
    }

    /// "ABCDE-FGHJK-…", for showing once.
    public var grouped: String {
        stride(from: 0, to: normalised.count, by: 5).map { start in
            let from = normalised.index(normalised.startIndex, offsetBy: start)
            return String(normalised[from..<normalised.index(from, offsetBy: 5)])
        }.joined(separator: "-")
    }
}
