import Hummingbird
import TrellisStore

/// The one place that builds the router: middleware, pages and API, over one set of services.
public struct TrellisRouter {
    public let router: Router<TrellisRequestContext>
    /// Every API route as "METHOD /path", in registration order (checked against openapi.yaml).
    public let apiRoutes: [String]

    public init(storage: any TrellisStorage, settings: ServerSettings, clock: any WallClock = SystemWallClock()) {
        let accounts = AccountService(storage: storage, clock: clock, settings: settings, throttle: LoginThrottle())
        let couples = CoupleService(storage: storage, clock: clock, keptCouples: settings.keptCouples)
        let invites = InviteService(storage: storage, couples: couples, clock: clock, settings: settings)
        let calendars = CalendarFeeds(storage: storage, couples: couples, clock: clock, settings: settings)

        let router = Router(context: TrellisRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware(usesTLS: settings.usesTLS))
        router.add(middleware: ErrorMiddleware())

        Health(storage: storage).register(on: router)
        Stylesheet.register(on: router)
        Script.register(on: router)
        AccountPages(accounts: accounts, usesTLS: settings.usesTLS).register(on: router)
        CouplePages(accounts: accounts, couples: couples, invites: invites, clock: clock, usesTLS: settings.usesTLS)
            .register(on: router)
        JoinPages(accounts: accounts, invites: invites, usesTLS: settings.usesTLS).register(on: router)
        calendars.register(on: router)
        RepairPages(accounts: accounts, couples: couples, calendars: calendars, clock: clock, usesTLS: settings.usesTLS)
            .register(on: router)
        IntegrityPages(accounts: accounts, couples: couples, clock: clock, usesTLS: settings.usesTLS).register(
            on: router)
        ConfirmPages(accounts: accounts, couples: couples, usesTLS: settings.usesTLS).register(on: router)

        var book = APIRouteBook(router: router)
        AccountAPI(accounts: accounts).register(in: &book)
        CoupleAPI(accounts: accounts, couples: couples, invites: invites).register(in: &book)
        RepairAPI(accounts: accounts, couples: couples, clock: clock).register(in: &book)
        IntegrityAPI(accounts: accounts, couples: couples, clock: clock).register(in: &book)
        SettingsAPI(accounts: accounts).register(in: &book)
        calendars.registerAPI(in: &book, accounts: accounts)

        self.router = router
        self.apiRoutes = book.routes
    }
}
