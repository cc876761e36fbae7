import Foundation
import TrellisCore
import TrellisLanguage
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
        let partner = couple?.members.first { !$0.isViewer }?.name ?? say("home.yourPartner")
        let unlock: HTML = #"<a href="\#(Page.privateEntries())">\#(say("home.sealed.enterCode"))</a>"#
        var notice: HTML =
            sealed
            ? #"<p id="sealed-notice" class="notice">\#(HTML.say("home.sealed.notice", ["link": unlock]))</p>"#
            : .empty
        if codeWaiting {
            notice =
                notice
                + #"<p id="code-waiting" class="notice">\#(say("home.codeWaiting.notice")) <a href="\#(Page.recoveryCode(next: Page.home().description))">\#(say("home.codeWaiting.show"))</a></p>"#
        }
        return notice + (done?.html(partner: partner) ?? .empty) + forms.banner(error)
            + (couple.map(coupleSection) ?? noCoupleSection)
    }

    private var noCoupleSection: HTML {
        let join = forms.post(
            Post.joinCouple(),
            """
            <label>\(say("home.join.codeLabel")) <input name="code" autocomplete="off" required \
            value="\(forms.typed(Post.joinCouple(), "code"))"></label>
            <button id="join-by-code">\(say("home.join.button"))</button>
            """)
        return """
            <h1>\(say("home.welcome", ["name": name]))</h1>
            <section>
            <h2>\(say("home.start.heading"))</h2>
            <p>\(say("home.start.intro"))</p>
            \(forms.post(Post.startCouple(), #"<button id="start-couple">\#(say("home.start.button"))</button>"#))
            </section>
            <section>
            <h2>\(say("home.join.heading"))</h2>
            \(join)
            </section>
            """
    }

    private func coupleSection(_ couple: CoupleView) -> HTML {
        let members = couple.members.map { member -> HTML in
            "<li>\(member.isViewer ? say("home.couple.memberYou", ["name": member.name]) : member.name)</li>"
        }.joined()
        let partner = couple.members.first { !$0.isViewer }?.name
        guard partner != nil || couple.partnerLeft else {
            // Before a partner joins: the invite, and what works alone.
            return """
                <h1>\(say("home.welcome", ["name": name]))</h1>
                \(inviteSection(couple))
                \(waiting?.html ?? .empty)
                \(HomeDoors.alone)
                <p><a id="nav-settings" href="\(Page.settings())">\(say("home.settingsLink", ["place": TimeZonePicker.place(timeZone)]))</a></p>
                """
        }
        return """
            <h1>\(say("home.today.heading"))</h1>
            \(begun ? .empty : startHere(partner ?? say("home.yourPartner")))
            \(waiting?.html ?? .empty)
            \(news)
            \(HomeDoors.paired)
            <h2>\(say("home.couple.heading"))</h2>
            <ul id="members" class="members">\(members)</ul>
            \(clocks)
            \(couple.partnerLeft ? partnerLeftNote : .empty)
            <p><a id="nav-settings" href="\(Page.settings())">\(say("home.settingsLink", ["place": TimeZonePicker.place(timeZone)]))</a></p>
            """
    }

    private var partnerLeftNote: HTML {
        let guide: HTML =
            #"<a id="alone-guide" href="\#(AloneGuidePage.path)">\#(say("home.couple.partnerLeftGuide"))</a>"#
        return #"<p class="note">\#(HTML.say("home.couple.partnerLeft", ["guide": guide]))</p>"#
    }

    /// Where to begin, until the member has taken a first step of their own; written for where
    /// each stands, never assuming who hurt whom.
    private func startHere(_ partner: String) -> HTML {
        let asked = waiting?.waiting.forMe.contains { !$0.isOwn } == true
        let tell: HTML =
            #"<a id="start-repair" href="\#(Page.repair(.overview))">\#(say("home.startHere.tellWhich", ["name": partner]))</a>"#
        let first: HTML =
            asked ? "\(say("home.startHere.waitsBelow"))" : HTML.say("home.startHere.areaOff", ["link": tell])
        let notice: HTML =
            #"<a id="start-noticing" href="\#(Page.integrity())">\#(say("home.startHere.noticeOne", ["name": partner]))</a>"#
        return """
            <section id="start-here"><h2>\(say("home.startHere.heading"))</h2>
            <p>\(first)</p>
            <p class="note">\(HTML.say("home.startHere.beginSmall", ["link": notice]))</p></section>
            """
    }

    private func inviteSection(_ couple: CoupleView) -> HTML {
        guard couple.canInvite else { return .empty }
        let make: HTML =
            invite == nil
            ? #"<button id="create-invite">\#(say("home.invite.create"))</button>"#
            : #"<button id="create-invite" class="quiet">\#(say("home.invite.makeNew"))</button>"#
        return """
            <section id="invite">
            <h2>\(say("home.invite.heading"))</h2>
            \(invite.map(issued) ?? #"<p>\#(say("home.invite.intro"))</p>"#)
            \(forms.post(Post.invite(), make))
            </section>
            """
    }

    /// The live link, shown on every visit until it is used, replaced or expires.
    private func issued(_ invite: IssuedInvite, until: Day) -> HTML {
        let message = say("home.invite.message", ["url": invite.url])
        let encoded = message.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return """
            <p>\(say("home.invite.sendThis", ["day": HumanDay.text(until, today: today)]))</p>
            <p><a id="invite-link" href="\(invite.url)" class="secret">\(invite.url)</a></p>
            <p class="actions"><a class="button" id="invite-by-message" href="sms:?&amp;body=\(encoded)">\(say("home.invite.byMessage"))</a> \
            <a class="button" id="invite-by-email" href="mailto:?subject=Trellis&amp;body=\(encoded)">\(say("home.invite.byEmail"))</a></p>
            <p>\(HTML.say("home.invite.orCode", ["code": #"<code id="invite-code">\#(invite.code)</code>"#]))</p>
            """
    }

}
