import Foundation
import TrellisCore
import TrellisPush
import TrellisStore

/// The devices a member asked to get reminders on: one subscription a signed-in session, ended
/// with the session, listed with the member's devices.
struct PushDevices: Sendable {
    let storage: any PushSubscriptionStore
    /// What a page or an app hands to `pushManager.subscribe` as the server's key.
    let publicKey: String

    /// This session's device takes reminders from now on (a second subscription replaces the first).
    func subscribe(_ subscription: PushSubscription, for account: Account, sessionToken: String) async throws -> String
    {
        let id = SecretToken.session().value.prefix(22).lowercased()
        try await storage.addPushSubscription(
            StoredPushSubscription(
                id: String(id), endpoint: subscription.endpoint, key: subscription.key, auth: subscription.auth),
            for: account.id, sessionHash: SecretToken.hash(sessionToken))
        return String(id)
    }

    /// The member's devices with reminders: each subscription's id and its session's public id.
    func list(for account: Account) async throws -> [StoredPushSubscription] {
        try await storage.pushSubscriptions(of: account.id)
    }

    func end(_ id: String, for account: Account) async throws {
        guard try await storage.deletePushSubscription(id, of: account.id) else { throw TrellisError.notFound }
    }
}
