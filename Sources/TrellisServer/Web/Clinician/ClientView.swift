import Foundation
import TrellisCore
import TrellisLanguage

/// One couple as its clinician may see it: the parts both partners chose, each step in words
/// (newest first, a page at a time), and a note for both. Read-only; nothing private is ever in
/// `events`.
struct ClientView {
    let client: ClinicianReads.Client
    let events: Recent<CoupleEvent>
    /// The couple's record folded from what the clinician may see, for the pictures.
    let seen: CoupleState
    let now: Date
    /// The days shown, to print as a report.
    let period: ReportPeriod
    /// Which list the screen pages back, if any.
    let earlier: ListCursor?
    let clinician: MemberID
    let zone: MemberSettings
    let forms: Forms
    let done: StepConfirmation?

    var html: HTML {
        let couple = Say.list(client.state.members.map(\.name))
        let parts = HelpScope.ordered(client.access.parts).map(\.title).joined(separator: ", ")
        let state = client.state
        let names = ExportFields.names(
            (state.members + state.formerMembers).map { ($0.id.description, $0.name) }
                + state.areas.map { ($0.id.description, $0.name) }, in: events.items.map(\.payload))
        let steps = events.items.map { event -> HTML in
            let who = names[event.author.description] ?? Member.formerPartnerName
            let fields = ExportFields.readable(event.payload, names: names).map { field -> HTML in
                "<dt>\(field.label)</dt><dd>\(field.value)</dd>"
            }
            return """
                <li><p><strong>\(who)</strong>: \(ExportFields.words(event.payload.kind))</p>\
                \(fields.isEmpty ? .empty : "<dl>\(fields.joined())</dl>" as HTML)\
                <p class="note">\(ExportDocumentView.moment(event.at, zone: zone))</p></li>
                """
        }
        let notes = client.state.help.recentNotes(by: clinician, before: earlier)
        let mine = notes.items.map { note -> HTML in
            "<li><p>\(note.text)</p><p class=\"note\">\(ExportDocumentView.moment(note.at, zone: zone))</p></li>"
        }
        let action = Post.client(.notes)(client.couple)
        return """
            <p class="no-print"><a href="\(Page.clients)">\(say("reach.client.back"))</a></p>
            <h1>\(couple)</h1>
            \(done?.html(partner: couple) ?? .empty)
            <p class="note">\(say("reach.client.openToYou", ["parts": parts, "day": HumanDay.full(client.access.until)]))</p>
            \(period.form("/clients/\(client.couple)"))
            <section id="client-notes" class="no-print"><h2>\(say("reach.client.notesTitle"))</h2>
            \(forms.post(action, """
                <label>\(say("reach.client.noteLabel")) <textarea name="text" required maxlength="2000">\(forms.typed(action, "text"))</textarea></label>
                <button id="leave-note">\(say("reach.client.noteButton"))</button>
                """))
            \(mine.isEmpty ? .empty : "<ul class=\"fears\">\(mine.joined())</ul>" as HTML)
            \(paging(say("reach.client.earlierNotes"), notes, named: OutsideHelpState.List.notes))
            </section>
            \(suggestions)
            \(pictures)
            <section id="client-work"><h2>\(say("reach.client.workTitle"))</h2>
            \(period.words)
            \(steps.isEmpty ? "<p class=\"note\">\(say("reach.client.nothingYet"))</p>" : "<ol class=\"fears\">\(steps.joined())</ol>" as HTML)
            \(paging(say("reach.client.earlierSteps"), events, named: ClinicianReads.steps))
            </section>
            """
    }

    /// The way back through one of the screen's lists, keeping the report's days.
    func paging<Element>(_ label: String, _ list: Recent<Element>, named name: String) -> HTML {
        EarlierLink(label: label) { [couple = client.couple, period] in
            .client(couple, earlier: $0, period: period)
        }.html(list, named: name, showing: earlier)
    }
}
