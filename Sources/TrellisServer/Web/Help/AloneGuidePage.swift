import Hummingbird
import TrellisCore

/// "When only I am trying": a short guide for a member who begins before their partner does, or
/// goes on after their partner left. Open to anyone, signed in or not, so it can be read first.
struct AloneGuidePage {
    static let path = "/help/alone"

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(RouterPath(Self.path)) { _, context in
            try context.pageVisit().page(Self.content)
        }
    }

    static let content: HTML = """
        <p><a href="\(Page.home())">← Home</a></p>
        <h1>When only I am trying</h1>
        <p>It is common for one partner to begin while the other hesitates, or is not ready, or has gone. \
        What you do alone is not wasted: it is how you steady yourself, and steadiness is what the two of \
        you would build on later.</p>
        <h2 id="alone-what">What works alone</h2>
        <ul>
        <li><a href="\(Page.integrity())">The evening journal and noticing</a>: a few lines at night, and one \
        good thing you saw today.</li>
        <li><a href="\(Page.signs())">A private check-in</a> on the signs, for the days trust feels out of \
        reach.</li>
        <li><a href="\(Page.urges())">The urge log</a>: when the urge to check comes, note it, and over the \
        weeks see what helps.</li>
        <li><a href="\(Page.hardDates())">Hard dates</a>: the days that hurt, and a moment to get ready a week \
        before.</li>
        </ul>
        <h2 id="alone-private">What stays yours</h2>
        <p>Everything you write alone is private. If your partner joins, they see only what you choose to \
        share, one entry at a time, and they cannot tell what you keep.</p>
        <h2 id="alone-invite">Inviting, when you are ready</h2>
        <p>The invite is on your home, one tap away, for whenever you want it. There is no hurry, and no \
        reminder about it goes to you or to them. A link sent with "only when you are ready" is still an \
        invitation.</p>
        <h2 id="alone-limits">What needs the two of you</h2>
        <p>Repair itself is two people's work: turning trust back on in an area, clear actions, giving trust, \
        the Transparency Window. Trellis does not pretend otherwise, and does not ask you to do their part.</p>
        <h2 id="alone-care">Going gently</h2>
        <p>Read the direction over weeks, not days. If you feel unsafe, or stuck, a counsellor can help you \
        on your own as well as the two of you together: waiting for a partner is no reason to go without.</p>
        """
}
