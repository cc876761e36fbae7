import Foundation
import TrellisCore

/// "My integrity": the rebuilding partner's own view. Calm, with no scores or trophies, and
/// never a measure of the partner's trust as a target.
struct IntegrityPageView {
    let view: IntegrityView
    let areas: [Area]
    let now: Date
    let csrf: String
    var error: TrellisError? = nil

    var field: String { HTMLPage.csrfField(csrf) }
    func text(_ value: String) -> String { HTMLPage.escape(value) }

    var html: String {
        """
        <p><a href="/home">← Home</a> · <a href="/settings">My settings</a></p>
        <h1>My integrity</h1>
        \(HTMLPage.errorBanner(error))
        <p id="reflection-prompt" class="note">\(text(IntegrityGuidance.reflectionPrompt))</p>
        \(journalSection)
        \(noticingSection)
        \(slidingDoorSection)
        \(FeedbackSectionView(view: view, now: now, csrf: csrf).html)
        \(actionsSection)
        \(sharedSection)
        """
    }

    private var journalSection: String {
        let today = view.myEntries.first { $0.kind == .journal && $0.day == view.today }
        let form =
            today.map {
                """
                <p>Tonight's entry: <span id="journal-today">\(text($0.text))</span></p>
                <form method="post" action="/integrity/journal/\($0.id.uuidString.lowercased())">\(field)
                <label>Edit it <textarea name="text" required>\(text($0.text))</textarea></label>
                <button id="edit-journal">Save</button></form>
                """
            } ?? """
                <p class="note">\(text(IntegrityGuidance.eveningPrompt))</p>
                <form method="post" action="/integrity/journal">\(field)
                <label>One moment <textarea id="journal-text" name="text" required></textarea></label>
                <button id="write-journal">Keep it</button></form>
                """
        let days = view.journalDaysThisMonth.map { "<li>\($0)</li>" }.joined()
        return """
            <section id="journal"><h2>Evening journal <small>(private unless you share an entry)</small></h2>
            \(form)
            <p>Days this month: </p><ul id="journal-days">\(days)</ul>
            \(entries(view.myEntries.filter { $0.kind == .journal }, id: "journal-entries"))
            </section>
            """
    }

    private var noticingSection: String {
        """
        <section><h2>Noticing</h2>
        <p class="note">A small sign of openness or grace from your partner. Private, unless you share it as an appreciation.</p>
        <form method="post" action="/integrity/noticings">\(field)
        <label>What I noticed <textarea id="noticing-what" name="what" required></textarea></label>
        \(areaPicker)
        <label class="check"><input type="checkbox" name="shared" value="yes"> Share it with my partner now</label>
        <button id="record-noticing">Keep it</button></form>
        \(entries(view.myEntries.filter { $0.kind == .noticing }, id: "my-noticings"))
        </section>
        """
    }

    private var slidingDoorSection: String {
        """
        <section><h2>Sliding-door moments</h2>
        <p class="note">Small moments of turning toward your partner, or away. Both count: honesty first.</p>
        <form method="post" action="/integrity/sliding-doors">\(field)
        <fieldset><legend>Which way</legend>
        <label class="check"><input type="radio" name="direction" value="toward" checked> I turned toward</label>
        <label class="check"><input type="radio" name="direction" value="away"> I turned away</label>
        </fieldset>
        <label>What happened <textarea id="sliding-what" name="what" required></textarea></label>
        \(areaPicker)
        <button id="record-sliding-door">Keep it</button></form>
        \(entries(view.myEntries.filter { if case .slidingDoor = $0.kind { true } else { false } }, id: "my-sliding-doors"))
        </section>
        """
    }

    private var areaPicker: String {
        let options = areas.filter { !$0.isArchived }.map { #"<option value="\#($0.id)">\#(text($0.name))</option>"# }
        return
            #"<label>Area (optional) <select name="area"><option value="">None</option>\#(options.joined())</select></label>"#
    }

    private func entries(_ list: [PracticeEntry], id: String) -> String {
        let items = list.map { entry -> String in
            let share =
                entry.visibility == .private
                ? #"<form method="post" action="/integrity/entries/\#(entry.id.uuidString.lowercased())/share" class="inline">\#(field)<button class="share-entry link">Share</button></form>"#
                : #"<span class="shared-mark">shared</span>"#
            let direction: String
            if case .slidingDoor(let toward) = entry.kind {
                direction = toward ? "Toward: " : "Away: "
            } else {
                direction = ""
            }
            return
                #"<li class="entry" data-visibility="\#(entry.visibility.rawValue)">\#(entry.day) · \#(direction)\#(text(entry.text)) \#(share)</li>"#
        }
        return #"<ul id="\#(id)" class="entries">\#(items.joined())</ul>"#
    }

    private var actionsSection: String {
        let items = view.myActions.map { action -> String in
            let days = view.today.lastDays(28).reversed().compactMap { day -> String? in
                guard let occurrence = action.occurrences[day], let outcome = occurrence.outcome else { return nil }
                // What my partner noticed, in their own word, reaches me here too.
                let noticed = occurrence.acknowledged.map { seen in
                    " · your partner noticed" + (seen.text.isEmpty ? "" : ": <q>\(text(seen.text))</q>")
                }
                return "<li>\(day): \(outcome == .done ? "done" : "missed, reported honestly")\(noticed ?? "")</li>"
            }.joined()
            return """
                <li class="my-action"><strong>\(text(action.what))</strong> · \(text(action.cadence.summary))\
                <ul>\(days.isEmpty ? "<li>Nothing reported in the last four weeks.</li>" : days)</ul></li>
                """
        }.joined()
        return """
            <section><h2>What I said I would do</h2>
            <ul id="my-actions">\(items.isEmpty ? "<li>No agreed actions yet.</li>" : items)</ul>
            <p><a href="/repair">Report on them in Repairing trust</a></p></section>
            """
    }

    private var sharedSection: String {
        let items = view.sharedWithMe.map { entry in
            let kind: String
            switch entry.kind {
            case .noticing: kind = "An appreciation"
            case .journal: kind = "From their evening journal"
            case .slidingDoor(let toward):
                kind = toward ? "A moment they turned toward you" : "A moment they turned away"
            }
            let area = entry.area.flatMap { id in areas.first { $0.id == id } }.map { " · \(text($0.name))" } ?? ""
            return "<li>\(entry.day) · <em>\(kind)</em>\(area): \(text(entry.text))</li>"
        }.joined()
        return #"<section><h2>What my partner shared with me</h2><ul id="shared-with-me">\#(items)</ul></section>"#
    }
}
