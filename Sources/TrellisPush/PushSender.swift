import AsyncHTTPClient
import Foundation
import NIOCore

/// One device's subscription: where its push service takes messages for it, and its keys.
public struct PushSubscription: Sendable, Equatable {
    public let endpoint: String
    /// The device's P-256 public key (65 bytes, uncompressed).
    public let key: Data
    /// The device's 16-byte secret.
    public let auth: Data

    public init(endpoint: String, key: Data, auth: Data) {
        self.endpoint = endpoint
        self.key = key
        self.auth = auth
    }

    /// From the form a browser's `PushSubscription.toJSON()` gives (URL-safe base64 keys).
    public init?(endpoint: String, p256dh: String, auth: String) {
        guard let url = URL(string: endpoint), url.scheme == "https" || url.scheme == "http", url.host != nil,
            let key = Base64URL.decode(p256dh), key.count == 65, let secret = Base64URL.decode(auth),
            secret.count == 16
        else { return nil }
        self.init(endpoint: endpoint, key: key, auth: secret)
    }
}

/// Sends a push message to one subscription through its push service, signed with VAPID and sealed
/// with aes128gcm (async-http-client).
public struct PushSender: Sendable {
    public enum Outcome: Sendable, Equatable {
        case delivered
        /// The push service says the subscription is no more (404, 410): forget it.
        case gone
        /// Anything else: worth another try later, or not, by the caller's rules.
        case failed(status: UInt?, reason: String)
    }

    private let vapid: VAPID
    private let client: HTTPClient

    public init(vapid: VAPID, client: HTTPClient = .shared) {
        self.vapid = vapid
        self.client = client
    }

    public func send(_ payload: String, to subscription: PushSubscription, now: Date = Date()) async -> Outcome {
        do {
            guard let endpoint = URL(string: subscription.endpoint) else {
                return .failed(status: nil, reason: "not a URL")
            }
            let body = try PushEncryption.encrypt(Array(payload.utf8), to: subscription.key, auth: subscription.auth)
            var request = HTTPClientRequest(url: subscription.endpoint)
            request.method = .POST
            request.headers.add(name: "TTL", value: "86400")
            request.headers.add(name: "Urgency", value: "normal")
            request.headers.add(name: "Content-Encoding", value: "aes128gcm")
            request.headers.add(name: "Content-Type", value: "application/octet-stream")
            request.headers.add(
                name: "Authorization",
                value: try vapid.authorization(for: endpoint, expiry: now.addingTimeInterval(12 * 3600)))
            request.body = .bytes(ByteBuffer(bytes: body))
            let response = try await client.execute(request, timeout: .seconds(30))
            switch response.status.code {
            case 200..<300: return .delivered
            case 404, 410: return .gone
            default:
                return .failed(
                    status: response.status.code, reason: "the push service answered \(response.status.code)")
            }
        } catch {
            return .failed(status: nil, reason: "the push service could not be reached")
        }
    }
}
