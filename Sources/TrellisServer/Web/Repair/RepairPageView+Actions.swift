import Foundation
import TrellisCore

extension RepairPageView {
    var requestForm: HTML {
        let path = Post.requestAction()
        let areas = forms.options(path, "area", view.areas.map { ($0.area.id.description, $0.area.name) })
        let form = forms.post(
            path, id: "request-action-form",
            """
            <label>Area <select name="area">\(areas)</select></label>
            <label>What, exactly <input id="action-what" name="what" required maxlength="\(RepairState.maximumActionLength)" \
            placeholder="\(VagueWording.example)" value="\(forms.typed(path, "what"))"></label>
            \(CadenceFields.html(forms, path))
            <label>Why it matters to me (optional) <textarea name="note">\(forms.typed(path, "note"))</textarea></label>
            <button id="request-action">Ask</button>
            """)
        return """
            <details id="request-action-details"\(forms.openIfReturned(path))><summary>Ask for a clear action</summary>\
            \(form)</details>
            """
    }

    func action(_ action: RepairAction, mine: Bool) -> HTML {
        var controls: [HTML] = []
        func button(_ step: RepairSteps.ActionStep, _ cssClass: String, _ label: String) {
            controls.append(
                forms.post(
                    Post.action(step)(action.id), class: "inline", #"<button class="\#(cssClass)">\#(label)</button>"#))
        }
        switch (action.status, mine) {
        case (.requested, false):
            button(.accept, "accept-action", "Accept")
            let path = Post.action(.reword)(action.id)
            let words = forms.isReturned(path) ? forms.typed(path, "what") : action.what
            let reword = forms.post(
                path,
                """
                <label>What, exactly <input name="what" required value="\(words)"></label>\
                \(CadenceFields.html(forms, path, current: action.cadence))<button class="propose-reword">Propose</button>
                """)
            controls.append(
                "<details\(forms.openIfReturned(path))><summary>Propose other words</summary>\(reword)</details>")
        case (.rewordProposed(let what, let cadence), true):
            controls.append("<p>New words proposed: <em>\(what)</em>, \(cadence.words(today: view.today))</p>")
            button(.rewordAccept, "accept-reword", "Accept the new words")
            button(.rewordDecline, "decline-reword", "Keep my words")
        default: break
        }
        if action.status != .retired {
            let retire = Post.action(.retire)(action.id)
            if action.retirementProposedBy != nil && mine {
                controls.append("<p>Your partner proposes retiring this action.</p>")
                controls.append(#"<a class="retire-action button" href="\#(retire)">Retire it…</a>"#)
                button(.keep, "keep-action", "Keep it")
            } else if action.retirementProposedBy == nil {
                controls.append(
                    #"<a class="retire-action step" href="\#(retire)">\#(mine ? "Retire…" : "Propose retiring…")</a>"#)
            }
        }
        if action.isActive && !mine, let day = reportableNow(action) {
            let (done, missed) = Self.reportWords(action.cadence, isToday: day == view.today)
            controls.append(
                forms.post(
                    Post.occurrence(.done)(ActionOnDay(action.id, day)), class: "inline",
                    #"<button class="report-done">\#(done)</button>"#))
            if day <= view.today {
                controls.append(
                    forms.post(
                        Post.occurrence(.missed)(ActionOnDay(action.id, day)), class: "inline",
                        #"<button class="report-missed quiet">\#(missed)</button>"#))
            }
        }
        let note: HTML = action.note.map { #"<p class="note">Why it matters: \#($0)</p>"# } ?? .empty
        let area = view.areas.first { $0.area.id == action.area }?.area.name ?? ""
        return """
            <li class="action" data-what="\(action.what)" data-status="\(action.status.code)">\
            <strong>\(action.what)</strong> · <span class="action-area">\(area)</span> · \
            \(action.cadence.words(today: view.today)) · <span class="status">\(status(action.status, mine: mine))</span>
            \(note)
            \(controls.joined(separator: " "))
            \(progress(action, mine: mine))</li>
            """
    }

    /// Who the action waits on, said to the one reading: the asker (`mine`) or the doer.
    private func status(_ status: RepairAction.Status, mine: Bool) -> String {
        switch (status, mine) {
        case (.requested, true): "waiting for \(partner)\u{2019}s answer"
        case (.requested, false): "waiting for your answer"
        case (.rewordProposed, true): "new words proposed: yours to answer"
        case (.rewordProposed, false): "new words proposed, waiting for \(partner)"
        case (.active, _): "agreed"
        case (.retired, _): "retired"
        }
    }

    /// "Done today" and "Missed today", except where the action is for whenever a situation comes
    /// up: a day it does not come up is no miss.
    private static func reportWords(_ cadence: Cadence, isToday: Bool) -> (done: String, missed: String) {
        if case .whenever = cadence { return ("It came up: I did it", "It came up: I didn\u{2019}t") }
        return isToday ? ("Done today", "Missed today") : ("Done", "Missed")
    }

    /// The day the doer's main report buttons are for: a one-off action's due day (done early is
    /// fine), otherwise today when it is due; nil once that day is reported.
    private func reportableNow(_ action: RepairAction) -> Day? {
        let day: Day
        if case .once(let due) = action.cadence {
            day = due
        } else if action.cadence.accepts(view.today) {
            day = view.today
        } else {
            return nil
        }
        return action.occurrences[day] == nil ? day : nil
    }
}
