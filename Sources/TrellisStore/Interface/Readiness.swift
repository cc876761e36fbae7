import Foundation
import TrellisCore

/// Whether the database answers, for a load balancer's readiness probe; what an operator may see
/// of an account in the logs; and the signature that makes a known-device token unforgeable.
public protocol Readiness: Sendable {
    /// Throws when the database cannot be read.
    func checkReady() async throws
    /// The account's pseudonym for logs (a keyed hash of its id under the master key).
    func pseudonym(_ member: MemberID) -> String
    /// A keyed hash under a key derived from the master key, for signing known-device tokens.
    func deviceSignature(_ text: String) -> Data
}
