import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Earlier news, a page at a time, and opening one item: marked seen, then on to where it happened.
struct NewsPages {
    let couples: CoupleService
    let feed: NewsFeed

    static let route = "/news"
    static func path(_ seq: Int64) -> String { "\(route)/\(seq)" }
    static func earlier(before seq: Int64?) -> String { route + (seq.map { "?before=\($0)" } ?? "") }

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(RouterPath(Self.route)) { request, context in
            let visit = try context.pageVisit()
            let account = try context.caller()
            guard let state = try await couples.ownState(of: account) else { return visit.redirect(to: .home()) }
            let before = try request.uri.queryParameters["before"].map { text in
                try Int64(String(text)).orMalformed(say("home.news.beforeNotNumber"), field: "before")
            }
            let page = try await feed.page(for: account, in: state, before: before, limit: NewsFeed.perPage)
            let today = account.settings.today(at: feed.clock.now())
            let news = NewsView(page: page, settings: account.settings, today: today)
            let empty: HTML =
                page.entries.isEmpty ? #"<p class="note">\#(say("home.news.nothingEarlier"))</p>"# : .empty
            return visit.page(
                """
                <p><a href="\(Page.home())">\(say("home.news.backHome"))</a></p>
                <h1>\(say("home.news.heading"))</h1>
                \(empty)\(news.list(earlierLink: true))
                """)
        }
        router.get("\(Self.route)/{seq}") { _, context in
            let visit = try context.pageVisit()
            let account = try context.caller()
            let seq = try Int64(try context.parameters.require("seq")).orNotFound()
            guard let state = try await couples.ownState(of: account) else { return visit.redirect(to: .home()) }
            guard let line = try await feed.open(seq, for: account, in: state) else { throw TrellisError.notFound }
            return visit.redirect(to: line.place ?? Page.home().description)
        }
    }
}
