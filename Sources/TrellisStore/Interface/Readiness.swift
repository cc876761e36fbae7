/// Whether the database answers, for a load balancer's readiness probe.
public protocol Readiness: Sendable {
    /// Throws when the database cannot be read.
    func checkReady() async throws
}
