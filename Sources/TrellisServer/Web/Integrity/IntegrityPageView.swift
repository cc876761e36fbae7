import Foundation
import TrellisCore
import TrellisLanguage

/// "My integrity": the rebuilding partner's own view. Calm, with no scores or trophies, and
/// never a measure of the partner's trust as a target.
struct IntegrityPageView: CoupleScreenView {
    let screen: CoupleScreen
    let view: IntegrityView
    /// Set when the page shows earlier items of one list rather than the latest.
    var earlier: ListCursor? = nil

    var areas: [Area] { state.areas }
    /// Whether there is a partner here (not yet, or no longer).
    var hasPartner: Bool { state.partner(of: viewer) != nil }
    /// Safe behaviours the partner asked of me, still asked.
    var askedOfMe: [SafeBehaviour] { state.safeBehaviours.behaviours.filter { $0.doer == viewer && !$0.retired } }

    var html: HTML {
        """
        \(header(HTML.say("trust.integrity.title"), back: back))
        <p id="reflection-prompt" class="note">\(IntegrityGuidance.reflectionPrompt)</p>
        \(journalSection)
        \(noticingSection)
        \(slidingDoorSection)
        \(FeedbackSectionView(view: view, now: now, forms: forms, hasPartner: hasPartner, showing: earlier).html)
        \(actionsSection)
        \(safeBehavioursSection)
        \(sharedSection)
        \(paging)
        """
    }

    /// Home, and my settings beside it.
    private var back: HTML {
        #"<a href="\#(Page.home())">\#(say("common.nav.home"))</a> · <a href="\#(Page.settings())">\#(say("trust.integrity.settings"))</a>"#
    }

    /// Entries come a few dozen at a time, however much has been written.
    private var paging: HTML {
        EarlierLink(label: say("trust.integrity.earlierEntries")) { .integrity(earlier: $0) }.html(
            Recent(items: view.myEntries + view.sharedWithMe, earlier: view.earlierEntries),
            named: IntegrityView.List.entries, showing: earlier)
    }

    func when(_ day: Day) -> String { HumanDay.text(day, today: view.today) }

    private var monthWords: String {
        switch view.journalDaysThisMonth.count {
        case 0: say("trust.integrity.journal.noneThisMonth")
        case let count: say("trust.integrity.journal.thisMonth", count: count)
        }
    }

    private var journalSection: HTML {
        let today = view.journalToday
        let write = forms.post(
            Post.journal(),
            """
            <label>\(say("trust.integrity.journal.momentLabel")) <textarea id="journal-text" name="text" required>\(forms.typed(Post.journal(), "text"))</textarea></label>
            <button id="write-journal">\(say("trust.integrity.keepIt"))</button>
            """)
        let form: HTML =
            today.map {
                let path = Post.editJournal($0.id)
                let words = forms.isReturned(path) ? forms.typed(path, "text") : $0.text
                let edit = forms.post(
                    path,
                    """
                    <label>\(say("trust.integrity.journal.editLabel")) <textarea name="text" required>\(words)</textarea></label>
                    <button id="edit-journal">\(say("trust.integrity.journal.saveButton"))</button>
                    """)
                let entry: HTML = #"<span id="journal-today">\#($0.text)</span>"#
                return #"<p>\#(HTML.say("trust.integrity.journal.tonight", ["entry": entry]))</p>\#(edit)"#
            } ?? #"<p class="note">\#(IntegrityGuidance.eveningPrompt)</p>\#(write)"#
        let month = MonthDays(written: Set(view.journalDaysThisMonth), today: view.today)
        return """
            <section id="journal"><h2>\(say("trust.integrity.journal.title")) <small>\(say("trust.integrity.journal.private"))</small></h2>
            \(form)
            <h3>\(say("trust.integrity.journal.thisMonthHeading"))</h3>\(month.html)<p class="note">\(monthWords)</p>
            \(entries(view.myEntries.filter { $0.kind == .journal }, id: "journal-entries"))
            </section>
            """
    }

    private var noticingSection: HTML {
        let path = Post.notice()
        let shared = forms.typed(path, "shared") == "yes" ? " checked" : ""
        let form = forms.post(
            path,
            """
            <label>\(say("trust.integrity.noticing.whatLabel")) <textarea id="noticing-what" name="what" required>\(forms.typed(path, "what"))</textarea></label>
            \(areaPicker(path))
            <label class="check"><input type="checkbox" name="shared" value="yes"\(shared)> \(say("trust.integrity.noticing.shareNow"))</label>
            <button id="record-noticing">\(say("trust.integrity.keepIt"))</button>
            """)
        return """
            <section><h2>\(say("trust.integrity.noticing.title"))</h2>
            <p class="note">\(say("trust.integrity.noticing.note"))</p>
            \(form)
            \(entries(view.myEntries.filter { $0.kind == .noticing }, id: "my-noticings"))
            </section>
            """
    }

    private var slidingDoorSection: HTML {
        let path = Post.slidingDoor()
        let away = forms.typed(path, "direction") == "away"
        let form = forms.post(
            path,
            """
            <fieldset><legend>\(say("trust.integrity.slidingDoor.whichWay"))</legend>
            <label class="check"><input type="radio" name="direction" value="toward"\(away ? "" : " checked")> \(say("trust.integrity.slidingDoor.toward"))</label>
            <label class="check"><input type="radio" name="direction" value="away"\(away ? " checked" : "")> \(say("trust.integrity.slidingDoor.away"))</label>
            </fieldset>
            <label>\(say("trust.integrity.slidingDoor.whatLabel")) <textarea id="sliding-what" name="what" required>\(forms.typed(path, "what"))</textarea></label>
            \(areaPicker(path))
            <button id="record-sliding-door">\(say("trust.integrity.keepIt"))</button>
            """)
        return """
            <section><h2>\(say("trust.integrity.slidingDoor.title"))</h2>
            <p class="note">\(say("trust.integrity.slidingDoor.note"))</p>
            \(form)
            \(entries(view.myEntries.filter { if case .slidingDoor = $0.kind { true } else { false } }, id: "my-sliding-doors"))
            </section>
            """
    }

    private func areaPicker(_ path: PostAddress) -> HTML {
        let choices =
            [("", say("trust.integrity.area.none"))]
            + areas.filter { !$0.isArchived }.map { ($0.id.description, $0.name) }
        return
            #"<label>\#(say("trust.integrity.area.label")) <select name="area">\#(forms.options(path, "area", choices))</select></label>"#
    }
}
