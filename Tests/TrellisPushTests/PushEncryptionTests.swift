import Crypto
import Foundation
import Testing

@testable import TrellisPush

/// The encryption against RFC 8291's own example (Appendix A), byte for byte, and the VAPID token
/// checked as a push service checks it.
@Suite("Web Push, sealed and signed")
struct PushEncryptionTests {
    static func bytes(_ text: String) -> Data { Base64URL.decode(text)! }

    @Test func theRFCsExampleComesOutByteForByte() throws {
        let server = try P256.KeyAgreement.PrivateKey(
            rawRepresentation: Self.bytes("yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw"))
        let body = try PushEncryption.encrypt(
            Array("When I grow up, I want to be a watermelon".utf8),
            to: Self.bytes("BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4"),
            auth: Self.bytes("BTBZMqHH6r4Tts7J_aSIgg"), salt: Self.bytes("DGv6ra1nlYgDCS1FRnbzlw"), serverKey: server)
        #expect(
            Base64URL.encode(body)
                == "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN"
        )
    }

    @Test func theVAPIDTokenIsSignedForTheEndpointsOrigin() throws {
        let vapid = try VAPID(seed: Data(repeating: 7, count: 32), subject: "mailto:trellis@example.org")
        let header = try vapid.authorization(
            for: URL(string: "https://push.example.net:8443/send/abc")!,
            expiry: Date(timeIntervalSince1970: 2_000_000_000))
        let token = try #require(header.firstMatch(of: /vapid t=([^,]+), k=(.+)/))
        #expect(String(token.2) == vapid.publicKey)
        let parts = token.1.split(separator: ".").map(String.init)
        let claims = try JSONSerialization.jsonObject(with: Self.bytes(parts[1])) as? [String: Any]
        #expect(claims?["aud"] as? String == "https://push.example.net:8443")
        #expect(claims?["exp"] as? Int == 2_000_000_000)
        let key = try P256.Signing.PublicKey(x963Representation: Self.bytes(vapid.publicKey))
        let signature = try P256.Signing.ECDSASignature(rawRepresentation: Self.bytes(parts[2]))
        #expect(key.isValidSignature(signature, for: Data("\(parts[0]).\(parts[1])".utf8)))
    }

    @Test func aSubscriptionIsReadFromWhatABrowserGives() {
        let key = Base64URL.encode(P256.KeyAgreement.PrivateKey().publicKey.x963Representation)
        let auth = Base64URL.encode(Data(repeating: 1, count: 16))
        #expect(PushSubscription(endpoint: "https://push.example.net/x", p256dh: key, auth: auth) != nil)
        #expect(PushSubscription(endpoint: "ftp://push.example.net/x", p256dh: key, auth: auth) == nil)
        #expect(PushSubscription(endpoint: "https://push.example.net/x", p256dh: "short", auth: auth) == nil)
    }
}
