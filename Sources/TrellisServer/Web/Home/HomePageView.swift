import Foundation
import TrellisCore
import TrellisStore

/// The member's home: starting or joining a couple, or the couple itself with its areas.
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
            "/couple/join",
            """
            <label>Invite code <input name="code" autocomplete="off" required \
            value="\(forms.typed("/couple/join", "code"))"></label>
            <button id="join-by-code">Join</button>
            """)
        return """
            <h1>Welcome, \(name)</h1>
            <section>
            <h2>Start your couple</h2>
            <p>You will get a link to send your partner. Trellis works when each of you uses your own device.</p>
            \(forms.post("/couple", #"<button id="start-couple">Start our couple</button>"#))
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
        let addArea = forms.post(
            "/couple/areas", class: "row",
            """
            <label>New area <input id="new-area-name" name="name" required maxlength="\(AreaName.maximumLength)" \
            value="\(forms.typed("/couple/areas", "name"))"></label>
            <button id="add-area">Add area</button>
            """)
        let partnerLeft: HTML =
            couple.partnerLeft
            ? #"<p class="note">Your partner has left. What you shared stays here with you.</p>"# : .empty
        return """
            <h1>Today</h1>
            \(inviteSection(couple))
            \(waiting?.html ?? .empty)
            \(news)
            <h2>Your couple</h2>
            <ul id="members" class="members">\(members)</ul>
            <p><a id="nav-repair" class="button" href="\(Page.repair(.overview))">Repairing trust: switches and clear actions</a></p>
            <p><a id="nav-integrity" class="button" href="\(Page.integrity())">My integrity: journal, noticing, feedback</a></p>
            <p><a id="nav-fears" class="button" href="\(Page.fears())">Building trust: our core fears</a></p>
            <p><a id="nav-grants" class="button" href="\(Page.grants())">Building trust: trust we give</a></p>
            <p><a id="nav-expectations" class="button" href="\(Page.expectations())">Building trust: what we expect</a></p>
            <p><a id="nav-window" class="button" href="\(Page.window())">Transparency Window: the question I fear to ask</a></p>
            <p><a id="nav-trust" class="button" href="\(Page.trust())">Seeing trust grow: safe behaviours and the pyramid</a></p>
            <p><a id="nav-ruptures" class="button" href="\(Page.ruptures())">Rupture and repair</a></p>
            <p><a id="nav-signs" class="button" href="\(Page.signs())">How I am inside: a private check-in</a></p>
            <p><a id="nav-urges" class="button" href="\(Page.urges())">Urges to check: my private log</a></p>
            <p><a id="nav-help" class="button" href="\(Page.help())">Outside help: a clinician, with both your consent</a></p>
            <p><a id="nav-settings" href="\(Page.settings())">My settings: your days follow \(TimeZonePicker.place(timeZone)) time</a></p>
            \(partnerLeft)
            <section>
            <h2>Trust areas</h2>
            <p class="note">Trust is never all or nothing: it lives in areas like these, and runs each way.</p>
            <ul id="areas" class="areas">\(couple.areas.filter { !$0.isArchived }.map(activeArea).joined())</ul>
            \(addArea)
            \(archivedSection(couple.areas.filter(\.isArchived)))
            </section>
            <section>
            <h2>Leave the couple</h2>
            <p class="note">Leaving ends your access. What was shared stays with your partner.</p>
            <p><a id="leave-couple" href="\(Page.leave)">Leave the couple…</a></p>
            </section>
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
            \(forms.post("/couple/invites", make))
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

    private func activeArea(_ area: Area) -> HTML {
        let action = "/couple/areas/\(area.id)"
        let rename = forms.post(
            action, class: "row",
            """
            \(Forms.hidden("action", "rename"))
            <label>Name <input name="name" value="\(forms.typed(action, "name").isEmpty ? area.name : forms.typed(action, "name"))" \
            required maxlength="\(AreaName.maximumLength)"></label>
            <button>Rename</button>
            """)
        let archive: HTML = #"<p><a class="archive-area step" href="\#(action)/archive">Archive this area…</a></p>"#
        return """
            <li class="area"><span class="area-name">\(area.name)</span>
            <details\(forms.openIfReturned(action))><summary>Change</summary>\(rename)\(archive)</details></li>
            """
    }

    private func archivedSection(_ areas: [Area]) -> HTML {
        guard !areas.isEmpty else { return .empty }
        let items = areas.map { area -> HTML in
            let restore = forms.post(
                "/couple/areas/\(area.id)", class: "inline",
                "\(Forms.hidden("action", "restore"))<button class=\"link\">Restore</button>")
            return #"<li class="archived-area">\#(area.name) \#(restore)</li>"#
        }.joined()
        return #"<h3>Archived</h3><ul id="archived-areas">\#(items)</ul>"#
    }
}
