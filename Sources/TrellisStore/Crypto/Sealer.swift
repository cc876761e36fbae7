import Crypto
import Foundation

/// AES-GCM with the record's identity bound as associated data, so a sealed value cannot be
/// moved to another row, couple or position without failing to open.
package enum Sealer {
    package static func seal(_ plaintext: Data, with key: SymmetricKey, context: String) throws -> Data {
        let box = try AES.GCM.seal(plaintext, using: key, authenticating: Data(context.utf8))
        guard let combined = box.combined else { throw StoreError.unreadable }
        return combined
    }

    package static func open(_ sealed: Data, with key: SymmetricKey, context: String) throws -> Data {
        do {
            let box = try AES.GCM.SealedBox(combined: sealed)
            return try AES.GCM.open(box, using: key, authenticating: Data(context.utf8))
        } catch {
            throw StoreError.unreadable
        }
    }
}
