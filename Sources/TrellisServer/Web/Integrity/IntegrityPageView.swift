import Foundation
import TrellisCore

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
        \(header("My integrity", back: #"<a href="\#(Page.home())">← Home</a> · <a href="\#(Page.settings())">My settings</a>"#))
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

    /// Entries come a few dozen at a time, however much has been written.
    private var paging: HTML {
        EarlierLink(label: "Earlier entries") { .integrity(earlier: $0) }.html(
            Recent(items: view.myEntries + view.sharedWithMe, earlier: view.earlierEntries),
            named: IntegrityView.List.entries, showing: earlier)
    }

    func when(_ day: Day) -> String { HumanDay.text(day, today: view.today) }

    private var monthWords: String {
        switch view.journalDaysThisMonth.count {
        case 0: "No evenings written yet this month. One line is enough."
        case 1: "One evening written this month."
        case let count: "\(count) evenings written this month."
        }
    }

    private var journalSection: HTML {
        let today = view.journalToday
        let write = forms.post(
            Post.journal(),
            """
            <label>One moment <textarea id="journal-text" name="text" required>\(forms.typed(Post.journal(), "text"))</textarea></label>
            <button id="write-journal">Keep it</button>
            """)
        let form: HTML =
            today.map {
                let path = Post.editJournal($0.id)
                let words = forms.isReturned(path) ? forms.typed(path, "text") : $0.text
                let edit = forms.post(
                    path,
                    """
                    <label>Edit it <textarea name="text" required>\(words)</textarea></label>
                    <button id="edit-journal">Save</button>
                    """)
                return #"<p>Tonight's entry: <span id="journal-today">\#($0.text)</span></p>\#(edit)"#
            } ?? #"<p class="note">\#(IntegrityGuidance.eveningPrompt)</p>\#(write)"#
        let month = MonthDays(written: Set(view.journalDaysThisMonth), today: view.today)
        return """
            <section id="journal"><h2>Evening journal <small>(private unless you share an entry)</small></h2>
            \(form)
            <h3>This month</h3>\(month.html)<p class="note">\(monthWords)</p>
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
            <label>What I noticed <textarea id="noticing-what" name="what" required>\(forms.typed(path, "what"))</textarea></label>
            \(areaPicker(path))
            <label class="check"><input type="checkbox" name="shared" value="yes"\(shared)> Share it with my partner now</label>
            <button id="record-noticing">Keep it</button>
            """)
        return """
            <section><h2>Noticing</h2>
            <p class="note">A small sign of openness or grace from your partner. Private, unless you share it as an appreciation.</p>
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
            <fieldset><legend>Which way</legend>
            <label class="check"><input type="radio" name="direction" value="toward"\(away ? "" : " checked")> I turned toward</label>
            <label class="check"><input type="radio" name="direction" value="away"\(away ? " checked" : "")> I turned away</label>
            </fieldset>
            <label>What happened <textarea id="sliding-what" name="what" required>\(forms.typed(path, "what"))</textarea></label>
            \(areaPicker(path))
            <button id="record-sliding-door">Keep it</button>
            """)
        return """
            <section><h2>Sliding-door moments</h2>
            <p class="note">Small moments of turning toward your partner, or away. Both count: honesty first.</p>
            \(form)
            \(entries(view.myEntries.filter { if case .slidingDoor = $0.kind { true } else { false } }, id: "my-sliding-doors"))
            </section>
            """
    }

    private func areaPicker(_ path: PostAddress) -> HTML {
        let choices = [("", "None")] + areas.filter { !$0.isArchived }.map { ($0.id.description, $0.name) }
        return #"<label>Area (optional) <select name="area">\#(forms.options(path, "area", choices))</select></label>"#
    }
}
