import Hummingbird
import TrellisCore
import TrellisStore

/// The forms of the settings page about this phone: the lock, private pages, the look, and this
/// device's lock time. Each returns to the settings page with a calm line, or with the refusal
/// beside the field at fault.
struct PhonePrivacySteps {
    let settings: SettingsPage
    let locks: DeviceLocks

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.post(Post.phoneLock) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            let (session, token) = try Self.signedIn(visit)
            let wanted = PhonePrivacy(
                lock: PhonePrivacy.LockKey(rawValue: form["lock"] ?? "") ?? session.privacy.lock,
                privatePagesAskAgain: form["privatePagesAskAgain"] == "yes",
                look: DiscreetLook(rawValue: form["look"] ?? ""))
            do {
                try await locks.choose(
                    wanted, code: form["code"], password: form["password"], for: session, token: token)
                return visit.redirect(to: .settings(done: .saved))
            } catch let error as TrellisError {
                var response = try await settings.page(visit, phone: (wanted, error), status: error.status)
                if let retryAfter = error.retryAfter { response.headers[.retryAfter] = String(retryAfter) }
                return response
            }
        }
        router.post(Post.phoneLockTime) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            let (session, token) = try Self.signedIn(visit)
            do {
                try await locks.setLockTime(Int(form["lockAfter"] ?? "") ?? -1, for: session, token: token)
                return visit.redirect(to: .settings(done: .saved))
            } catch let error as TrellisError {
                return try await settings.page(visit, phone: (session.privacy, error), status: error.status)
            }
        }
    }

    private static func signedIn(_ visit: WebVisit) throws -> (SignedIn, String) {
        guard let session = visit.session, let token = visit.sessionToken else { throw TrellisError.notAuthenticated }
        return (session, token)
    }
}
