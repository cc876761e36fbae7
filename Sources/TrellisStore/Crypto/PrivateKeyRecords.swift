import Crypto
import Foundation
import TrellisCore

/// A member's private-key row as stored: the password wrap with its scrypt parameters, the
/// recovery wrap, after an operator's reset the recovery wrap of the key from before, and the
/// agreement key pair others seal to (the public half in clear, the private half under the key).
package struct PrivateKeyRow: Sendable, Equatable {
    package var passwordKDF: String
    package var passwordWrap: Data
    package var recoveryWrap: Data?
    package var earlierRecoveryWrap: Data?
    package var publicKey: Data
    package var sealedAgreementKey: Data

    package init(
        passwordKDF: String, passwordWrap: Data, recoveryWrap: Data?, earlierRecoveryWrap: Data? = nil, publicKey: Data,
        sealedAgreementKey: Data
    ) {
        (self.passwordKDF, self.passwordWrap, self.recoveryWrap) = (passwordKDF, passwordWrap, recoveryWrap)
        (self.earlierRecoveryWrap, self.publicKey, self.sealedAgreementKey) =
            (earlierRecoveryWrap, publicKey, sealedAgreementKey)
    }
}

/// One private event's sealed body with what binds it to its place, to seal again under another key.
package struct StoredPrivateBody: Sendable {
    package let couple: String
    package let seq: Int64
    package let author: String
    package let at: Double
    package var body: Data

    package init(couple: String, seq: Int64, author: String, at: Double, body: Data) {
        (self.couple, self.seq, self.author, self.at, self.body) = (couple, seq, author, at, body)
    }

    package var context: String {
        SealContext.event(
            couple: couple, seq: seq, author: author, visibility: .private,
            at: Date(timeIntervalSinceReferenceDate: at))
    }

    /// The body opened with `from` and sealed under `to`; nil when `from` does not open it (it
    /// was sealed by another key, and stays as it is).
    package func moved(from: SymmetricKey, to: SymmetricKey) throws -> StoredPrivateBody? {
        guard let plaintext = try? Sealer.open(body, with: from, context: context) else { return nil }
        var moved = self
        moved.body = try Sealer.seal(plaintext, with: to, context: context)
        return moved
    }
}

/// The steps on a member's private key, with no I/O: each backend reads what a step needs in one
/// transaction, calls it, and writes what it returns in the same transaction.
package enum PrivateKeyRecords {
    package struct Sealing {
        package let key: SymmetricKey
        package let row: PrivateKeyRow
        package let sessionWrap: Data
        package let code: RecoveryCode
        package let moved: [StoredPrivateBody]
    }

    /// A key of the member's own; what `memberKey` sealed (a member from before) moves under it.
    package static func seal(
        _ member: MemberID, password: PasswordKey, session: SessionSecret, memberKey: SymmetricKey,
        bodies: [StoredPrivateBody]
    ) throws -> Sealing {
        let key = SymmetricKey(size: .bits256)
        let code = RecoveryCode.generate()
        let agreement = try HeldSeal.newAgreementKey(under: key, member: member)
        return Sealing(
            key: key,
            row: PrivateKeyRow(
                passwordKDF: password.kdf,
                passwordWrap: try PrivateKeySeal.byPassword(key, under: password, member: member),
                recoveryWrap: try PrivateKeySeal.byRecovery(key, code: code, member: member),
                publicKey: agreement.publicKey, sealedAgreementKey: agreement.sealed),
            sessionWrap: try PrivateKeySeal.bySession(key, token: session.token, member: member), code: code,
            moved: try bodies.compactMap { try $0.moved(from: memberKey, to: key) })
    }

    /// Logging in: the key the password opens, and its wrap for this session; nil when the row is
    /// missing, derived another way, or the password opens nothing.
    package static func open(_ row: PrivateKeyRow?, member: MemberID, password: PasswordKey, session: SessionSecret)
        throws
        -> (key: SymmetricKey, sessionWrap: Data)?
    {
        guard let row, row.passwordKDF == password.kdf,
            let key = try? PrivateKeySeal.openByPassword(row.passwordWrap, under: password, member: member)
        else { return nil }
        return (key, try PrivateKeySeal.bySession(key, token: session.token, member: member))
    }

    /// An operator's reset: a fresh key under the new password, with a fresh agreement key (what
    /// was held for the member under the old one cannot be opened again); the recovery wrap of the
    /// key from before is kept (the oldest, if reset twice without recovering), the only way back.
    package static func reset(_ row: PrivateKeyRow, member: MemberID, password: PasswordKey) throws
        -> (key: SymmetricKey, row: PrivateKeyRow)
    {
        let key = SymmetricKey(size: .bits256)
        let agreement = try HeldSeal.newAgreementKey(under: key, member: member)
        return (
            key,
            PrivateKeyRow(
                passwordKDF: password.kdf,
                passwordWrap: try PrivateKeySeal.byPassword(key, under: password, member: member),
                recoveryWrap: nil,
                earlierRecoveryWrap: row.earlierRecoveryWrap ?? row.recoveryWrap, publicKey: agreement.publicKey,
                sealedAgreementKey: agreement.sealed)
        )
    }

    package struct Recovery {
        package let key: SymmetricKey
        package let row: PrivateKeyRow
        package let sessionWrap: Data
        package let moved: [StoredPrivateBody]
    }

    /// With the recovery code and the current password (derived as the row's wrap says): the key
    /// the code wraps (from before a reset, if there was one) becomes the key again, wrapped under
    /// the same derivation, and what the interim key sealed moves under it. Nil when the code opens
    /// nothing.
    package static func recover(
        _ row: PrivateKeyRow, member: MemberID, code: RecoveryCode, password: PasswordKey, session: SessionSecret,
        bodies: [StoredPrivateBody]
    ) throws -> Recovery? {
        guard let wrapped = row.earlierRecoveryWrap ?? row.recoveryWrap,
            let key = try? PrivateKeySeal.openByRecovery(wrapped, code: code, member: member)
        else { return nil }
        let interim = try? PrivateKeySeal.openByPassword(row.passwordWrap, under: password, member: member)
        let moved = try interim.map { interim in try bodies.compactMap { try $0.moved(from: interim, to: key) } } ?? []
        // The agreement key stays the one others seal to now, under the recovered key.
        let agreement =
            try interim.map { interim in
                (
                    publicKey: row.publicKey,
                    sealed: try HeldSeal.moveAgreementKey(
                        row.sealedAgreementKey, from: interim, to: key, member: member)
                )
            } ?? HeldSeal.newAgreementKey(under: key, member: member)
        return Recovery(
            key: key,
            row: PrivateKeyRow(
                passwordKDF: password.kdf,
                passwordWrap: try PrivateKeySeal.byPassword(key, under: password, member: member),
                recoveryWrap: wrapped, earlierRecoveryWrap: nil,
                publicKey: agreement.publicKey, sealedAgreementKey: agreement.sealed),
            sessionWrap: try PrivateKeySeal.bySession(key, token: session.token, member: member), moved: moved)
    }
}

extension PrivateKeyStatus {
    package init(_ row: PrivateKeyRow?, open: Bool) {
        switch row {
        case nil: self = .masterWrapped
        case let row? where row.earlierRecoveryWrap != nil: self = .awaitingRecovery(open: open)
        case _?: self = .own(open: open)
        }
    }
}
