import Foundation
import Testing
import TrellisCore
import TrellisStore

/// A device's push subscription on both backends: sealed, one a session, gone with the session.
@Suite("Push subscriptions")
struct PushSubscriptionTests {
    @Test(arguments: StoreBackend.all) func oneASessionSealedAndEndedWithIt(backend: StoreBackend) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let sam = StoreFixture.account("Sam")
        let session = try await StoreFixture.register(sam, in: store.storage)
        let subscription = StoredPushSubscription(
            id: "s1", endpoint: "https://push.example.net/Zebra-device", key: Data(repeating: 4, count: 65),
            auth: Data(repeating: 9, count: 16))
        try await store.storage.addPushSubscription(subscription, for: sam.id, sessionHash: session)
        let again = StoredPushSubscription(
            id: "s2", endpoint: "https://push.example.net/Yak-device", key: subscription.key, auth: subscription.auth)
        try await store.storage.addPushSubscription(again, for: sam.id, sessionHash: session)
        let listed = try await store.storage.pushSubscriptions(of: sam.id)
        #expect(listed.map(\.id) == ["s2"] && listed.first?.endpoint == again.endpoint, "one a session")
        #expect(listed.first?.session != nil)
        try await store.storage.deleteSession(tokenHash: session)
        #expect(try await store.storage.pushSubscriptions(of: sam.id).isEmpty, "gone with its session")
        #expect(try await !store.storage.deletePushSubscription("s2", of: sam.id))
    }
}
