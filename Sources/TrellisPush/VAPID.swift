import Crypto
import Foundation

/// Voluntary Application Server Identification (RFC 8292): the key a push service knows this
/// Trellis by, and the signed token each request carries (ES256).
public struct VAPID: Sendable {
    private let key: P256.Signing.PrivateKey
    /// Who to contact about this server's pushes, such as mailto:trellis@example.org.
    public let subject: String

    /// From 32 bytes kept by the installation, so the key survives restarts and is the same on
    /// every instance (subscriptions are made to it).
    public init(seed: Data, subject: String) throws {
        key = try P256.Signing.PrivateKey(rawRepresentation: seed)
        self.subject = subject
    }

    /// The public key, as a page hands it to `pushManager.subscribe` (`applicationServerKey`).
    public var publicKey: String { Base64URL.encode(key.publicKey.x963Representation) }

    /// The `Authorization` header for a request to `endpoint`, valid until `expiry` (at most a day).
    public func authorization(for endpoint: URL, expiry: Date) throws -> String {
        guard let scheme = endpoint.scheme, let host = endpoint.host else {
            throw PushEncryption.Failure(reason: "the endpoint is not an absolute URL")
        }
        let audience = "\(scheme)://\(host)" + (endpoint.port.map { ":\($0)" } ?? "")
        let header = Base64URL.encode(Data(#"{"typ":"JWT","alg":"ES256"}"#.utf8))
        let claims = try JSONSerialization.data(
            withJSONObject: ["aud": audience, "exp": Int(expiry.timeIntervalSince1970), "sub": subject],
            options: [.sortedKeys])
        let signingInput = header + "." + Base64URL.encode(claims)
        let signature = try key.signature(for: Data(signingInput.utf8))
        return "vapid t=\(signingInput).\(Base64URL.encode(signature.rawRepresentation)), k=\(publicKey)"
    }
}
