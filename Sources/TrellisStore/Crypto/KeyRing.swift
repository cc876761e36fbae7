import Crypto
import Foundation

/// Makes and unwraps the data keys (one per couple, one per member for private entries) and
/// derives the lookup key for emails. Destroying a wrapped key shreds what it sealed.
struct KeyRing: Sendable {
    private let wrappingKey: SymmetricKey
    private let emailIndexKey: SymmetricKey
    /// Identifies the master key without revealing it.
    let keyCheck: Data

    init(master: MasterKey) {
        wrappingKey = master.derived(for: "key wrapping")
        emailIndexKey = master.derived(for: "email index")
        keyCheck = Data(
            HMAC<SHA256>.authenticationCode(for: Data("trellis".utf8), using: master.derived(for: "key check")))
    }

    /// A fresh data key, and its wrapped form for storage under `owner` (e.g. "couple:<id>").
    func newDataKey(owner: String) throws -> (key: SymmetricKey, wrapped: Data) {
        let key = SymmetricKey(size: .bits256)
        let raw = key.withUnsafeBytes { Data($0) }
        return (key, try Sealer.seal(raw, with: wrappingKey, context: "wrapped " + owner))
    }

    func unwrap(_ wrapped: Data, owner: String) throws -> SymmetricKey {
        SymmetricKey(data: try Sealer.open(wrapped, with: wrappingKey, context: "wrapped " + owner))
    }

    /// A keyed hash of the normalised email: finds an account without storing the email in clear.
    func emailIndex(_ email: String) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: Data(email.utf8), using: emailIndexKey))
    }
}
