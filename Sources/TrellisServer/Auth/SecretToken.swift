import Crypto
import Foundation

/// A random secret handed to a client (session token, invite code). Only its hash is stored,
/// so a copy of the database cannot be replayed as a login or an invite.
struct SecretToken: Sendable, Equatable {
    let value: String

    /// 256 random bits, URL-safe base64: a session token.
    static func session() -> SecretToken {
        SecretToken(value: base64URL(randomBytes(32)))
    }

    /// 80 random bits in an alphabet without look-alike characters, grouped for reading aloud:
    /// short enough to type, too many to guess before it expires.
    static func inviteCode() -> SecretToken {
        let alphabet = Array("ABCDEFGHJKMNPQRSTVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<16).map { _ in alphabet.randomElement(using: &generator)! }
        let groups = stride(from: 0, to: 16, by: 4).map { String(characters[$0..<$0 + 4]) }
        return SecretToken(value: groups.joined(separator: "-"))
    }

    /// Invite codes are compared without case, spaces or dashes, however they were typed.
    static func normalisedInviteCode(_ typed: String) -> String {
        String(typed.uppercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Compares two secrets in a time that does not depend on where they first differ.
    static func constantTimeEqual(_ a: some StringProtocol, _ b: some StringProtocol) -> Bool {
        let (a, b) = (Array(a.utf8), Array(b.utf8))
        return a.count == b.count && zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func hash(_ value: String) -> [UInt8] {
        Array(SHA256.hash(data: Data(value.utf8)))
    }

    static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        // One pass over the (ASCII) base64 text, not three searches through Foundation.
        String(
            decoding: Data(bytes).base64EncodedString().utf8.compactMap { byte in
                switch byte {
                case UInt8(ascii: "+"): UInt8(ascii: "-")
                case UInt8(ascii: "/"): UInt8(ascii: "_")
                case UInt8(ascii: "="): nil
                default: byte
                }
            }, as: UTF8.self)
    }

    /// The bytes of a URL-safe base64 text, as `base64URL` writes it; nil for anything else.
    static func bytes(base64URL text: String) -> Data? {
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        standard += String(repeating: "=", count: (4 - standard.count % 4) % 4)
        return Data(base64Encoded: standard)
    }
}
