import Foundation
import TrellisCore

extension RepairPageView {
    var requestForm: HTML {
        let path = "/repair/actions"
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
        let base = "/repair/actions/\(action.id.uuidString.lowercased())"
        var controls: [HTML] = []
        func button(_ step: String, _ cssClass: String, _ label: String) {
            controls.append(
                forms.post("\(base)/\(step)", class: "inline", #"<button class="\#(cssClass)">\#(label)</button>"#))
        }
        switch (action.status, mine) {
        case (.requested, false):
            button("accept", "accept-action", "Accept")
            let path = "\(base)/reword"
            let words = forms.isReturned(path) ? forms.typed(path, "what") : action.what
            let reword = forms.post(
                path,
                """
                <label>What, exactly <input name="what" required value="\(words)"></label>\
                \(CadenceFields.html(forms, path))<button class="propose-reword">Propose</button>
                """)
            controls.append(
                "<details\(forms.openIfReturned(path))><summary>Propose other words</summary>\(reword)</details>")
        case (.rewordProposed(let what, let cadence), true):
            controls.append("<p>New words proposed: <em>\(what)</em>, \(cadence.words(today: view.today))</p>")
            button("reword-accept", "accept-reword", "Accept the new words")
            button("reword-decline", "decline-reword", "Keep my words")
        default: break
        }
        if action.status != .retired {
            let retire = "\(base)/retire"
            if action.retirementProposedBy != nil && mine {
                controls.append("<p>Your partner proposes retiring this action.</p>")
                controls.append(#"<a class="retire-action button" href="\#(retire)">Retire it…</a>"#)
                button("keep", "keep-action", "Keep it")
            } else if action.retirementProposedBy == nil {
                controls.append(
                    #"<a class="retire-action step" href="\#(retire)">\#(mine ? "Retire…" : "Propose retiring…")</a>"#)
            }
        }
        if action.isActive && !mine, let day = reportableNow(action) {
            let isToday = day == view.today
            controls.append(
                forms.post(
                    "\(base)/occurrences/\(day)/done", class: "inline",
                    #"<button class="report-done">\#(isToday ? "Done today" : "Done")</button>"#))
            if day <= view.today {
                controls.append(
                    forms.post(
                        "\(base)/occurrences/\(day)/missed", class: "inline",
                        #"<button class="report-missed quiet">\#(isToday ? "Missed today" : "Missed")</button>"#))
            }
        }
        let note: HTML = action.note.map { #"<p class="note">Why it matters: \#($0)</p>"# } ?? .empty
        return """
            <li class="action" data-what="\(action.what)" data-status="\(Self.statusName(action.status))">\
            <strong>\(action.what)</strong> · \(action.cadence.words(today: view.today)) · <span class="status">\(Self.status(action.status))</span>
            \(note)
            \(controls.joined(separator: " "))
            \(progress(action, mine: mine, base: base))</li>
            """
    }

    private static func status(_ status: RepairAction.Status) -> String {
        switch status {
        case .requested: "waiting for an answer"
        case .rewordProposed: "new words proposed"
        case .active: "agreed"
        case .retired: "retired"
        }
    }

    private static func statusName(_ status: RepairAction.Status) -> String {
        switch status {
        case .requested: "requested"
        case .rewordProposed: "reword_proposed"
        case .active: "active"
        case .retired: "retired"
        }
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
