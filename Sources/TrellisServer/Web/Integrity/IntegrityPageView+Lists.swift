import Foundation
import TrellisCore
import TrellisLanguage

/// The lists on "My integrity": my entries (the latest few in view), the actions I agreed to with
/// how I followed through, and what my partner shared with me.
extension IntegrityPageView {
    func entries(_ list: [PracticeEntry], id: String) -> HTML {
        let items = list.map { entry -> HTML in
            let share: HTML =
                entry.visibility == .private
                ? #"<a class="share-entry step" href="\#(Post.shareEntry(entry.id))">\#(say("trust.integrity.entry.share"))</a>"#
                : #"<span class="shared-mark">\#(say("trust.integrity.entry.shared"))</span>"#
            let text: String
            switch entry.kind {
            case .slidingDoor(toward: true): text = say("trust.integrity.entry.toward", ["text": entry.text])
            case .slidingDoor(toward: false): text = say("trust.integrity.entry.away", ["text": entry.text])
            case .noticing, .journal: text = entry.text
            }
            return
                #"<li class="entry" data-visibility="\#(entry.visibility.rawValue)">\#(when(entry.day)) · \#(text) \#(share)</li>"#
        }
        // The latest few in view; the rest one tap away, so the page stays short.
        let shown = #"<ul id="\#(id)" class="entries">\#(items.prefix(3).joined())</ul>"# as HTML
        guard items.count > 3 else { return shown }
        return """
            \(shown)<details class="earlier"><summary>\(say("trust.integrity.entry.earlier", ["number": String(items.count - 3)]))</summary>\
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
                        seen.text.isEmpty
                            ? " · \(say("trust.integrity.action.partnerNoticed"))"
                            : " · \(HTML.say("trust.integrity.action.partnerNoticedWord", ["word": "<q>\(seen.text)</q>"]))"
                    } ?? .empty
                let how =
                    outcome == .done
                    ? say("trust.integrity.action.done", ["day": when(day)])
                    : say("trust.integrity.action.missed", ["day": when(day)])
                return "<li>\(how)\(noticed)</li>"
            }
            let list: HTML =
                days.isEmpty ? "<li>\(say("trust.integrity.action.nothingReported"))</li>" : days.joined()
            return """
                <li class="my-action"><strong>\(action.what)</strong> · \(action.cadence.words(today: view.today))<ul>\(list)</ul></li>
                """
        }
        return """
            <section><h2>\(say("trust.integrity.actions.title"))</h2>
            <ul id="my-actions">\(items.isEmpty ? "<li>\(say("trust.integrity.actions.none"))</li>" : items.joined())</ul>
            <p><a href="\(Page.repair(.askedOfMe))">\(say("trust.integrity.actions.report"))</a></p></section>
            """
    }

    /// What my partner said helps them feel safe, with "I did this": it counts once they confirm.
    var safeBehavioursSection: HTML {
        guard !askedOfMe.isEmpty else { return .empty }
        let items = askedOfMe.map { behaviour -> HTML in
            let confirmed = behaviour.confirmed.count
            let waiting = behaviour.moments.filter { $0.claimed && $0.confirmed == nil }.count
            let times = SafeBehaviourCardView.confirmed(confirmed)
            let words =
                waiting > 0
                ? say(
                    "trust.integrity.asked.tally",
                    ["confirmed": times, "waiting": say("trust.integrity.asked.waiting", count: waiting)])
                : times
            let tally: HTML = "<span class=\"note\"> · \(words)</span>"
            return """
                <li class="fear"><p><strong>\(behaviour.what)</strong>\(tally)</p>\(forms.post(
                    Post.behaviour(.happened)(behaviour.id),
                    """
                    <label>\(say("trust.behaviour.wordLabel")) <input name="word" maxlength="\(SafeBehavioursState.maximumWord)"></label>
                    <button class="did-this">\(say("trust.integrity.asked.didThis"))</button>
                    """))</li>
                """
        }
        return """
            <section id="safe-behaviours-asked"><h2>\(say("trust.integrity.asked.title", ["name": partner]))</h2>
            <p class="note">\(say("trust.integrity.asked.note", ["name": partner]))</p>
            <ul class="fears">\(items.joined())</ul></section>
            """
    }

    var sharedSection: HTML {
        let items = view.sharedWithMe.map { entry -> HTML in
            let kind: String
            switch entry.kind {
            case .noticing: kind = say("trust.integrity.shared.appreciation")
            case .journal: kind = say("trust.integrity.shared.journal")
            case .slidingDoor(toward: true): kind = say("trust.integrity.shared.toward")
            case .slidingDoor(toward: false): kind = say("trust.integrity.shared.away")
            }
            let area = entry.area.flatMap { id in areas.first { $0.id == id } }.map { " · \($0.name)" } ?? ""
            return "<li>\(when(entry.day)) · <em>\(kind)</em>\(area): \(entry.text)</li>"
        }.joined()
        return
            #"<section><h2>\#(say("trust.integrity.shared.title"))</h2><ul id="shared-with-me">\#(items)</ul></section>"#
    }
}
