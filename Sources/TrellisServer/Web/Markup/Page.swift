import Foundation
import Hummingbird
import TrellisCore

/// Every page a person opens, by name: the router registers each at its `route`, and every link
/// and redirect is made from the same value, so a link cannot point where no page is. In `HTML`
/// a page interpolates as its address, escaped like any text.
enum Page: Sendable, Equatable, CustomStringConvertible {
    case welcome
    case signUp(next: String? = nil)
    case logIn(next: String? = nil)
    case home(done: StepConfirmation? = nil)
    case leave
    case settings(done: StepConfirmation? = nil)
    /// The couple's trust areas: add, rename, archive, restore.
    case areas(done: StepConfirmation? = nil)
    /// The one step before closing the account, with the password.
    case closeAccount
    /// My integrity; `earlier` pages back one of its lists.
    case integrity(done: StepConfirmation? = nil, earlier: ListCursor? = nil)
    /// Feedback received, on a screen of its own: the words, the pause, then what I hear; `fromHome`
    /// when it was opened from home, to go back there after.
    case feedback(FeedbackID, fromHome: Bool = false)
    /// A repair screen; `earlier` pages back one of an area's lists.
    case repair(RepairScreen, earlier: ListCursor? = nil)
    /// Core fears: the overview of areas, or one area's fears.
    case fears(area: AreaID? = nil, done: StepConfirmation? = nil)
    /// Grants of trust, both directions.
    case grants(done: StepConfirmation? = nil, earlier: ListCursor? = nil)
    /// Expectations and promises to tell.
    case expectations(done: StepConfirmation? = nil, earlier: ListCursor? = nil)
    /// The Transparency Window: the live one, or a way to start one, and past windows.
    case window(done: StepConfirmation? = nil, earlier: ListCursor? = nil)
    /// My private check-in on the four signs, and what my partner shared of theirs.
    case signs(done: StepConfirmation? = nil, earlier: ListCursor? = nil)
    /// My private urge log and its pattern.
    case urges(done: StepConfirmation? = nil, earlier: ListCursor? = nil)
    /// My private list of hard dates, getting ready for them, and the hard weeks told between us.
    case hardDates(done: StepConfirmation? = nil)
    /// Then and now: trust in its three parts, per area, month by month.
    case thenAndNow(done: StepConfirmation? = nil)
    /// Our timeline: the moments that marked the way.
    case timeline
    /// The weekly check-in where both take a turn.
    case talk(done: StepConfirmation? = nil)
    /// Ruptures and their repair.
    case ruptures(done: StepConfirmation? = nil, earlier: ListCursor? = nil)
    /// Emotional trust per area, safe behaviours, and the Intimacy Pyramid.
    case trust(done: StepConfirmation? = nil)
    /// Outside help: the clinicians asked in and each partner's consent.
    case help(done: StepConfirmation? = nil, earlier: ListCursor? = nil)
    /// The guide to approaches and the directory search (its query comes from its own form).
    case findClinician
    /// A clinician's own profile.
    case clinicianProfile(done: StepConfirmation? = nil)
    /// The member's private key: where it stands, a new recovery code, entering the code.
    case privateEntries(done: StepConfirmation? = nil)
    /// A recovery code just made, shown until the member says they kept it, then on to `next`.
    case recoveryCode(next: String)
    /// A clinician's couples that consent today.
    case clients
    /// One couple, as its clinician may see it (each visit is written to the couple's access log):
    /// the days of its report, and which list `earlier` pages back.
    case client(
        CoupleID, done: StepConfirmation? = nil, earlier: ListCursor? = nil, period: ReportPeriod = ReportPeriod())

    /// The address, with its query.
    var description: String {
        switch self {
        case .welcome: "/"
        case .signUp(let next): "/signup" + Self.query(["next": next])
        case .logIn(let next): "/login" + Self.query(["next": next])
        case .home(let done): "/home" + Self.query(["done": done?.rawValue])
        case .leave: "/couple/leave"
        case .settings(let done): "/settings" + Self.query(["done": done?.rawValue])
        case .areas(let done): "/settings/areas" + Self.query(["done": done?.rawValue])
        case .closeAccount: "/settings/close"
        case .integrity(let done, let earlier): Self.listed("/integrity", done, earlier)
        case .repair(let screen, let earlier): screen.path + Self.query(["earlier": earlier?.description])
        case .feedback(let id, let fromHome):
            "/integrity/feedback/\(id)" + Self.query(["from": fromHome ? "home" : nil])
        case .grants(let done, let earlier): Self.listed("/grants", done, earlier)
        case .expectations(let done, let earlier): Self.listed("/expectations", done, earlier)
        case .window(let done, let earlier): Self.listed("/window", done, earlier)
        case .signs(let done, let earlier): Self.listed("/signs", done, earlier)
        case .urges(let done, let earlier): Self.listed("/urges", done, earlier)
        case .hardDates(let done): "/hard-dates" + Self.query(["done": done?.rawValue])
        case .thenAndNow(let done): "/then-and-now" + Self.query(["done": done?.rawValue])
        case .timeline: "/timeline"
        case .talk(let done): "/check-in" + Self.query(["done": done?.rawValue])
        case .ruptures(let done, let earlier): Self.listed("/ruptures", done, earlier)
        case .trust(let done): "/trust" + Self.query(["done": done?.rawValue])
        case .help(let done, let earlier): Self.listed("/help", done, earlier)
        case .findClinician: "/help/find"
        case .clinicianProfile(let done): "/settings/clinician" + Self.query(["done": done?.rawValue])
        case .privateEntries(let done): "/settings/private" + Self.query(["done": done?.rawValue])
        case .recoveryCode(let next): "/recovery-code" + Self.query(["next": next])
        case .clients: "/clients"
        case .client(let couple, let done, let earlier, let period):
            "/clients/\(couple)"
                + Self.query([
                    "done": done?.rawValue, "from": period.from?.description, "to": period.to?.description,
                    "earlier": earlier?.description,
                ])
        case .fears(let area, let done):
            "/fears" + (area.map { "/areas/\($0)" } ?? "") + Self.query(["done": done?.rawValue])
        }
    }

    /// Where the router registers the page: its address without the query.
    var route: RouterPath {
        RouterPath(String(description.prefix { $0 != "?" }))
    }

    /// A screen of lists: the line a step left, and which list it pages back.
    private static func listed(_ path: String, _ done: StepConfirmation?, _ earlier: ListCursor?) -> String {
        path + query(["done": done?.rawValue, "earlier": earlier?.description])
    }

    private static func query(_ items: KeyValuePairs<String, String?>) -> String {
        let pairs = items.compactMap { pair in pair.value.map { "\(pair.key)=\($0)" } }
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }
}

extension WebVisit {
    func redirect(to page: Page) -> Response { redirect(to: page.description) }
}
