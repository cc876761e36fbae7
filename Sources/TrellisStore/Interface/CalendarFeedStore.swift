import Foundation
import TrellisCore

/// Each member's private calendar feed, known only by the hash of the secret in its URL.
public protocol CalendarFeedStore: Sendable {
    /// Gives the member a feed with this secret; any earlier feed URL stops working.
    func replaceCalendarFeed(for member: MemberID, tokenHash: [UInt8], at time: Date) async throws
    func revokeCalendarFeed(for member: MemberID) async throws
    func calendarFeedOwner(tokenHash: [UInt8]) async throws -> MemberID?
}
