import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisPush
import TrellisStore

/// The member's settings: their rhythm (time zone, evening hour, the pause before replying to
/// feedback), their name and email, their password, keeping Trellis private on this phone, the
/// devices signed in as them, and their data.
struct SettingsPage {
    let accounts: AccountService
    let devices: SignedInDevices
    let changes: AccountChanges
    let pushDevices: PushDevices
    let locks: DeviceLocks
    let clock: any WallClock

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(Page.settings().route) { request, context in
            let done = request.uri.queryParameters["done"].flatMap { StepConfirmation(rawValue: String($0)) }
            return try await page(try context.pageVisit(), done: done)
        }
        router.post(Post.settings) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            let wanted = MemberSettings(
                timeZone: form["timeZone"] ?? "", eveningHour: Int(form["eveningHour"] ?? "") ?? -1,
                pauseSeconds: Int(form["pauseSeconds"] ?? "") ?? -1)
            do {
                _ = try await accounts.update(wanted, for: try context.caller())
                return visit.redirect(to: .settings(done: .saved))
            } catch let error as TrellisError {
                return try await page(visit, rhythm: (wanted, error), status: error.status)
            }
        }
        LanguageForm.register(on: router, accounts: accounts)
        router.post(Post.profile) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            let (name, email) = (form["name"] ?? "", form["email"] ?? "")
            do {
                _ = try await changes.updateProfile(
                    name: name, email: email, password: form["password"] ?? "", of: try context.caller())
                return visit.redirect(to: .settings(done: .saved))
            } catch let error as TrellisError {
                var response = try await page(visit, profile: (name, email, error), status: error.status)
                if let retryAfter = error.retryAfter { response.headers[.retryAfter] = String(retryAfter) }
                return response
            }
        }
        router.post(Post.nudges) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            let wanted = NudgePreferences(
                kinds: Set(form.all("kind").compactMap(NudgePreferences.Kind.init(rawValue:))),
                fromHour: Int(form["fromHour"] ?? "") ?? -1, untilHour: Int(form["untilHour"] ?? "") ?? -1,
                paused: form["paused"] == "yes")
            do {
                try await accounts.update(wanted, for: try context.caller())
                return visit.redirect(to: .settings(done: .saved))
            } catch let error as TrellisError {
                return try await page(visit, nudges: (wanted, error), status: error.status)
            }
        }
        router.post(Post.push) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            let account = try context.caller()
            if form["end"] == "yes" {
                let current = try await devices.list(token: visit.sessionToken ?? "").current
                for device in try await pushDevices.list(for: account) where device.session == current {
                    try await pushDevices.end(device.id, for: account)
                }
            } else {
                let subscription = try PushSubscription(
                    endpoint: form["endpoint"] ?? "", p256dh: form["p256dh"] ?? "", auth: form["auth"] ?? ""
                ).orInvalid("endpoint", say("reach.push.noSubscription"))
                _ = try await pushDevices.subscribe(subscription, for: account, sessionToken: visit.sessionToken ?? "")
            }
            return visit.redirect(to: .settings(done: .saved))
        }
        router.post(Post.emailCheck) { _, request, context in
            let visit = try context.pageVisit()
            _ = try await visit.form(request)
            try await accounts.resendAddressCheck(try context.caller())
            return visit.redirect(to: .settings(done: .linkSent))
        }
        DeviceSteps(settings: self).register(on: router)
        PhonePrivacySteps(settings: self, locks: locks).register(on: router)
    }

    /// An address not proven yet gets nothing but the link that proves it; it can be sent again.
    private static func unconfirmed(_ account: Account, _ forms: Forms) -> HTML {
        """
        <div class="notice" id="address-unconfirmed"><p>\(say("reach.settings.unconfirmed", ["email": account.email]))</p>
        \(forms.post(Post.emailCheck(), "<button id=\"resend-check\" class=\"quiet\">\(say("reach.settings.resendLink"))</button>"))</div>
        """
    }

    /// What belongs to the couple and is changed rarely: its areas, and leaving it.
    private static var coupleSection: HTML {
        """
        <h2 id="our-couple">\(say("reach.settings.coupleTitle"))</h2>
        <p><a id="trust-areas" href="\(Page.areas())">\(say("reach.settings.areasLink"))</a></p>
        <p class="note">\(say("reach.settings.leavingNote"))</p>
        <p><a id="leave-couple" href="\(Page.leave)">\(say("reach.settings.leaveLink"))</a></p>
        """
    }

    /// The whole page; a refused form comes back with its error beside it and what was typed.
    func page(
        _ visit: WebVisit, done: StepConfirmation? = nil, rhythm: (MemberSettings, TrellisError)? = nil,
        profile: (name: String, email: String, error: TrellisError)? = nil, password: TrellisError? = nil,
        nudges: (NudgePreferences, TrellisError)? = nil, phone: (PhonePrivacy, TrellisError)? = nil,
        devices refusal: TrellisError? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let account = visit.account else { throw TrellisError.notAuthenticated }
        let (sessions, current) = try await devices.list(token: visit.sessionToken ?? "")
        let today = account.settings.today(at: clock.now())
        var reminders: HTML = .empty
        if accounts.sendsMail {
            var choice = nudges?.0
            if choice == nil { choice = try await accounts.nudgePreferences(account) }
            reminders = NudgeForm.html(
                choice ?? .standard, zone: account.settings.timeZone, forms: visit.forms, error: nudges?.1)
        }
        let content: HTML = """
            <p><a href="\(Page.home())">\(say("reach.settings.home"))</a></p>
            <h1>\(say("reach.settings.title"))</h1>
            \(done?.html(partner: "") ?? .empty)
            \(try await accounts.addressConfirmed(account) ? .empty : Self.unconfirmed(account, visit.forms))
            \(LanguageForm.html(account.language, forms: visit.forms, error: nil))
            <h2>\(say("reach.settings.rhythmTitle"))</h2>
            \(RhythmForm.html(rhythm?.0 ?? account.settings, forms: visit.forms, error: rhythm?.1))
            \(ProfileForm.html(
                name: profile?.name ?? account.name, email: profile?.email ?? account.email, forms: visit.forms,
                error: profile?.error))
            \(PasswordForm.html(forms: visit.forms, error: password))
            \(reminders)
            \(PushForm.html(
                on: try await pushDevices.list(for: account).contains { $0.session == current },
                key: pushDevices.publicKey, forms: visit.forms))
            \(PhonePrivacyForm.html(
                phone?.0 ?? visit.session?.privacy ?? .standard,
                lockAfter: visit.session?.session.lock.after ?? DeviceLock.standardAfter, forms: visit.forms,
                error: phone?.1))
            <p><a id="private-entries" href="\(Page.privateEntries())">\(say("reach.settings.privateEntriesLink"))</a></p>
            \(DeviceList.html(
                sessions, current: current, today: today, zone: account.settings, limits: devices.settings,
                forms: visit.forms, error: refusal))
            \(account.coupleID == nil ? .empty : Self.coupleSection)
            <h2>\(say("reach.settings.cliniciansTitle"))</h2>
            <p><a id="clinician-profile" href="\(Page.clinicianProfile())">\(say("reach.settings.clinicianLink"))</a></p>
            \(YourDataSection.html(
                operatorExports: try await changes.storage.operatorExports(of: account.id), zone: account.settings))
            """
        return visit.page(content, status: status)
    }
}
