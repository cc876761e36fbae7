import TrellisCore

/// Whether the database answers, for a load balancer's readiness probe; and what an operator may
/// see of an account in the logs.
public protocol Readiness: Sendable {
    /// Throws when the database cannot be read.
    func checkReady() async throws
    /// The account's pseudonym for logs (a keyed hash of its id under the master key).
    func pseudonym(_ member: MemberID) -> String
}
