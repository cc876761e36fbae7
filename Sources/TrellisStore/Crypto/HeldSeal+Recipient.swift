import Crypto
import Foundation
import TrellisCore

/// Which key a held body is sealed to, decided once for both databases: the recipient's
/// agreement key when they have a private key of their own ("agreement"), else, for a member from
/// before, their member key ("member"), like the rest of their private entries.
extension HeldSeal {
    package enum SealedTo: String {
        case agreement, member
    }

    /// `memberKey` is needed (and read) only for a recipient with no private key row.
    package static func seal(
        _ plaintext: Data, context: String, recipientKeys row: PrivateKeyRow?, memberKey: SymmetricKey?
    )
        throws -> (sealedTo: SealedTo, body: Data)
    {
        if let row { return (.agreement, try seal(plaintext, to: row.publicKey, context: context)) }
        guard let memberKey else { throw StoreError.unreadable }
        return (.member, try Sealer.seal(plaintext, with: memberKey, context: context))
    }

    /// Opens a body sealed to the agreement key, with the recipient's open private key.
    package static func open(
        _ body: Data, context: String, recipient: MemberID, recipientKeys row: PrivateKeyRow?,
        privateKey: SymmetricKey?
    ) throws -> Data {
        guard let row, let privateKey else { throw StoreError.sealed }
        let agreement = try openAgreementKey(row.sealedAgreementKey, with: privateKey, member: recipient)
        return try open(body, with: agreement, context: context)
    }
}
