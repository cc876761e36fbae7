import Foundation
import TrellisCore

extension RepairPageView {
    /// When the action happens: the same fields for a request and for proposed new words.
    var cadenceFields: String {
        let days = Weekday.allCases.map {
            #"<label class="check"><input type="checkbox" name="day" value="\#($0.code)"> \#($0.name)</label>"#
        }.joined()
        return """
            <label>When <select name="cadence"><option value="daily">Every day</option>\
            <option value="weekdays">On some days of the week</option><option value="once">Once, by a date</option>\
            <option value="whenever">Whenever a situation comes up</option></select></label>
            <label>By (for once) <input type="date" name="by"></label>
            <fieldset><legend>Days (for days of the week)</legend>\(days)</fieldset>
            <label>Situation (for whenever) <input name="situation"></label>
            """
    }

    var requestForm: String {
        let areas = view.areas.map { #"<option value="\#($0.area.id)">\#(text($0.area.name))</option>"# }.joined()
        return """
            <details id="request-action-details"><summary>Ask for a clear action</summary>
            <form method="post" action="/repair/actions" id="request-action-form">\(field)
            <label>Area <select name="area">\(areas)</select></label>
            <label>What, exactly <input id="action-what" name="what" required maxlength="\(RepairState.maximumActionLength)" \
            placeholder="\(text(VagueWording.example))"></label>
            \(cadenceFields)
            <label>Why it matters to me (optional) <textarea name="note"></textarea></label>
            <button id="request-action">Ask</button></form></details>
            """
    }

    func action(_ action: RepairAction, mine: Bool) -> String {
        let base = "/repair/actions/\(action.id.uuidString.lowercased())"
        var controls: [String] = []
        func button(_ step: String, _ cssClass: String, _ label: String) {
            controls.append(
                #"<form method="post" action="\#(base)/\#(step)" class="inline">\#(field)<button class="\#(cssClass)">\#(label)</button></form>"#
            )
        }
        switch (action.status, mine) {
        case (.requested, false):
            button("accept", "accept-action", "Accept")
            controls.append(
                """
                <details><summary>Propose other words</summary>\
                <form method="post" action="\(base)/reword">\(field)\
                <label>What, exactly <input name="what" required value="\(text(action.what))"></label>\
                \(cadenceFields)<button class="propose-reword">Propose</button></form></details>
                """)
        case (.rewordProposed(let what, let cadence), true):
            controls.append("<p>New words proposed: <em>\(text(what))</em>, \(text(cadence.summary))</p>")
            button("reword-accept", "accept-reword", "Accept the new words")
            button("reword-decline", "decline-reword", "Keep my words")
        default: break
        }
        if action.status != .retired {
            if action.retirementProposedBy != nil && mine {
                controls.append("<p>Your partner proposes retiring this action.</p>")
                button("retire", "retire-action", "Retire it")
                button("keep", "keep-action", "Keep it")
            } else if action.retirementProposedBy == nil {
                button("retire", "retire-action", mine ? "Retire" : "Propose retiring")
            }
        }
        if action.isActive && !mine, let day = reportableNow(action) {
            let isToday = day == view.today
            controls.append(
                #"<form method="post" action="\#(base)/occurrences/\#(day)/done" class="inline">\#(field)<button class="report-done">\#(isToday ? "Done today" : "Done")</button></form> "#
            )
            if day <= view.today {
                controls.append(
                    #"<form method="post" action="\#(base)/occurrences/\#(day)/missed" class="inline">\#(field)<button class="report-missed quiet">\#(isToday ? "Missed today" : "Missed")</button></form>"#
                )
            }
        }
        let status: String = {
            switch action.status {
            case .requested: "waiting for an answer"
            case .rewordProposed: "new words proposed"
            case .active: "agreed"
            case .retired: "retired"
            }
        }()
        let statusName: String = {
            switch action.status {
            case .requested: "requested"
            case .rewordProposed: "reword_proposed"
            case .active: "active"
            case .retired: "retired"
            }
        }()
        return """
            <li class="action" data-what="\(text(action.what))" data-status="\(statusName)">\
            <strong>\(text(action.what))</strong> · \(text(action.cadence.summary)) · <span class="status">\(status)</span>
            \(action.note.map { #"<p class="note">Why it matters: \#(text($0))</p>"# } ?? "")
            \(controls.joined(separator: " "))
            <ul class="occurrences">\(occurrences(action, mine: mine, base: base))</ul></li>
            """
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

    private func occurrences(_ action: RepairAction, mine: Bool, base: String) -> String {
        view.recentDays.reversed().compactMap { day -> String? in
            let record = action.occurrences[day]
            let scheduled = action.isActive && action.cadence.isScheduled(on: day) && day >= (action.activeSince ?? day)
            guard scheduled || record != nil else { return nil }
            let state = record?.outcome?.rawValue ?? (record?.noticed != nil ? "noticed" : "not_reported")
            let label =
                [
                    "done": "done", "missed": "missed (reported honestly)",
                    "noticed": mine ? "you noticed it" : "your partner noticed it",
                    "not_reported": "not reported",
                ][state] ?? state
            var extra = ""
            let path = "\(base)/occurrences/\(day)"
            let reportable = action.isReportable(day, today: view.today, early: false)
            if mine, record == nil, scheduled, reportable {
                extra +=
                    #" <form method="post" action="\#(path)/notice" class="inline">\#(field)<button class="notice link">I saw it happen</button></form>"#
            }
            if mine, record?.outcome == .done {
                extra +=
                    record?.acknowledged == nil
                    ? #" <form method="post" action="\#(path)/acknowledge" class="inline">\#(field)<label>A word for your partner (optional) <input name="word"></label><button class="acknowledge">I noticed</button></form>"#
                    : #" <span class="acknowledged">You noticed</span>"#
            }
            // Late reports: earlier days still open for a report.
            if !mine, record == nil, scheduled, day < view.today, reportable {
                extra +=
                    #" <form method="post" action="\#(path)/done" class="inline">\#(field)<button class="report-late-done link">done</button></form>"#
                    + #" <form method="post" action="\#(path)/missed" class="inline">\#(field)<button class="report-late-missed link">missed</button></form>"#
            }
            // What the asker noticed reaches the doer, with the word they chose.
            if !mine, let seen = record?.acknowledged ?? record?.noticed {
                let word = seen.text.isEmpty ? "" : #": <q class="noticed-word">\#(text(seen.text))</q>"#
                extra += #" <span class="acknowledged">Your partner noticed\#(word)</span>"#
            }
            // The short exchange is there for a miss, or a report that did not match, behind a quiet link.
            if mine, let outcome = record?.outcome, outcome == .missed || record?.acknowledged == nil {
                let (summary, template) =
                    outcome == .missed
                    ? ("Talk about this miss", RepairGuidance.missTemplate)
                    : ("This didn't match what I saw", RepairGuidance.mismatchTemplate)
                extra += """
                    <details class="exchange"><summary>\(summary)</summary>\
                    <p class="repair-reminder">\(text(RepairGuidance.reminder))</p>\
                    <form method="post" action="\(path)/note">\(field)<label>Your note <textarea name="text">\(text(template))</textarea></label>\
                    <button class="send-note">Send</button></form></details>
                    """
            }
            if !mine, let notes = record?.notes, !notes.isEmpty {
                extra +=
                    #"<form method="post" action="\#(path)/note">\#(field)<label>Your reply <textarea name="text" required></textarea></label><button class="send-note">Reply</button></form>"#
            }
            let notes = (record?.notes ?? []).map { #"<p class="occurrence-note">\#(text($0.text))</p>"# }.joined()
            return
                #"<li class="occurrence" data-day="\#(day)" data-state="\#(state)">\#(day): \#(label)\#(extra)\#(notes)</li>"#
        }.joined()
    }

    var calendarSection: String {
        let issued =
            calendarURL.map {
                #"<p>Add this private address to your calendar app (keep it to yourself): <code id="calendar-url">\#(text($0))</code></p>"#
            } ?? ""
        return """
            <section><h2>Reminders in my calendar</h2>
            <p class="note">A private calendar address lists the actions you agreed to do. Making a new one turns off the old one.</p>
            \(issued)
            <form method="post" action="/repair/calendar" class="inline">\(field)<button id="calendar-issue">New calendar address</button></form>
            <form method="post" action="/repair/calendar" class="inline">\(field)<input type="hidden" name="revoke" value="yes">\
            <button id="calendar-revoke" class="quiet">Turn off my calendar address</button></form>
            </section>
            """
    }
}
