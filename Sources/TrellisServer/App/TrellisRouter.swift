import Hummingbird
import HummingbirdWebSocket
import Logging
import NIOCore
import Prometheus
import ServiceLifecycle
import TrellisPush
import TrellisStore

/// The one place that builds the routers: middleware, pages, API and live sockets, over one set
/// of services.
public struct TrellisRouter {
    public let router: Router<TrellisRequestContext>
    /// Only the live sockets' upgrade requests come here (see `LiveUpdates`).
    public let webSocketRouter: Router<TrellisRequestContext>
    /// Every API route as "METHOD /path", in registration order (checked against openapi.yaml).
    public let apiRoutes: [String]
    /// What runs beside the server, stopped in reverse order on SIGTERM after the server: the
    /// relay of a shared database's announcements, the mail sender, the nudges, the security log.
    let services: [any Service]

    /// Sends what is due in the outbox now, as the mail sender does every few seconds: for tests,
    /// which move the clock and send when they choose. How many were sent.
    @discardableResult
    public func sendDueMail() async -> Int {
        await (services.first { $0 is OutboxSender } as? OutboxSender)?.drain() ?? 0
    }

    /// Writes the scheduled nudges due now, as the scheduler does every few minutes: for tests.
    @discardableResult
    public func scheduleNudges() async -> Int {
        await (services.first { $0 is NudgeScheduler } as? NudgeScheduler)?.schedule() ?? 0
    }

    /// Writes the counts of repeated refusals whose minute is over, as a service does every few
    /// seconds: for tests.
    public func flushSecurityLog() {
        (services.first { $0 is SecurityLogFlusher } as? SecurityLogFlusher)?.security.flush()
    }

    /// `securityLogger` receives the security events (see `SecurityLog`).
    public init(
        storage: any TrellisStorage, settings: ServerSettings, clock: any WallClock = SystemWallClock(),
        securityLogger: Logger = Logger(label: "trellis.security"),
        metrics: (registry: PrometheusCollectorRegistry, token: String)? = nil
    ) {
        let security = SecurityLog(
            logger: securityLogger, storage: storage, repeats: RepeatedRefusals(), clock: clock)
        let throttle = LoginThrottle(log: storage)
        let accounts = AccountService(
            storage: storage, clock: clock, settings: settings, throttle: throttle, security: security)
        let devices = SignedInDevices(
            storage: storage, clock: clock, settings: settings, throttle: throttle, security: security)
        // Over a shared database, live updates cross instances through it (and kept folds follow
        // its announcements when told to); alone, they stay in memory.
        // A database this process writes alone, but for an operator's command now and then, tells
        // when another process wrote: reads then need not ask where each couple stands.
        let folds = KeptFolds(
            storage: storage, capacity: settings.keptCouples, keyGeneration: { storage.privateKeyGeneration(of: $0) },
            otherWriters: (storage as? any OtherWriters)?.serve())
        let changes: any CoupleChanges =
            (storage as? any LogAnnouncements).map {
                let announced = settings.freshness == .announced
                return SharedCoupleChanges(
                    announcements: $0, folds: announced ? folds : nil,
                    sessions: announced ? storage as? any AnnouncedSessions : nil)
            } ?? LocalCoupleChanges()
        // The key push services know this installation by: the same on every instance, and across
        // restarts, as it comes from the master key.
        let vapid = PushKeys.vapid(
            storage: storage, subject: settings.mail.map { "mailto:\($0.from.address)" } ?? settings.publicURL)
        let pushDevices = PushDevices(storage: storage, publicKey: vapid.publicKey)
        let couples = CoupleService(
            storage: storage, clock: clock, folds: folds, security: security, changes: changes,
            nudgesByMail: settings.mail != nil)
        let invites = InviteService(
            storage: storage, couples: couples, clock: clock, settings: settings, security: security)
        let confirmation = PasswordConfirmation(hasher: settings.passwordHasher, throttle: throttle, clock: clock)
        let accountChanges = AccountChanges(
            storage: storage, couples: couples, confirmation: confirmation, security: security, clock: clock,
            sendsMail: settings.mail != nil)
        let recovery = RecoveryCodes(storage: storage, confirmation: confirmation, security: security)
        let resets = PasswordResets(
            storage: storage, hasher: settings.passwordHasher, clock: clock, security: security, couples: couples)
        let calendars = CalendarFeeds(storage: storage, couples: couples, clock: clock, settings: settings)
        let marks = KnownSeen(storage)
        let seen = SeenMarks(storage: marks, clock: clock)
        let clinicians = Clinicians(storage: storage)
        let reads = ClinicianReads(storage: storage, couples: couples, clock: clock)
        let locks = DeviceLocks(
            storage: storage, hasher: settings.passwordHasher, throttle: throttle, security: security, clock: clock)
        let writes = WriteLimitMiddleware(
            limiter: WriteLimiter(limit: settings.writeLimit), clock: clock, security: security)

        // A refusal inside a group is drawn in the caller's language: after the member is known.
        let memberErrors = ErrorMiddleware(security: security)
        let router = Router(context: TrellisRequestContext.self)
        router.add(middleware: ForwardedForMiddleware(trusted: settings.trustedProxies))
        router.add(middleware: SecurityHeadersMiddleware(usesTLS: settings.usesTLS, hstsPreload: settings.hstsPreload))
        router.add(middleware: LanguageMiddleware(fallback: settings.language))
        router.add(middleware: ErrorMiddleware(security: security))
        router.add(middleware: MetricsMiddleware())

        Health(storage: storage).register(on: router)
        if let metrics { MetricsEndpoint(registry: metrics.registry, token: metrics.token).register(on: router) }
        Stylesheet.register(on: router)
        WebApp.register(on: router)
        Script.register(on: router)
        calendars.register(on: router)
        UnsubscribePages(storage: storage).register(on: router)

        // Pages: every one knows the browser's visit; member pages need a logged-in member.
        let pages = router.group().add(middleware: PageVisitMiddleware(accounts: accounts, usesTLS: settings.usesTLS))
            .add(middleware: MemberLanguageMiddleware()).add(middleware: memberErrors)
        AccountPages(accounts: accounts).register(on: pages)
        JoinPages(invites: invites).register(on: pages)
        ResetPages(resets: resets).register(on: pages)
        VerifyPages(checks: EmailChecks(storage: storage, clock: clock)).register(on: pages)
        ForgotPages(
            mail: settings.mail.map { _ in
                PasswordResetMail(storage: storage, throttle: throttle, clock: clock, security: security)
            }
        ).register(on: pages)
        DeviceLinkPages(
            links: settings.mail.map { _ in
                DeviceLinks(storage: storage, throttle: throttle, clock: clock, security: security)
            }
        ).register(on: pages)
        ClosePages.registerClosed(on: pages)
        LockPages(locks: locks, accounts: accounts).register(on: pages)
        PrivacyHelpPage().register(on: pages)
        AloneGuidePage().register(on: pages)
        let members = pages.group().add(middleware: RequireMember()).add(middleware: writes)
        let news = NewsFeed(storage: marks, clock: clock)
        let home = HomeScreen(accounts: accounts, couples: couples, seen: seen, invites: invites, news: news)
        CouplePages(home: home).register(on: members)
        RepairPages(home: home, couples: couples, seen: seen, calendars: calendars, clock: clock).register(on: members)
        IntegrityPages(couples: couples, seen: seen, clock: clock).register(on: members)
        SettingsPage(
            accounts: accounts, devices: devices, changes: accountChanges, pushDevices: pushDevices, locks: locks,
            clock: clock
        ).register(on: members)
        ClosePages(changes: accountChanges).register(on: members)
        ExportPages(storage: storage, clock: clock).register(on: members)
        ConfirmPages(couples: couples).register(on: members)
        NewsPages(couples: couples, feed: news).register(on: members)
        AreasPage(couples: couples, clock: clock).register(on: members)
        FearsPages(couples: couples, seen: seen, clock: clock).register(on: members)
        GrantsPage(couples: couples, seen: seen, clock: clock).register(on: members)
        ExpectationsPage(couples: couples, seen: seen, clock: clock).register(on: members)
        WindowPage(couples: couples, seen: seen, clock: clock, settings: settings).register(on: members)
        SignsPage(couples: couples, clock: clock).register(on: members)
        UrgesPage(couples: couples, clock: clock).register(on: members)
        HardDatesPage(couples: couples, clock: clock, seen: seen).register(on: members)
        ThenAndNowPage(couples: couples, clock: clock, seen: seen).register(on: members)
        TimelinePage(couples: couples, clock: clock).register(on: members)
        TalkPage(couples: couples, clock: clock, seen: seen).register(on: members)
        RupturesPage(couples: couples, clock: clock).register(on: members)
        TrustPage(couples: couples, clock: clock).register(on: members)
        HelpPage(couples: couples, clinicians: clinicians, clock: clock).register(on: members)
        ClinicianProfilePage(clinicians: clinicians).register(on: members)
        PrivateEntriesPage(codes: recovery).register(on: members)
        RecoveryCodePage().register(on: members)
        ClientsPage(reads: reads).register(on: members)

        // The API: the caller comes from a bearer token, attached once for every route.
        var book = APIRouteBook(
            router: router.group().add(middleware: BearerAuthenticator(accounts: accounts))
                .add(middleware: MemberLanguageMiddleware()).add(middleware: memberErrors).add(middleware: writes),
            answers: EncodedAnswers(generation: { storage.privateKeyGeneration(of: $0) }))
        AccountAPI(accounts: accounts, devices: devices).register(in: &book)
        LeavingAPI(changes: accountChanges, storage: storage, clock: clock).register(in: &book)
        CoupleAPI(accounts: accounts, couples: couples, invites: invites).register(in: &book)
        RepairAPI(couples: couples, clock: clock).register(in: &book)
        IntegrityAPI(couples: couples, clock: clock).register(in: &book)
        FearsAPI(couples: couples).register(in: &book)
        GrantsAPI(couples: couples, clock: clock).register(in: &book)
        ExpectationsAPI(couples: couples, clock: clock).register(in: &book)
        WindowsAPI(couples: couples, clock: clock, settings: settings).register(in: &book)
        OutOfReachAPI(couples: couples, clock: clock).register(in: &book)
        HardDatesAPI(couples: couples, clock: clock).register(in: &book)
        ThenAndNowAPI(couples: couples, clock: clock).register(in: &book)
        TimelineAPI(couples: couples).register(in: &book)
        ClockAPI(couples: couples).register(in: &book)
        TalkAPI(couples: couples, clock: clock).register(in: &book)
        RupturesAPI(couples: couples).register(in: &book)
        NewsAPI(couples: couples, feed: news).register(in: &book)
        TrustAPI(couples: couples, clock: clock).register(in: &book)
        SettingsAPI(accounts: accounts).register(in: &book)
        PhonePrivacyAPI(locks: locks, accounts: accounts).register(in: &book)
        RemindersAPI(accounts: accounts, devices: pushDevices).register(in: &book)
        RecoveryAPI(codes: recovery).register(in: &book)
        CliniciansAPI(clinicians: clinicians).register(in: &book)
        HelpAPI(couples: couples, clinicians: clinicians, clock: clock).register(in: &book)
        ClientsAPI(reads: reads).register(in: &book)
        calendars.registerAPI(in: &book)

        // Router-wide middleware runs in the order added, whatever the order of routes: this one
        // sits inside ErrorMiddleware and sees the router's own "no such route".
        router.add(middleware: AllowedMethodsMiddleware(routes: book.routes))

        let live = LiveUpdates(couples: couples, settings: settings)
        let sockets = Router(context: TrellisRequestContext.self)
        sockets.add(middleware: ForwardedForMiddleware(trusted: settings.trustedProxies))
        sockets.add(middleware: LanguageMiddleware(fallback: settings.language))
        sockets.add(middleware: ErrorMiddleware(security: security))
        live.registerPage(
            on: sockets.group().add(middleware: PageVisitMiddleware(accounts: accounts, usesTLS: settings.usesTLS))
                .add(middleware: MemberLanguageMiddleware()).add(middleware: memberErrors))
        live.registerAPI(
            on: sockets.group().add(middleware: BearerAuthenticator(accounts: accounts))
                .add(middleware: MemberLanguageMiddleware()).add(middleware: memberErrors))

        self.router = router
        self.webSocketRouter = sockets
        self.apiRoutes = book.routes
        // The relay first, so it stops last: after the server has drained its requests.
        services =
            [changes as? SharedCoupleChanges].compactMap { $0 } + [
                OutboxSender(
                    storage: storage, mail: settings.mail, push: PushSender(vapid: vapid),
                    publicURL: settings.publicURL,
                    clock: clock),
                NudgeScheduler(storage: storage, couples: couples, clock: clock),
                SecurityLogFlusher(security: security),
            ]
    }
}

extension TrellisRouter {
    /// The HTTP server for these routers, with live sockets upgraded from HTTP/1.
    public func application(
        configuration: ApplicationConfiguration = .init(),
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }, logger: Logger? = nil,
        withServices: Bool = true
    ) -> some ApplicationProtocol {
        Application(
            router: router, server: .http1WebSocketUpgrade(webSocketRouter: webSocketRouter),
            configuration: configuration, services: withServices ? services : [], onServerRunning: onServerRunning,
            logger: logger)
    }
}
