import Foundation

/// A push subscription's sealed body: its address and keys, in a pinned JSON shape.
package struct PushSubscriptionBody: Codable {
    let endpoint: String
    package let key: Data
    let auth: Data

    package static func encode(_ subscription: StoredPushSubscription) throws -> Data {
        try JSONEncoder().encode(
            PushSubscriptionBody(endpoint: subscription.endpoint, key: subscription.key, auth: subscription.auth))
    }

    package static func decode(_ data: Data, id: String, session: String?) throws -> StoredPushSubscription {
        let body = try JSONDecoder().decode(PushSubscriptionBody.self, from: data)
        return StoredPushSubscription(id: id, endpoint: body.endpoint, key: body.key, auth: body.auth, session: session)
    }
}
