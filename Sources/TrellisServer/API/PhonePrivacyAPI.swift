import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// The lock and look for apps: the member's choice, this device's lock time, and the lock's own
/// steps. A locked token answers 423 `locked` everywhere but here (unlock) and at log-out.
struct PhonePrivacyAPI {
    let locks: DeviceLocks
    let accounts: AccountService

    func register(in book: inout APIRouteBook) {
        book.read("/me/phone-privacy") { _, context in
            _ = try context.caller()
            return PhonePrivacyBody(try context.lockedOrOpenSession())
        }
        book.on(.put, "/me/phone-privacy") { request, context in
            _ = try context.caller()
            let session = try context.lockedOrOpenSession()
            let token = request.bearerToken ?? ""
            let body = try await JSONCoding.decode(PhonePrivacyRequest.self, from: request)
            let wanted = try body.applied(to: session.privacy)
            try await locks.choose(wanted, code: body.code, password: body.password, for: session, token: token)
            if let seconds = body.lockAfter { try await locks.setLockTime(seconds, for: session, token: token) }
            let (stored, _) = try await accounts.signedIn(token: token)
            return try JSONCoding.response(PhonePrivacyBody(stored))
        }
        book.on(.post, "/sessions/current/unlock") { request, context in
            let body = try await JSONCoding.decode(UnlockRequest.self, from: request)
            try await locks.unlock(
                try context.lockedOrOpenSession(), token: request.bearerToken ?? "", code: body.code,
                password: body.password)
            return Response(status: .noContent)
        }
        book.on(.post, "/sessions/current/lock") { request, context in
            let token = request.bearerToken ?? ""
            if try await !locks.lock(try context.lockedOrOpenSession(), token: token) {
                try await accounts.logOut(token: token)
            }
            return Response(status: .noContent)
        }
    }
}

struct PhonePrivacyBody: Encodable, Equatable {
    let lock: String
    let privatePagesAskAgain: Bool
    let look: String?
    /// This device's lock time, in seconds.
    let lockAfter: Int

    init(_ session: SignedIn) {
        lock = session.privacy.lock.rawValue
        privatePagesAskAgain = session.privacy.privatePagesAskAgain
        look = session.privacy.look?.rawValue
        lockAfter = session.session.lock.after
    }
}

/// Fields left out keep their value; `look` set to "" goes back to Trellis's own.
struct PhonePrivacyRequest: Decodable {
    let lock: String?
    let code: String?
    let password: String?
    let privatePagesAskAgain: Bool?
    let look: String?
    let lockAfter: Int?

    func applied(to privacy: PhonePrivacy) throws -> PhonePrivacy {
        var privacy = privacy
        if let lock {
            guard let key = PhonePrivacy.LockKey(rawValue: lock) else {
                throw TrellisError.invalid("lock", say("refusals.api.lock"))
            }
            privacy.lock = key
        }
        if let look {
            guard look.isEmpty || DiscreetLook(rawValue: look) != nil else {
                throw TrellisError.invalid("look", say("refusals.api.look"))
            }
            privacy.look = DiscreetLook(rawValue: look)
        }
        privacy.privatePagesAskAgain = privatePagesAskAgain ?? privacy.privatePagesAskAgain
        return privacy
    }
}

struct UnlockRequest: Decodable {
    let code: String?
    let password: String?
}
