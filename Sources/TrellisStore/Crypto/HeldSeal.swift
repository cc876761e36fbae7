import Crypto
import Foundation
import TrellisCore

/// Seals what one partner holds for the other to the recipient's public key (HPKE, X25519 with
/// ChaCha20-Poly1305): anyone can seal, and only the recipient's agreement key, itself sealed
/// under their own private key, opens it. A recipient from before, with no key of their own yet,
/// has it sealed under their member key, like the rest of their private entries.
package enum HeldSeal {
    static let suite = HPKE.Ciphersuite.Curve25519_SHA256_ChachaPoly

    package static func context(couple: CoupleID, author: MemberID, recipient: MemberID, topic: String) -> String {
        "held couple:\(couple) author:\(author) recipient:\(recipient) topic:\(topic)"
    }

    package static func seal(_ plaintext: Data, to publicKey: Data, context: String) throws -> Data {
        let recipient = try Curve25519.KeyAgreement.PublicKey(rawRepresentation: publicKey)
        var sender = try HPKE.Sender(recipientKey: recipient, ciphersuite: suite, info: Data(context.utf8))
        return sender.encapsulatedKey + (try sender.seal(plaintext, authenticating: Data()))
    }

    package static func open(_ body: Data, with agreementKey: Curve25519.KeyAgreement.PrivateKey, context: String)
        throws
        -> Data
    {
        let encapsulated = body.prefix(32)
        do {
            var recipient = try HPKE.Recipient(
                privateKey: agreementKey, ciphersuite: suite, info: Data(context.utf8),
                encapsulatedKey: Data(encapsulated))
            return try recipient.open(body.dropFirst(32), authenticating: Data())
        } catch {
            throw StoreError.unreadable
        }
    }

    /// A new agreement key pair: the public half in clear, the private half under `key`.
    static func newAgreementKey(under key: SymmetricKey, member: MemberID) throws -> (publicKey: Data, sealed: Data) {
        let agreement = Curve25519.KeyAgreement.PrivateKey()
        return (
            agreement.publicKey.rawRepresentation,
            try Sealer.seal(agreement.rawRepresentation, with: key, context: "agreement key member:\(member)")
        )
    }

    static func openAgreementKey(_ sealed: Data, with key: SymmetricKey, member: MemberID) throws
        -> Curve25519.KeyAgreement.PrivateKey
    {
        try Curve25519.KeyAgreement.PrivateKey(
            rawRepresentation: try Sealer.open(sealed, with: key, context: "agreement key member:\(member)"))
    }

    /// The agreement key sealed under `from`, sealed again under `to`.
    static func moveAgreementKey(_ sealed: Data, from: SymmetricKey, to: SymmetricKey, member: MemberID) throws -> Data
    {
        let raw = try Sealer.open(sealed, with: from, context: "agreement key member:\(member)")
        return try Sealer.seal(raw, with: to, context: "agreement key member:\(member)")
    }
}
