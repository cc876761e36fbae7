import Crypto
import Foundation
import Hummingbird
import TrellisStore

/// A recovery code waiting to be kept, carried from the step that made it (sign-up, the upgrading
/// log-in, a new code) to the page that shows it, so a reload shows it again instead of sending
/// the step twice. It lives in a cookie sealed with a key derived from the session's token: only
/// this session opens it, the server stores nothing, and "I have kept it" clears it.
enum RecoveryCodeNote {
    static func cookie(tls: Bool) -> String { (tls ? "__Host-" : "") + "trellis_recovery_code" }
    /// As long as a session may go unused: a code never said to be kept leaves with it.
    private static let keptFor = 7 * 24 * 3600

    /// `response` with the code sealed for `session` (its token) in the note's cookie.
    static func attach(_ code: RecoveryCode, for session: String, tls: Bool, to response: Response) -> Response {
        var response = response
        // The code is ASCII: sealing it cannot fail for any reason but a broken random source.
        let box = try? AES.GCM.seal(Data(code.normalised.utf8), using: key(session))
        guard let sealed = box?.combined else { return response }
        response.setCookie(
            Cookie(
                name: cookie(tls: tls), value: SecretToken.base64URL(Array(sealed)), maxAge: keptFor, path: "/",
                secure: tls, httpOnly: true, sameSite: .strict))
        return response
    }

    /// The code waiting in this request's note, if this session sealed it.
    static func read(_ request: Request, session: String?, tls: Bool) -> RecoveryCode? {
        guard let session, let value = request.cookie(cookie(tls: tls)),
            let bytes = SecretToken.bytes(base64URL: value),
            let box = try? AES.GCM.SealedBox(combined: bytes),
            let opened = try? AES.GCM.open(box, using: key(session))
        else { return nil }
        return RecoveryCode(String(decoding: opened, as: UTF8.self))
    }

    static func clear(tls: Bool, from response: Response) -> Response {
        var response = response
        response.setCookie(
            Cookie(
                name: cookie(tls: tls), value: "", maxAge: 0, path: "/", secure: tls, httpOnly: true, sameSite: .strict)
        )
        return response
    }

    private static func key(_ session: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(
            inputKeyMaterial: SymmetricKey(data: Data(session.utf8)), info: Data("trellis recovery code note".utf8),
            outputByteCount: 32)
    }
}
