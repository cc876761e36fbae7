import Foundation
import TrellisCore

/// A device's Web Push subscription, as stored: where its push service takes messages for it, and
/// its keys, sealed under the member's key (a push service's address names the device).
public struct StoredPushSubscription: Sendable, Equatable {
    public let id: String
    public let endpoint: String
    public let key: Data
    public let auth: Data
    /// The public id of the session (device) it belongs to: it ends with that session.
    public let session: String?

    public init(id: String, endpoint: String, key: Data, auth: Data, session: String? = nil) {
        self.id = id
        self.endpoint = endpoint
        self.key = key
        self.auth = auth
        self.session = session
    }
}

/// One subscription per device: made from a signed-in session, gone when the session ends (log
/// out, "log out everywhere else", a reset) or when the push service says it is gone.
public protocol PushSubscriptionStore: Sendable {
    /// Adds (or, for the same session, replaces) the subscription of the session whose token
    /// hashes to `sessionHash`.
    func addPushSubscription(_ subscription: StoredPushSubscription, for member: MemberID, sessionHash: [UInt8])
        async throws
    func pushSubscriptions(of member: MemberID) async throws -> [StoredPushSubscription]
    /// False when the member has none by that id.
    func deletePushSubscription(_ id: String, of member: MemberID) async throws -> Bool
}
