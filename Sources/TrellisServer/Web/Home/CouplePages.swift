import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// The home page and the couple's forms. Pages act on the member's own couple only: no couple
/// id ever comes from the browser, and area ids are checked against the couple's state.
struct CouplePages {
    let home: HomeScreen
    var accounts: AccountService { home.accounts }
    var couples: CoupleService { home.couples }
    var invites: InviteService { home.invites }

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(Page.home().route) { request, context in
            let visit = try context.pageVisit()
            let account = try context.caller()
            let done = request.uri.queryParameters["done"].flatMap { StepConfirmation(rawValue: String($0)) }
            let codeWaiting = RecoveryCodeNote.read(request, session: visit.sessionToken, tls: visit.usesTLS) != nil
            return try await home.render(visit, account, done: done, codeWaiting: codeWaiting)
        }
        action(Post.startCouple) { account, _ in
            _ = try await couples.start(for: account)
            return nil
        }
        // The invite is shown by the home page, so reloading it shows the same link again.
        action(Post.invite) { account, _ in
            _ = try await invites.create(for: try Self.couple(of: account), by: account)
            return nil
        }
        router.get(Page.leave.route) { request, context in
            let visit = try context.pageVisit()
            let account = try context.caller()
            guard let couple = account.coupleID else { return visit.redirect(to: .home()) }
            let partner = try await couples.view(of: couple, for: account).members.first { !$0.isViewer }?.name
            return visit.page(LeavePageView(forms: visit.forms, partner: partner).html)
        }
        // Joining by a code typed on home: a wrong code is refused on home, the code kept.
        action(Post.joinCouple) { account, form in
            _ = try await invites.accept(try form.require("code"), by: account)
            return nil
        }
        action(Post.shareClock) { account, form in
            let zone = form["share"] == "yes" ? account.settings.timeZone : nil
            _ = try await couples.perform(.shareClock(timeZone: zone), in: try Self.couple(of: account), by: account)
            return .saved
        }
        action(Post.leave) { account, form in
            try form.requireConfirmation()
            try await couples.leave(try Self.couple(of: account), as: account)
            return nil
        }
        /// A form post that changes the couple, then shows the home page: redirected on success
        /// (with a line saying what happened, when there is one to say), re-rendered with the
        /// reason on a refusal.
        func action(
            _ address: FormAction<NoTarget>,
            _ perform:
                @escaping @Sendable (Account, FormFields, TrellisRequestContext) async throws -> StepConfirmation?
        ) {
            router.post(address) { _, request, context in
                let visit = try context.pageVisit()
                let form = try await visit.form(request)
                let account = try context.caller()
                do {
                    let done = try await perform(account, form, context)
                    return visit.redirect(to: .home(done: done))
                } catch let error as TrellisError {
                    // Show the refusal on the freshest state: the account may have changed couples.
                    let current = try await accounts.authenticate(token: visit.sessionToken ?? "")
                    let returned = ReturnedForm(action: request.uri.path, fields: form, error: error)
                    return try await home.render(visit, current, error: error, returned: returned)
                }
            }
        }
        func action(
            _ address: FormAction<NoTarget>,
            _ perform: @escaping @Sendable (Account, FormFields) async throws -> StepConfirmation?
        ) {
            action(address) { account, form, _ in try await perform(account, form) }
        }
    }

    private static func couple(of account: Account) throws -> CoupleID {
        guard let couple = account.coupleID else {
            throw TrellisError(.conflict, "no_couple", say("home.couple.startOrJoinFirst"))
        }
        return couple
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
