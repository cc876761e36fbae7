import Foundation
import Hummingbird
import TrellisStore

/// The page a new recovery code waits on (`RecoveryCodeNote`): shown on every visit, reloads
/// included, until the member says they kept it; then on to where they were going.
struct RecoveryCodePage {
    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(Page.recoveryCode(next: "").route) { request, context in
            let visit = try context.pageVisit()
            let next = AccountPages.safeNext(request.uri.queryParameters["next"].map(String.init))
            guard let code = RecoveryCodeNote.read(request, session: visit.sessionToken, tls: visit.usesTLS) else {
                return visit.redirect(to: next)
            }
            return visit.page(RecoveryCodeView.html(code, next: next, forms: visit.forms))
        }
        router.post(Post.recoveryCodeKept) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            return RecoveryCodeNote.clear(
                tls: visit.usesTLS, from: visit.redirect(to: AccountPages.safeNext(form["next"])))
        }
    }
}

extension WebVisit {
    /// A redirect to the page that shows `code`, which waits sealed for `session` until kept.
    func showing(_ code: RecoveryCode, for session: String, then next: String) -> Response {
        RecoveryCodeNote.attach(
            code, for: session, tls: usesTLS, to: redirect(to: .recoveryCode(next: next)))
    }
}
