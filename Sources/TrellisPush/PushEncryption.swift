import Crypto
import Foundation

/// Message encryption for Web Push (RFC 8291, "aes128gcm" of RFC 8188): the payload sealed to one
/// subscription, so the push service carries it without being able to read it.
public enum PushEncryption {
    /// The record size Trellis announces; a nudge is one short record.
    static let recordSize: UInt32 = 4096

    public struct Failure: Error, Equatable {
        public let reason: String
    }

    /// The request body for `payload`, sealed to the subscription's key (`p256dh`, 65 bytes) and
    /// secret (`auth`, 16 bytes). `salt` and `serverKey` are fresh for every message unless a test
    /// gives them.
    public static func encrypt(
        _ payload: [UInt8], to subscriberKey: Data, auth: Data, salt: Data? = nil,
        serverKey: P256.KeyAgreement.PrivateKey = P256.KeyAgreement.PrivateKey()
    ) throws -> Data {
        guard auth.count == 16 else { throw Failure(reason: "the subscription's auth secret is not 16 bytes") }
        let subscriber: P256.KeyAgreement.PublicKey
        do {
            subscriber = try P256.KeyAgreement.PublicKey(x963Representation: subscriberKey)
        } catch {
            throw Failure(reason: "the subscription's key is not a P-256 point")
        }
        let salt = salt ?? Data((0..<16).map { _ in UInt8.random(in: .min ... .max) })
        let serverPublic = serverKey.publicKey.x963Representation
        let shared = try serverKey.sharedSecretFromKeyAgreement(with: subscriber)
        // RFC 8291 §3.4: the input keying material, bound to both public keys and the auth secret.
        let keyInfo = Data("WebPush: info\0".utf8) + subscriberKey + serverPublic
        let ikm = shared.hkdfDerivedSymmetricKey(
            using: SHA256.self, salt: auth, sharedInfo: keyInfo, outputByteCount: 32)
        // RFC 8188 §2.2 and §2.3: the content encryption key and the nonce.
        let key = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: ikm, salt: salt, info: Data("Content-Encoding: aes128gcm\0".utf8), outputByteCount: 16)
        let nonce = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: ikm, salt: salt, info: Data("Content-Encoding: nonce\0".utf8), outputByteCount: 12)
        // One record, the last: the payload and its delimiter, 0x02.
        let sealed = try AES.GCM.seal(
            Data(payload) + [0x02], using: key, nonce: try AES.GCM.Nonce(data: nonce.withUnsafeBytes { Data($0) }))
        var header = Data(salt)
        withUnsafeBytes(of: recordSize.bigEndian) { header.append(contentsOf: $0) }
        header.append(UInt8(serverPublic.count))
        header.append(serverPublic)
        return header + sealed.ciphertext + sealed.tag
    }
}
