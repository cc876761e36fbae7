import Foundation
import TrellisCore
import TrellisLanguage

extension RepairPageView {
    var requestForm: HTML {
        let path = Post.requestAction()
        let areas = forms.options(path, "area", view.areas.map { ($0.area.id.description, $0.area.name) })
        let form = forms.post(
            path, id: "request-action-form",
            """
            <label>\(say("repair.form.area")) <select name="area">\(areas)</select></label>
            <label>\(say("repair.form.whatExactly")) <input id="action-what" name="what" required maxlength="\(RepairState.maximumActionLength)" \
            placeholder="\(VagueWording.example)" value="\(forms.typed(path, "what"))"></label>
            \(CadenceFields.html(forms, path))
            <label>\(say("repair.request.whyItMatters")) <textarea name="note">\(forms.typed(path, "note"))</textarea></label>
            <button id="request-action">\(say("repair.request.ask"))</button>
            """)
        return """
            <details id="request-action-details"\(forms.openIfReturned(path))><summary>\(say("repair.request.summary"))</summary>\
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
            button(.accept, "accept-action", say("repair.action.accept"))
            let path = Post.action(.reword)(action.id)
            let words = forms.isReturned(path) ? forms.typed(path, "what") : action.what
            let reword = forms.post(
                path,
                """
                <label>\(say("repair.form.whatExactly")) <input name="what" required value="\(words)"></label>\
                \(CadenceFields.html(forms, path, current: action.cadence))\
                <button class="propose-reword">\(say("repair.action.propose"))</button>
                """)
            controls.append(
                "<details\(forms.openIfReturned(path))><summary>\(say("repair.action.proposeOtherWords"))</summary>\(reword)</details>"
            )
        case (.rewordProposed(let what, let cadence), true):
            let proposed = HTML.say(
                "repair.action.newWordsProposed",
                ["what": "<em>\(what)</em>", "when": "\(cadence.words(today: view.today))"])
            controls.append("<p>\(proposed)</p>")
            button(.rewordAccept, "accept-reword", say("repair.action.acceptNewWords"))
            button(.rewordDecline, "decline-reword", say("repair.action.keepMyWords"))
        default: break
        }
        if action.status != .retired {
            let retire = Post.action(.retire)(action.id)
            if action.retirementProposedBy != nil && mine {
                controls.append("<p>\(say("repair.action.partnerProposesRetiring"))</p>")
                controls.append(
                    #"<a class="retire-action button" href="\#(retire)">\#(say("repair.action.retireIt"))</a>"#)
                button(.keep, "keep-action", say("repair.action.keepIt"))
            } else if action.retirementProposedBy == nil {
                let label = mine ? say("repair.action.retire") : say("repair.action.proposeRetiring")
                controls.append(#"<a class="retire-action step" href="\#(retire)">\#(label)</a>"#)
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
        let note: HTML =
            action.note.map { #"<p class="note">\#(say("repair.action.whyItMatters", ["note": $0]))</p>"# } ?? .empty
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
        case (.requested, true): say("repair.status.waitingForPartner", ["name": partner])
        case (.requested, false): say("repair.status.waitingForYou")
        case (.rewordProposed, true): say("repair.status.rewordForYou")
        case (.rewordProposed, false): say("repair.status.rewordForPartner", ["name": partner])
        case (.active, _): say("repair.status.agreed")
        case (.retired, _): say("repair.status.retired")
        }
    }

    /// "Done today" and "Missed today", except where the action is for whenever a situation comes
    /// up: a day it does not come up is no miss.
    private static func reportWords(_ cadence: Cadence, isToday: Bool) -> (done: String, missed: String) {
        if case .whenever = cadence { return (say("repair.report.cameUpDone"), say("repair.report.cameUpMissed")) }
        return isToday
            ? (say("repair.report.doneToday"), say("repair.report.missedToday"))
            : (say("repair.report.done"), say("repair.report.missed"))
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
