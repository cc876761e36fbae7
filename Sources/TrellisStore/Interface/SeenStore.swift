import Foundation
import TrellisCore

/// What each member has opened, so their home can mark what is new to them until they do. It
/// holds only keys of things (a question's id, a day), never their words.
public protocol SeenStore: Sendable {
    /// Records that `member` has opened `keys` (repeating a key changes nothing).
    func markSeen(_ keys: [String], by member: MemberID, at time: Date) async throws
    /// Which of `keys` `member` has opened.
    func seen(_ keys: [String], by member: MemberID) async throws -> Set<String>
}
