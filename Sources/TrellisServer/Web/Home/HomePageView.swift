import Foundation
import TrellisCore
import TrellisStore

/// The member's home: starting or joining a couple; before a partner joins, the invite and what
/// works alone; then where to begin, what waits, what happened, and the ways in.
struct HomePageView {
    /// The member's own name, as their partner knows it.
    let name: String
    let forms: Forms
    let couple: CoupleView?
    /// The member's own day, for saying days the way they do.
    let today: Day
    /// The member's time zone, said back so a wrong one is noticed.
    let timeZone: String
    /// The live invite, with the member's day on which it stops working.
    var invite: (link: IssuedInvite, until: Day)? = nil
    var error: TrellisError? = nil
    /// What waits for the member today, once they have a partner.
    var waiting: HomeTodayView? = nil
    /// What was just done from this page, for an inline confirmation.
    var done: StepConfirmation? = nil
    /// Private entries from before a password reset wait for the recovery code.
    var sealed = false
    /// A recovery code just made waits to be kept (`RecoveryCodeNote`).
    var codeWaiting = false
    /// What happened: the partner's steps, newest first (`NewsView`).
    var news: HTML = .empty
    /// Whether the member has taken a step of their own in the couple yet (`hasBegun`).
    var begun = true
    /// The partner's local time, if they let me see it, and letting them see mine (`HomeClocks`).
    var clocks: HTML = .empty

    var html: HTML {
        let partner = couple?.members.first { !$0.isViewer }?.name ?? "your partner"
        var notice: HTML =
            sealed
            ? #"<p id="sealed-notice" class="notice">Your password was reset, so your private entries from before are still locked. <a href="\#(Page.privateEntries())">Enter your recovery code</a> to open them.</p>"#
            : .empty
        if codeWaiting {
            notice =
                notice
                + #"<p id="code-waiting" class="notice">Your recovery code is waiting for you to keep it. <a href="\#(Page.recoveryCode(next: Page.home().description))">Show my recovery code</a></p>"#
        }
        return notice + (done?.html(partner: partner) ?? .empty) + forms.banner(error)
            + (couple.map(coupleSection) ?? noCoupleSection)
    }

    private var noCoupleSection: HTML {
        let join = forms.post(
            Post.joinCouple(),
            """
            <label>Invite code <input name="code" autocomplete="off" required \
            value="\(forms.typed(Post.joinCouple(), "code"))"></label>
            <button id="join-by-code">Join</button>
            """)
        return """
            <h1>Welcome, \(name)</h1>
            <section>
            <h2>Start your couple</h2>
            <p>You will get a link to send your partner. Trellis works when each of you uses your own device.</p>
            \(forms.post(Post.startCouple(), #"<button id="start-couple">Start our couple</button>"#))
            </section>
            <section>
            <h2>Join your partner</h2>
            \(join)
            </section>
            """
    }

    private func coupleSection(_ couple: CoupleView) -> HTML {
        let members = couple.members.map { member -> HTML in
            "<li>\(member.name)\(member.isViewer ? " (you)" : "")</li>"
        }.joined()
        let partner = couple.members.first { !$0.isViewer }?.name
        guard partner != nil || couple.partnerLeft else {
            // Before a partner joins: the invite, and what works alone.
            return """
                <h1>Welcome, \(name)</h1>
                \(inviteSection(couple))
                \(waiting?.html ?? .empty)
                \(HomeDoors.alone)
                <p><a id="nav-settings" href="\(Page.settings())">My settings: your days follow \(TimeZonePicker.place(timeZone)) time</a></p>
                """
        }
        return """
            <h1>Today</h1>
            \(begun ? .empty : startHere(partner ?? "your partner"))
            \(waiting?.html ?? .empty)
            \(news)
            \(HomeDoors.paired)
            <h2>Your couple</h2>
            <ul id="members" class="members">\(members)</ul>
            \(clocks)
            \(couple.partnerLeft ? #"<p class="note">Your partner has left. What you shared stays here with you, and what works alone goes on: <a id="alone-guide" href="\#(AloneGuidePage.path)">when only I am trying</a>.</p>"# : .empty)
            <p><a id="nav-settings" href="\(Page.settings())">My settings: your days follow \(TimeZonePicker.place(timeZone)) time</a></p>
            """
    }

    /// Where to begin, until the member has taken a first step of their own; written for where
    /// each stands, never assuming who hurt whom.
    private func startHere(_ partner: String) -> HTML {
        let asked = waiting?.waiting.forMe.contains { !$0.isOwn } == true
        let first: HTML =
            asked
            ? "Start with what waits for you, just below."
            : #"Is there an area where your trust is off? <a id="start-repair" href="\#(Page.repair(.overview))">Tell \#(partner) which one</a>."#
        return """
            <section id="start-here"><h2>Start here</h2>
            <p>\(first)</p>
            <p class="note">Or begin small: <a id="start-noticing" href="\(Page.integrity())">notice one good \
            thing \(partner) did today</a>, for yourself or to share.</p></section>
            """
    }

    private func inviteSection(_ couple: CoupleView) -> HTML {
        guard couple.canInvite else { return .empty }
        let make: HTML =
            invite == nil
            ? #"<button id="create-invite">Create an invite link</button>"#
            : #"<button id="create-invite" class="quiet">Make a new link (this one stops working)</button>"#
        return """
            <section id="invite">
            <h2>Invite your partner</h2>
            \(invite.map(issued) ?? #"<p>Trellis works when each of you uses your own phone. Make a link to send them.</p>"#)
            \(forms.post(Post.invite(), make))
            </section>
            """
    }

    /// The live link, shown on every visit until it is used, replaced or expires.
    private func issued(_ invite: IssuedInvite, until: Day) -> HTML {
        let message = "Join me on Trellis: \(invite.url)"
        let encoded = message.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return """
            <p>Send this link to your partner. It works once, until \(HumanDay.text(until, today: today)).</p>
            <p><a id="invite-link" href="\(invite.url)" class="secret">\(invite.url)</a></p>
            <p class="actions"><a class="button" id="invite-by-message" href="sms:?&amp;body=\(encoded)">Send by message</a> \
            <a class="button" id="invite-by-email" href="mailto:?subject=Trellis&amp;body=\(encoded)">Send by email</a></p>
            <p>Or tell them the code: <code id="invite-code">\(invite.code)</code></p>
            """
    }

}
