import Foundation
import TrellisCore
import TrellisLanguage

/// The outside-help page: what consent means here, each clinician asked in with both partners'
/// choices, a way to change one's own or withdraw, and the way to find someone.
struct HelpPageView: CoupleScreenView {
    let screen: CoupleScreen
    static var paging: EarlierLink { EarlierLink(label: say("common.paging.earlier")) { .help(earlier: $0) } }

    var html: HTML {
        let active = state.help.active
        let report: HTML =
            #"<a id="print-report" href="\#(ExportPages.document)">\#(say("common.help.printReportLink"))</a>"#
        let nobody: HTML = #"<p class="note">\#(say("common.help.nobodyYet"))</p>"#
        return """
            \(header(HTML.say("common.help.title")))
            <p>\(say("common.help.lead"))</p>
            <p><a id="find-clinician" class="button" href="\(Page.findClinician)">\
            \(say("common.findClinician.title"))</a></p>
            <p>\(HTML.say("common.help.printReport", ["link": report]))</p>
            <p><a id="privacy-on-a-phone" href="\(PrivacyHelpPage.path)">\(say("common.help.privacyLink"))</a></p>
            \(returnedAsk)
            <section id="clinicians">
            <h2>\(say("common.help.askedIn"))</h2>
            \(active.isEmpty ? nobody : .empty)
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
        let paging = Self.paging.html(recent, named: OutsideHelpState.List.notes, showing: screen.earlier)
        return """
            <section id="clinician-notes"><h2>\(say("common.help.notesTitle"))</h2>\
            <ul class="fears">\(items.joined())</ul>\(paging)</section>
            """
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
                guard look.count > 1 else {
                    return "<li>\(say("common.help.log.read", ["name": name, "parts": parts, "when": when]))</li>"
                }
                let until = ExportDocumentView.moment(look.last, zone: settings)
                let line = say(
                    "common.help.log.readTimes", count: look.count,
                    ["name": name, "parts": parts, "when": when, "until": until])
                return "<li>\(line)</li>"
            case .operatorExport(let member):
                let line =
                    if member == viewer {
                        say("common.help.log.exportedYours", ["when": when])
                    } else if let name = state.members.first(where: { $0.id == member })?.name {
                        say("common.help.log.exportedTheirs", ["name": name, "when": when])
                    } else {
                        say("common.help.log.exportedAPartners", ["when": when])
                    }
                return "<li>\(line)</li>"
            }
        }
        let nobody: HTML = #"<p class="note">\#(say("common.help.log.nobody"))</p>"#
        return """
            <section id="access-log"><h2>\(say("common.help.log.title"))</h2>
            <p class="note">\(say("common.help.log.lead"))</p>
            \(looks.isEmpty ? nobody : "<ul>\(looks.joined())</ul>" as HTML)
            \(Self.paging.html(recent, named: OutsideHelpState.List.log, showing: screen.earlier))
            </section>
            """
    }

    /// One clinician: who asked, what each of you chose, what is open today, and your forms.
    private func card(_ invitation: OutsideHelpState.Invitation) -> HTML {
        let id = invitation.clinician
        let access = state.help.access(for: invitation.clinician, members: state.members.map(\.id), on: today)
        let choices = state.members.map { member -> HTML in
            let isViewer = member.id == viewer
            guard let consent = invitation.consent(of: member.id) else {
                let line =
                    isViewer
                    ? say("common.help.consent.youNotYet")
                    : say("common.help.consent.notYet", ["name": member.name])
                return "<li>\(line)</li>"
            }
            let parts = HelpScope.ordered(consent.parts).map(\.title).joined(separator: ", ")
            let until = HumanDay.inSentence(consent.until, today: today)
            let line =
                isViewer
                ? say("common.help.consent.yours", ["parts": parts, "until": until])
                : say("common.help.consent.theirs", ["name": member.name, "parts": parts, "until": until])
            return "<li>\(line)</li>"
        }
        let open =
            access.map {
                say(
                    "common.help.consent.openNow",
                    [
                        "parts": HelpScope.ordered($0.parts).map(\.title).joined(separator: ", "),
                        "until": HumanDay.inSentence($0.until, today: today),
                    ])
            } ?? say("common.help.consent.nothingOpen")
        let mine = invitation.consent(of: viewer)
        let consent = Post.consent(.consent)(id)
        let askedBy =
            invitation.invitedBy == viewer
            ? say("common.help.askedInByYou") : say("common.help.askedInBy", ["partner": partner])
        let summary = mine == nil ? say("common.help.consent.give") : say("common.help.consent.change")
        let withdraw: HTML =
            #"<button class="quiet withdraw-clinician">\#(say("common.help.consent.withdraw"))</button>"#
        return """
            <li><h3>\(invitation.name)</h3>
            <p class="note">\(askedBy)</p>
            <ul>\(choices.joined())</ul>
            <p><strong>\(open)</strong></p>
            <details\(forms.openIfReturned(consent))><summary>\(summary)</summary>
            \(forms.post(consent, """
                \(ConsentFields.html(forms, consent, chosen: mine?.parts ?? [], until: mine?.until ?? today.adding(days: 90)))
                <button class="keep-consent">\(say("common.help.consent.keep"))</button>
                """))</details>
            \(forms.post(Post.consent(.withdraw)(id), withdraw))
            </li>
            """
    }

    /// Asking someone in was refused: the form again, with the reason and what was chosen.
    private var returnedAsk: HTML {
        guard forms.isReturned(Post.askClinician()) else { return .empty }
        return """
            <section><h2>\(say("common.help.askThemIn"))</h2>
            \(forms.post(Post.askClinician(), """
                \(Forms.hidden("clinician", forms.typed(Post.askClinician(), "clinician")))
                \(ConsentFields.html(forms, Post.askClinician(), chosen: [], until: today.adding(days: 90)))
                <button class="ask-in">\(say("common.help.askThemIn"))</button>
                """))</section>
            """
    }
}
