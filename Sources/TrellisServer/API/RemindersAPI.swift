import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisPush
import TrellisStore

/// Reminders outside the app, for API clients: the member's choice of nudges, and the devices that
/// take them by Web Push (an app subscribes with the server's key from `GET /me/push`).
struct RemindersAPI {
    let accounts: AccountService
    let devices: PushDevices

    func register(in book: inout APIRouteBook) {
        book.read("/me/reminders") { _, context in
            RemindersBody(try await accounts.nudgePreferences(try context.caller()))
        }
        book.on(.put, "/me/reminders") { request, context in
            let account = try context.caller()
            let body = try await JSONCoding.decode(RemindersBody.self, from: request)
            let choice = NudgePreferences(
                kinds: Set(
                    try body.kinds.map {
                        try NudgePreferences.Kind(rawValue: $0).orInvalid(
                            "kinds", say("refusals.api.reminderKinds"))
                    }), fromHour: body.fromHour, untilHour: body.untilHour, paused: body.paused)
            try await accounts.update(choice, for: account)
            return try JSONCoding.response(RemindersBody(choice))
        }
        book.read("/me/push") { _, context in
            let subscriptions = try await devices.list(for: try context.caller())
            return PushBody(publicKey: devices.publicKey, subscriptions: subscriptions)
        }
        book.on(.post, "/me/push/subscriptions") { request, context in
            let account = try context.caller()
            let body = try await JSONCoding.decode(PushSubscriptionRequest.self, from: request)
            let subscription = try PushSubscription(
                endpoint: body.endpoint, p256dh: body.keys.p256dh, auth: body.keys.auth
            ).orInvalid("endpoint", say("refusals.api.pushSubscription"))
            let id = try await devices.subscribe(subscription, for: account, sessionToken: request.bearerToken ?? "")
            return try JSONCoding.response(["id": id], status: .created)
        }
        book.on(.delete, "/me/push/subscriptions/{subscriptionId}") { _, context in
            try await devices.end(try context.parameters.require("subscriptionId"), for: try context.caller())
            return Response(status: .noContent)
        }
    }
}

struct RemindersBody: Codable, Equatable {
    let kinds: [String]
    let fromHour: Int
    let untilHour: Int
    let paused: Bool

    init(_ choice: NudgePreferences) {
        kinds = choice.kinds.map(\.rawValue).sorted()
        fromHour = choice.fromHour
        untilHour = choice.untilHour
        paused = choice.paused
    }
}

struct PushBody: Encodable, Equatable {
    struct Device: Encodable, Equatable {
        let id: String
        /// The public id of the session (device) it belongs to, as `GET /me/sessions` lists it.
        let sessionId: String
    }

    let publicKey: String
    let subscriptions: [Device]

    init(publicKey: String, subscriptions: [StoredPushSubscription]) {
        self.publicKey = publicKey
        self.subscriptions = subscriptions.map { Device(id: $0.id, sessionId: $0.session ?? "") }
    }
}

struct PushSubscriptionRequest: Decodable {
    struct Keys: Decodable {
        let p256dh: String
        let auth: String
    }

    let endpoint: String
    let keys: Keys
}
