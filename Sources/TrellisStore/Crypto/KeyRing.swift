import Crypto
import Foundation
import TrellisCore

/// Makes and unwraps the data keys (one per couple, one per member for private entries) and
/// derives the lookup key for emails. Destroying a wrapped key shreds what it sealed.
package struct KeyRing: Sendable {
    private let wrappingKey: SymmetricKey
    private let emailIndexKey: SymmetricKey
    private let pseudonymKey: SymmetricKey
    private let deviceKey: SymmetricKey
    private let attemptKey: SymmetricKey
    /// Identifies the master key without revealing it.
    package let keyCheck: Data
    private let unwrapped = UnwrappedKeys()
    /// Members' own private keys, open here only while a session of theirs put them here.
    package let privateKeys = OpenPrivateKeys()

    package init(master: MasterKey) {
        wrappingKey = master.derived(for: "key wrapping")
        emailIndexKey = master.derived(for: "email index")
        pseudonymKey = master.derived(for: "log pseudonyms")
        deviceKey = master.derived(for: "known devices")
        attemptKey = master.derived(for: "login attempts")
        keyCheck = Data(
            HMAC<SHA256>.authenticationCode(for: Data("trellis".utf8), using: master.derived(for: "key check")))
    }

    /// A fresh data key, and its wrapped form for storage under `owner` (e.g. "couple:<id>").
    package func newDataKey(owner: String) throws -> (key: SymmetricKey, wrapped: Data) {
        let key = SymmetricKey(size: .bits256)
        let raw = key.withUnsafeBytes { Data($0) }
        return (key, try Sealer.seal(raw, with: wrappingKey, context: "wrapped " + owner))
    }

    /// The key inside `wrapped`. Recently unwrapped keys are kept in memory (bounded), keyed by
    /// their owner and checked against the wrapped bytes the caller just read, so a key that was
    /// destroyed or replaced in the database is never answered from memory.
    package func unwrap(_ wrapped: Data, owner: String) throws -> SymmetricKey {
        if let key = unwrapped.key(for: owner, wrapped: wrapped) { return key }
        let key = SymmetricKey(data: try Sealer.open(wrapped, with: wrappingKey, context: "wrapped " + owner))
        unwrapped.keep(key, for: owner, wrapped: wrapped)
        return key
    }

    /// Lets go of a key kept in memory once its wrapped form is destroyed.
    package func forget(owner: String) { unwrapped.forget(owner) }

    /// A keyed hash of an account id for logs: the same account reads the same in every line and
    /// every restart, and nobody without the master key can tell whose it is.
    package func pseudonym(_ member: MemberID) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(member.description.utf8), using: pseudonymKey)
        return Data(code).prefix(8).map { String(format: "%02x", $0) }.joined()
    }

    /// A signature over a known-device token's text: only this installation can make one.
    package func deviceSignature(_ text: String) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: deviceKey))
    }

    /// A keyed hash of a login-attempt key ("account:<email>", "address:<ip>"), so the shared
    /// attempt log holds neither emails nor addresses.
    package func attemptIndex(_ key: String) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: Data(key.utf8), using: attemptKey))
    }

    /// A keyed hash of the normalised email: finds an account without storing the email in clear.
    package func emailIndex(_ email: String) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: Data(email.utf8), using: emailIndexKey))
    }
}
