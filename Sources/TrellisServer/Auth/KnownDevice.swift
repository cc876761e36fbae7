import Foundation
import TrellisStore

/// A token a device keeps once it has logged in to an account (a cookie in a browser; an app
/// stores it), so its next log-in is counted apart from strangers' guesses. It is a random id and
/// a signature binding that id to the account's email under a key only this installation holds;
/// it opens nothing by itself, and a token made for one email means nothing for another.
struct KnownDevice: Sendable, Equatable {
    let id: String

    static func new() -> KnownDevice { KnownDevice(id: SecretToken.base64URL(SecretToken.randomBytes(16))) }

    /// The token to hand to the device, for this email.
    func token(for email: String, signer: any Readiness) -> String {
        id + "." + Self.signature(id: id, email: email, signer: signer)
    }

    /// The device a token names, if it is genuine and was made for this email.
    static func check(_ token: String?, email: String, signer: any Readiness) -> KnownDevice? {
        guard let token, token.utf8.count < 200 else { return nil }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let id = String(parts[0])
        guard SecretToken.constantTimeEqual(parts[1], signature(id: id, email: email, signer: signer)) else {
            return nil
        }
        return KnownDevice(id: id)
    }

    private static func signature(id: String, email: String, signer: any Readiness) -> String {
        SecretToken.base64URL(Array(signer.deviceSignature("device " + id + " for " + email)))
    }
}
