import Foundation
import TrellisCore

/// "My integrity": the rebuilding partner's own view. Calm, with no scores or trophies, and
/// never a measure of the partner's trust as a target.
struct IntegrityPageView {
    let view: IntegrityView
    let areas: [Area]
    let now: Date
    let forms: Forms
    var error: TrellisError? = nil
    /// The partner's name; nil when there is no partner here (not yet, or no longer).
    var partner: String? = nil
    var done: StepConfirmation? = nil
    /// Set when the page shows an earlier window of entries rather than the latest.
    var before: Day? = nil

    var html: HTML {
        """
        <p><a href="\(Page.home())">← Home</a> · <a href="\(Page.settings)">My settings</a></p>
        <h1>My integrity</h1>
        \(done?.html(partner: partner ?? "your partner") ?? .empty)
        \(forms.banner(error))
        <p id="reflection-prompt" class="note">\(IntegrityGuidance.reflectionPrompt)</p>
        \(journalSection)
        \(noticingSection)
        \(slidingDoorSection)
        \(FeedbackSectionView(view: view, now: now, forms: forms, hasPartner: partner != nil).html)
        \(actionsSection)
        \(sharedSection)
        \(paging)
        """
    }

    /// Entries come a window at a time, however long the couple has been here.
    private var paging: HTML {
        let earlier: HTML =
            view.olderBefore.map {
                #"<a id="earlier-entries" href="\#(Page.integrity(before: $0))">Earlier entries</a>"#
            }
            ?? .empty
        let latest: HTML =
            before == nil ? .empty : #"<a id="latest-entries" href="\#(Page.integrity())">Back to the latest</a>"#
        guard earlier != .empty || latest != .empty else { return .empty }
        return #"<p class="paging">\#(latest) \#(earlier)</p>"#
    }

    private func when(_ day: Day) -> String { HumanDay.text(day, today: view.today) }

    private var monthWords: String {
        switch view.journalDaysThisMonth.count {
        case 0: "No evenings written yet this month. One line is enough."
        case 1: "One evening written this month."
        case let count: "\(count) evenings written this month."
        }
    }

    private var journalSection: HTML {
        let today = view.myEntries.first { $0.kind == .journal && $0.day == view.today }
        let write = forms.post(
            "/integrity/journal",
            """
            <label>One moment <textarea id="journal-text" name="text" required>\(forms.typed("/integrity/journal", "text"))</textarea></label>
            <button id="write-journal">Keep it</button>
            """)
        let form: HTML =
            today.map {
                let path = "/integrity/journal/\($0.id.uuidString.lowercased())"
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
        let path = "/integrity/noticings"
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
        let path = "/integrity/sliding-doors"
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

    private func areaPicker(_ path: String) -> HTML {
        let choices = [("", "None")] + areas.filter { !$0.isArchived }.map { ($0.id.description, $0.name) }
        return #"<label>Area (optional) <select name="area">\#(forms.options(path, "area", choices))</select></label>"#
    }

    private func entries(_ list: [PracticeEntry], id: String) -> HTML {
        let items = list.map { entry -> HTML in
            let share: HTML =
                entry.visibility == .private
                ? #"<a class="share-entry step" href="/integrity/entries/\#(entry.id.uuidString.lowercased())/share">Share…</a>"#
                : #"<span class="shared-mark">shared</span>"#
            let direction: String
            if case .slidingDoor(let toward) = entry.kind {
                direction = toward ? "Toward: " : "Away: "
            } else {
                direction = ""
            }
            return
                #"<li class="entry" data-visibility="\#(entry.visibility.rawValue)">\#(when(entry.day)) · \#(direction)\#(entry.text) \#(share)</li>"#
        }
        // The latest few in view; the rest one tap away, so the page stays short.
        let shown = #"<ul id="\#(id)" class="entries">\#(items.prefix(3).joined())</ul>"# as HTML
        guard items.count > 3 else { return shown }
        return """
            \(shown)<details class="earlier"><summary>Earlier (\(items.count - 3))</summary>\
            <ul class="entries">\(items.dropFirst(3).joined())</ul></details>
            """
    }

    private var actionsSection: HTML {
        let items = view.myActions.map { action -> HTML in
            let days = view.today.lastDays(28).reversed().compactMap { day -> HTML? in
                guard let occurrence = action.occurrences[day], let outcome = occurrence.outcome else { return nil }
                // What my partner noticed, in their own word, reaches me here too.
                let noticed: HTML =
                    occurrence.acknowledged.map { seen in
                        seen.text.isEmpty ? " · your partner noticed" : " · your partner noticed: <q>\(seen.text)</q>"
                    } ?? .empty
                return "<li>\(when(day)): \(outcome == .done ? "done" : "missed, reported honestly")\(noticed)</li>"
            }
            let list: HTML = days.isEmpty ? "<li>Nothing reported in the last four weeks.</li>" : days.joined()
            return """
                <li class="my-action"><strong>\(action.what)</strong> · \(action.cadence.words(today: view.today))<ul>\(list)</ul></li>
                """
        }
        return """
            <section><h2>What I said I would do</h2>
            <ul id="my-actions">\(items.isEmpty ? "<li>No agreed actions yet.</li>" : items.joined())</ul>
            <p><a href="\(Page.repair(.askedOfMe))">Report on them in Asked of me</a></p></section>
            """
    }

    private var sharedSection: HTML {
        let items = view.sharedWithMe.map { entry -> HTML in
            let kind: String
            switch entry.kind {
            case .noticing: kind = "An appreciation"
            case .journal: kind = "From their evening journal"
            case .slidingDoor(let toward):
                kind = toward ? "A moment they turned toward you" : "A moment they turned away"
            }
            let area = entry.area.flatMap { id in areas.first { $0.id == id } }.map { " · \($0.name)" } ?? ""
            return "<li>\(when(entry.day)) · <em>\(kind)</em>\(area): \(entry.text)</li>"
        }.joined()
        return #"<section><h2>What my partner shared with me</h2><ul id="shared-with-me">\#(items)</ul></section>"#
    }
}
