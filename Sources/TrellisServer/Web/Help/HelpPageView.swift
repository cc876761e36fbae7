import Foundation
import TrellisCore

/// The outside-help page: what consent means here, each clinician asked in with both partners'
/// choices, a way to change one's own or withdraw, and the way to find someone.
struct HelpPageView: CoupleScreenView {
    let screen: CoupleScreen
    static let paging = EarlierLink(label: "Earlier") { .help(earlier: $0) }

    var html: HTML {
        let active = state.help.active
        return """
            \(header("Outside help"))
            <p>Some things are easier with a specialist beside you. A clinician you ask in sees only \
            the parts of your shared work that both of you chose, and only until the earlier of your \
            two review days. Nothing private is ever among them. Either of you can end it at any \
            moment, for both of you. Their list of couples shows your names and what is open; \
            opening your work is written under \u{201C}Who looked\u{201D}.</p>
            <p><a id="find-clinician" class="button" href="\(Page.findClinician)">Find a clinician</a></p>
            <p><a id="print-report" href="\(ExportPages.document)">Print a report of the days you choose</a>, \
            to take to a session yourself.</p>
            <p><a id="privacy-on-a-phone" href="\(PrivacyHelpPage.path)">What keeps Trellis private on a phone, and \
            what does not</a></p>
            \(returnedAsk)
            <section id="clinicians">
            <h2>Asked in</h2>
            \(active.isEmpty ? #"<p class="note">Nobody yet.</p>"# : .empty)
            <ul class="fears">\(active.map(card).joined())</ul>
            </section>
            \(suggestions)
            \(notes)
            \(accessLog)
            """
    }

    /// What clinicians wrote to both of you, newest first.
    private var notes: HTML {
        let recent = state.help.recentNotes(before: screen.earlier)
        guard !recent.items.isEmpty else { return .empty }
        let items = recent.items.map { note -> HTML in
            "<li><p>\(note.text)</p><p class=\"note\">\(note.name), \(ExportDocumentView.moment(note.at, zone: settings))</p></li>"
        }
        return
            #"<section id="clinician-notes"><h2>Notes from clinicians</h2><ul class="fears">\#(items.joined())</ul>\#(Self.paging.html(recent, named: OutsideHelpState.List.notes, showing: screen.earlier))</section>"#
    }

    /// Every time someone other than the two of you read your record, newest first: there is no
    /// way to read it that does not write here.
    private var accessLog: HTML {
        let recent = state.help.recentLog(before: screen.earlier)
        let looks = recent.items.map { look -> HTML in
            let when = ExportDocumentView.moment(look.at, zone: settings)
            switch look.reader {
            case .clinician(_, let name):
                let parts = look.parts.map(\.title).joined(separator: ", ")
                guard look.count > 1 else { return "<li>\(name) read: \(parts). \(when)</li>" }
                let until = ExportDocumentView.moment(look.last, zone: settings)
                return "<li>\(name) read: \(parts), \(look.count) times, from \(when) to \(until).</li>"
            case .operatorExport(let member):
                let whose =
                    member == viewer ? "your" : (state.members.first { $0.id == member }?.name ?? "a partner") + "'s"
                return "<li>Whoever runs this Trellis exported \(whose) data, your shared record with it. \(when)</li>"
            }
        }
        return """
            <section id="access-log"><h2>Who looked</h2>
            <p class="note">Every time a clinician reads your record, or whoever runs this Trellis \
            exports it, it is written here, for both of you.</p>
            \(looks.isEmpty ? #"<p class="note">Nobody has looked.</p>"# : "<ul>\(looks.joined())</ul>" as HTML)
            \(Self.paging.html(recent, named: OutsideHelpState.List.log, showing: screen.earlier))
            </section>
            """
    }

    /// One clinician: who asked, what each of you chose, what is open today, and your forms.
    private func card(_ invitation: OutsideHelpState.Invitation) -> HTML {
        let id = invitation.clinician
        let access = state.help.access(for: invitation.clinician, members: state.members.map(\.id), on: today)
        let choices = state.members.map { member -> HTML in
            let who = member.id == viewer ? "You" : member.name
            guard let consent = invitation.consent(of: member.id) else { return "<li>\(who): not yet</li>" }
            let parts = HelpScope.ordered(consent.parts).map(\.title).joined(separator: ", ")
            return "<li>\(who): \(parts), until \(HumanDay.inSentence(consent.until, today: today))</li>"
        }
        let open: HTML =
            access.map {
                "Open to them now: \(HelpScope.ordered($0.parts).map(\.title).joined(separator: ", ")), until \(HumanDay.inSentence($0.until, today: today))."
            } ?? "Nothing is open to them now."
        let mine = invitation.consent(of: viewer)
        let consent = Post.consent(.consent)(id)
        return """
            <li><h3>\(invitation.name)</h3>
            <p class="note">Asked in by \(invitation.invitedBy == viewer ? "you" : partner).</p>
            <ul>\(choices.joined())</ul>
            <p><strong>\(open)</strong></p>
            <details\(forms.openIfReturned(consent))><summary>\(mine == nil ? "Give your consent" : "Change your consent")</summary>
            \(forms.post(consent, """
                \(ConsentFields.html(forms, consent, chosen: mine?.parts ?? [], until: mine?.until ?? today.adding(days: 90)))
                <button class="keep-consent">Keep my consent</button>
                """))</details>
            \(forms.post(Post.consent(.withdraw)(id), "<button class=\"quiet withdraw-clinician\">Withdraw: end their access</button>"))
            </li>
            """
    }

    /// Asking someone in was refused: the form again, with the reason and what was chosen.
    private var returnedAsk: HTML {
        guard forms.isReturned(Post.askClinician()) else { return .empty }
        return """
            <section><h2>Ask them in</h2>
            \(forms.post(Post.askClinician(), """
                \(Forms.hidden("clinician", forms.typed(Post.askClinician(), "clinician")))
                \(ConsentFields.html(forms, Post.askClinician(), chosen: [], until: today.adding(days: 90)))
                <button class="ask-in">Ask them in</button>
                """))</section>
            """
    }
}
