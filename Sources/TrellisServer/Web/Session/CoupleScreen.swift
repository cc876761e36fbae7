import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// What every couple screen is drawn from, read once per request: the couple as it is, who is
/// looking and when, the forms (with a refused one's words), and what the last step said.
struct CoupleScreen: Sendable {
    let state: CoupleState
    let account: Account
    let now: Date
    let forms: Forms
    let error: TrellisError?
    let done: StepConfirmation?
    /// Which list the screen pages back, and from where (`?earlier=`); nil for the newest of each.
    var earlier: ListCursor? = nil

    var viewer: MemberID { account.id }
    var settings: MemberSettings { account.settings }
    /// The member's own day, in their time zone.
    var today: Day { settings.today(at: now) }
    var partner: String { state.partner(of: viewer)?.name ?? say("common.partner.fallback") }
    /// A refused step shows the screen with the refusal's status.
    var status: HTTPResponse.Status { error?.status ?? .ok }
}

/// A view of one couple screen: it holds the screen and nothing else it could get out of step with.
protocol CoupleScreenView {
    var screen: CoupleScreen { get }
}

extension CoupleScreenView {
    var state: CoupleState { screen.state }
    var viewer: MemberID { screen.viewer }
    var now: Date { screen.now }
    var settings: MemberSettings { screen.settings }
    var today: Day { screen.today }
    var partner: String { screen.partner }
    var forms: Forms { screen.forms }
    var error: TrellisError? { screen.error }
    var done: StepConfirmation? { screen.done }

    /// The top of the screen: the way back, its title, the line the last step left and a refusal.
    func header(_ title: HTML, back: HTML = #"<a href="\#(Page.home())">\#(say("common.nav.home"))</a>"#) -> HTML {
        """
        <p>\(back)</p>
        <h1>\(title)</h1>
        \(done?.html(partner: partner) ?? .empty)
        \(forms.banner(error))
        """
    }
}
