import Foundation
import TrellisCore

/// The lists on "My integrity": my entries (the latest few in view), the actions I agreed to with
/// how I followed through, and what my partner shared with me.
extension IntegrityPageView {
    func entries(_ list: [PracticeEntry], id: String) -> HTML {
        let items = list.map { entry -> HTML in
            let share: HTML =
                entry.visibility == .private
                ? #"<a class="share-entry step" href="\#(Post.shareEntry(entry.id))">Share…</a>"#
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

    var actionsSection: HTML {
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

    /// What my partner said helps them feel safe, with "I did this": it counts once they confirm.
    var safeBehavioursSection: HTML {
        guard !askedOfMe.isEmpty else { return .empty }
        let items = askedOfMe.map { behaviour -> HTML in
            let confirmed = behaviour.confirmed.count
            let waiting = behaviour.moments.filter { $0.claimed && $0.confirmed == nil }.count
            let tally: HTML =
                "<span class=\"note\"> · confirmed \(confirmed == 1 ? "once" : "\(confirmed) times")\(waiting > 0 ? ", \(waiting) waiting for their word" : "")</span>"
            return """
                <li class="fear"><p><strong>\(behaviour.what)</strong>\(tally)</p>\(forms.post(
                    Post.behaviour(.happened)(behaviour.id),
                    """
                    <label>A word, if you like <input name="word" maxlength="\(SafeBehavioursState.maximumWord)"></label>
                    <button class="did-this">I did this today</button>
                    """))</li>
                """
        }
        return """
            <section id="safe-behaviours-asked"><h2>What helps \(partner) feel safe</h2>
            <p class="note">Small things, no schedule. Say when you did one; it counts once \(partner) confirms it.</p>
            <ul class="fears">\(items.joined())</ul></section>
            """
    }

    var sharedSection: HTML {
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
