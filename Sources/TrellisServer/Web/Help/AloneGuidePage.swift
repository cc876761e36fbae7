import Hummingbird
import TrellisCore
import TrellisLanguage

/// "When only I am trying": a short guide for a member who begins before their partner does, or
/// goes on after their partner left. Open to anyone, signed in or not, so it can be read first.
struct AloneGuidePage {
    static let path = "/help/alone"

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(RouterPath(Self.path)) { _, context in
            try context.pageVisit().page(Self.content)
        }
    }

    static var content: HTML {
        let journal: HTML = #"<a href="\#(Page.integrity())">\#(say("common.alone.journalLink"))</a>"#
        let signs: HTML = #"<a href="\#(Page.signs())">\#(say("common.alone.signsLink"))</a>"#
        let urges: HTML = #"<a href="\#(Page.urges())">\#(say("common.alone.urgesLink"))</a>"#
        let hardDates: HTML = #"<a href="\#(Page.hardDates())">\#(say("common.alone.hardDatesLink"))</a>"#
        return """
            <p><a href="\(Page.home())">\(say("common.nav.home"))</a></p>
            <h1>\(say("common.alone.title"))</h1>
            <p>\(say("common.alone.lead"))</p>
            <h2 id="alone-what">\(say("common.alone.worksTitle"))</h2>
            <ul>
            <li>\(HTML.say("common.alone.journal", ["link": journal]))</li>
            <li>\(HTML.say("common.alone.signs", ["link": signs]))</li>
            <li>\(HTML.say("common.alone.urges", ["link": urges]))</li>
            <li>\(HTML.say("common.alone.hardDates", ["link": hardDates]))</li>
            </ul>
            <h2 id="alone-private">\(say("common.alone.privateTitle"))</h2>
            <p>\(say("common.alone.private"))</p>
            <h2 id="alone-invite">\(say("common.alone.inviteTitle"))</h2>
            <p>\(say("common.alone.invite"))</p>
            <h2 id="alone-limits">\(say("common.alone.limitsTitle"))</h2>
            <p>\(say("common.alone.limits"))</p>
            <h2 id="alone-care">\(say("common.alone.careTitle"))</h2>
            <p>\(say("common.alone.care"))</p>
            """
    }
}
