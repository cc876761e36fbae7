import Foundation
import TrellisCore

/// Each member's private calendar feed, known only by the hash of the secret in its URL.
public protocol CalendarFeedStore: Sendable {
    /// Gives the member a feed with this secret; any earlier feed URL stops working.
    /// `token` is kept sealed under the member's key, for `calendarFeedToken` to show again.
    func replaceCalendarFeed(for member: MemberID, tokenHash: [UInt8], token: String, at time: Date) async throws
    /// The member's current feed secret; nil when they have none, or it was made before secrets were kept.
    func calendarFeedToken(for member: MemberID) async throws -> String?
    func revokeCalendarFeed(for member: MemberID) async throws
    func calendarFeedOwner(tokenHash: [UInt8]) async throws -> MemberID?
}
