import TrellisCore
import TrellisStore

/// The member's home: starting or joining a couple, or the couple itself with its areas.
struct HomePageView {
    let account: Account
    let csrf: String
    let couple: CoupleView?
    var invite: IssuedInvite? = nil
    var error: TrellisError? = nil
    /// What waits for the member today, once they have a partner.
    var today: HomeTodayView? = nil

    var html: String {
        HTMLPage.errorBanner(error) + (couple.map(coupleSection) ?? noCoupleSection)
    }

    private var noCoupleSection: String {
        """
        <h1>Welcome, \(HTMLPage.escape(account.name))</h1>
        <section>
        <h2>Start your couple</h2>
        <p>You will get a link to send your partner. Trellis works when each of you uses your own device.</p>
        <form method="post" action="/couple">\(field)<button id="start-couple">Start our couple</button></form>
        </section>
        <section>
        <h2>Join your partner</h2>
        <form method="post" action="/join">\(field)
        <label>Invite code <input name="code" autocomplete="off" required></label>
        <button id="join-by-code">Join</button></form>
        </section>
        """
    }

    private func coupleSection(_ couple: CoupleView) -> String {
        let members = couple.members.map { member in
            "<li>\(HTMLPage.escape(member.name))\(member.isViewer ? " (you)" : "")</li>"
        }.joined()
        return """
            <h1>Today</h1>
            \(today?.html ?? "")
            <h2>Your couple</h2>
            <ul id="members" class="members">\(members)</ul>
            <p><a id="nav-repair" class="button" href="/repair">Repairing trust: switches and clear actions</a></p>
            <p><a id="nav-integrity" class="button" href="/integrity">My integrity: journal, noticing, feedback</a></p>
            <p><a id="nav-settings" href="/settings">My settings: time zone, evening, pause</a></p>
            \(couple.partnerLeft ? "<p class=\"note\">Your partner has left. What you shared stays here with you.</p>" : "")
            \(inviteSection(couple))
            <section>
            <h2>Trust areas</h2>
            <p class="note">Trust is never all or nothing: it lives in areas like these, and runs each way.</p>
            <ul id="areas" class="areas">\(couple.areas.filter { !$0.isArchived }.map(activeArea).joined())</ul>
            <form method="post" action="/couple/areas" class="row">\(field)
            <label>New area <input id="new-area-name" name="name" required maxlength="\(AreaName.maximumLength)"></label>
            <button id="add-area">Add area</button></form>
            \(archivedSection(couple.areas.filter(\.isArchived)))
            </section>
            <section>
            <h2>Leave the couple</h2>
            <p class="note">Leaving ends your access. What was shared stays with your partner.</p>
            <p><a id="leave-couple" href="/couple/leave">Leave the couple…</a></p>
            </section>
            """
    }

    private func inviteSection(_ couple: CoupleView) -> String {
        guard couple.canInvite else { return "" }
        let issued =
            invite.map {
                """
                <p>Send this link to your partner. It works once and expires on \
                \($0.expiresAt.formatted(date: .long, time: .omitted)).</p>
                <p><a id="invite-link" href="\(HTMLPage.escape($0.url))">\(HTMLPage.escape($0.url))</a></p>
                <p>Or tell them the code: <code id="invite-code">\(HTMLPage.escape($0.code))</code></p>
                """
            } ?? ""
        return """
            <section>
            <h2>Invite your partner</h2>
            \(issued)
            <form method="post" action="/couple/invites">\(field)<button id="create-invite">Create an invite link</button></form>
            </section>
            """
    }

    private func activeArea(_ area: Area) -> String {
        let action = "/couple/areas/\(area.id)"
        return """
            <li class="area"><span class="area-name">\(HTMLPage.escape(area.name))</span>
            <details><summary>Change</summary>
            <form method="post" action="\(action)" class="row">\(field)<input type="hidden" name="action" value="rename">
            <label>Name <input name="name" value="\(HTMLPage.escape(area.name))" required maxlength="\(AreaName.maximumLength)"></label>
            <button>Rename</button></form>
            <form method="post" action="\(action)">\(field)<input type="hidden" name="action" value="archive">
            <button class="quiet">Archive</button></form>
            </details></li>
            """
    }

    private func archivedSection(_ areas: [Area]) -> String {
        guard !areas.isEmpty else { return "" }
        let items = areas.map { area in
            """
            <li class="archived-area">\(HTMLPage.escape(area.name))
            <form method="post" action="/couple/areas/\(area.id)" class="inline">\(field)\
            <input type="hidden" name="action" value="restore"><button class="link">Restore</button></form></li>
            """
        }.joined()
        return "<h3>Archived</h3><ul id=\"archived-areas\">\(items)</ul>"
    }

    private var field: String { HTMLPage.csrfField(csrf) }
}

/// The one step before leaving, which cannot be undone: said plainly, with staying as easy as going.
struct LeavePageView {
    let csrf: String
    let partner: String?

    var html: String {
        let keeps = partner.map { "\(HTMLPage.escape($0)) keeps" } ?? "The couple's record keeps"
        return """
            <h1>Leave the couple?</h1>
            <p>Leaving ends your access to everything you two wrote here. \(keeps) what was shared. \
            This cannot be undone: a couple someone has left never takes a new partner.</p>
            <form method="post" action="/couple/leave">\(HTMLPage.csrfField(csrf))\
            <input type="hidden" name="confirm" value="yes">\
            <button id="confirm-leave" class="quiet">Yes, leave the couple</button></form>
            <p><a id="stay" class="button" href="/home">Stay</a></p>
            """
    }
}
