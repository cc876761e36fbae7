import TrellisCore

/// Word between instances over one database that a couple's shared record moved, so live pages
/// on every instance hear it (PostgreSQL's LISTEN/NOTIFY). Carries the couple and the shared
/// position only, never content.
public protocol ChangeSignal: Sendable {
    func announce(_ couple: CoupleID, seq: Int64) async throws
    /// Every announcement from any instance, this one's included, while the stream is iterated.
    /// A dropped connection is listened on again; announcements made meanwhile are missed, so a
    /// listener also reads afresh whenever it asks.
    func announcements() -> AsyncStream<(CoupleID, Int64)>
}
