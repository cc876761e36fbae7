import Foundation
import TrellisCore

extension RepairPageView {
    /// The last four weeks of one action: a picture and a few words first; then the days that
    /// ask something of the viewer (or bring them word of being noticed); every day behind a
    /// quiet "Day by day".
    func progress(_ action: RepairAction, mine: Bool) -> HTML {
        let days = occurrences(action, mine: mine)
        let rhythm: HTML =
            action.rhythm(today: view.today).map { #"<p class="rhythm">\#(Self.words($0))</p>"# } ?? .empty
        let shown = days.filter(\.worthShowing).map(\.html)
        let rest = days.filter { !$0.worthShowing }.map(\.html)
        let picture: HTML =
            action.isActive ? WeekDots(action: action, today: view.today).html : .empty
        return """
            \(picture)\(rhythm)
            \(shown.isEmpty ? .empty : #"<ul class="occurrences">\#(shown.joined())</ul>"#)
            \(rest.isEmpty ? .empty : #"<details class="days"><summary>Day by day</summary><ul class="occurrences">\#(rest.joined())</ul>\#(Legend.weekDots)</details>"#)
            """
    }

    private static func words(_ rhythm: ActionRhythm) -> String {
        switch rhythm {
        case .justStarted: "Just started."
        case .steady(let weeks): "Steady for \(["", "one", "two", "three", "four"][weeks]) weeks."
        case .mostlyKept: "Kept on most days lately."
        case .uneven: "Some days kept, some missed. Saying so honestly is part of it."
        case .quiet: "Nothing reported for two weeks."
        }
    }

    /// Each day of the last four weeks with something to show, newest first.
    private func occurrences(_ action: RepairAction, mine: Bool) -> [(html: HTML, worthShowing: Bool)] {
        action.shownDays(Array(view.recentDays.reversed())).map { shown -> (html: HTML, worthShowing: Bool) in
            let (day, record, scheduled) = (shown.day, shown.record, shown.scheduled)
            let state = shown.state.rawValue
            let label =
                switch shown.state {
                case .done: "done"
                case .missed: "missed (reported honestly)"
                case .noticed: mine ? "you noticed it" : "your partner noticed it"
                case .notReported: "not reported"
                }
            var extra: [HTML] = []
            let target = ActionOnDay(action.id, day)
            let reportable = action.isReportable(day, today: view.today, early: false)
            if mine, record == nil, scheduled, reportable {
                extra.append(
                    forms.post(
                        Post.occurrence(.notice)(target), class: "inline",
                        #"<button class="notice link">I saw it happen</button>"#))
            }
            if mine, record?.outcome == .done {
                let word = forms.typed(Post.occurrence(.acknowledge)(target), "word")
                extra.append(
                    record?.acknowledged == nil
                        ? forms.post(
                            Post.occurrence(.acknowledge)(target), class: "inline",
                            #"<label>A word for your partner (optional) <input name="word" value="\#(word)"></label><button class="acknowledge">I noticed</button>"#
                        )
                        : #"<span class="acknowledged">You noticed</span>"#)
            }
            // A report made by mistake can be taken back for a few minutes.
            let withdrawable = !mine && action.isWithdrawable(day, now: now)
            if withdrawable {
                extra.append(
                    forms.post(
                        Post.occurrence(.withdraw)(target), class: "inline",
                        #"<button class="withdraw-report link">Undo this report</button>"#))
            }
            // Late reports: earlier days still open for a report.
            if !mine, record == nil, scheduled, day < view.today, reportable {
                extra.append(
                    forms.post(
                        Post.occurrence(.done)(target), class: "inline",
                        #"<button class="report-late-done link">done</button>"#)
                )
                extra.append(
                    forms.post(
                        Post.occurrence(.missed)(target), class: "inline",
                        #"<button class="report-late-missed link">missed</button>"#))
            }
            // What the asker noticed reaches the doer, with the word they chose.
            if !mine, let seen = record?.acknowledged ?? record?.noticed {
                let word: HTML = seen.text.isEmpty ? .empty : #": <q class="noticed-word">\#(seen.text)</q>"#
                extra.append(#"<span class="acknowledged">Your partner noticed\#(word)</span>"#)
            }
            // The short exchange is there for a miss, or a report that did not match, behind a quiet link.
            if mine, let outcome = record?.outcome, outcome == .missed || record?.acknowledged == nil {
                let (summary, template) =
                    outcome == .missed
                    ? ("Talk about this miss", RepairGuidance.missTemplate)
                    : ("This didn't match what I saw", RepairGuidance.mismatchTemplate)
                let note = Post.occurrence(.note)(target)
                let words = forms.isReturned(note) ? forms.typed(note, "text") : template
                let send = forms.post(
                    note,
                    #"<label>Your note <textarea name="text">\#(words)</textarea></label><button class="send-note">Send</button>"#
                )
                extra.append(
                    """
                    <details class="exchange"\(forms.openIfReturned(note))><summary>\(summary)</summary>\
                    <p class="repair-reminder">\(RepairGuidance.reminder)</p>\(send)</details>
                    """)
            }
            if !mine, let notes = record?.notes, !notes.isEmpty {
                let note = Post.occurrence(.note)(target)
                extra.append(
                    forms.post(
                        note,
                        #"<label>Your reply <textarea name="text" required>\#(forms.typed(note, "text"))</textarea></label><button class="send-note">Reply</button>"#
                    ))
            }
            let notes = (record?.notes ?? []).map { #"<p class="occurrence-note">\#($0.text)</p>"# as HTML }.joined()
            let recent = view.today.daysSinceEpoch - day.daysSinceEpoch < 7
            // What the viewer can still do here, or news for the doer of being noticed.
            let asks =
                withdrawable || (!mine && record == nil && day < view.today && reportable)
                || record?.notes.last.map { $0.author != view.viewer } == true
                || (mine && record?.outcome == .done && record?.acknowledged == nil && recent)
                || (!mine && recent && (record?.acknowledged ?? record?.noticed) != nil)
            let item: HTML = """
                <li class="occurrence" data-day="\(day)" data-state="\(state)">\(HumanDay.text(day, today: view.today)): \(label) \
                \(extra.joined(separator: " "))\(notes)</li>
                """
            return (item, asks)
        }
    }

    var calendarSection: HTML {
        let issue = forms.post(
            Post.calendar(), class: "inline",
            calendarURL == nil
                ? #"<button id="calendar-issue">Make my calendar address</button>"#
                : #"<button id="calendar-issue" class="quiet">Make a new address (this one stops working)</button>"#)
        let revoke = forms.post(
            Post.calendar(), class: "inline",
            #"\#(Forms.hidden("revoke", "yes"))<button id="calendar-revoke" class="quiet">Turn off my calendar address</button>"#
        )
        let current: HTML =
            calendarURL.map { url in
                let webcal = "webcal" + url.drop { $0 != ":" }
                return """
                    <p><a class="button" id="calendar-subscribe" href="\(webcal)">Add to my calendar</a></p>
                    <p>Or paste this private address into your calendar app (keep it to yourself):</p>
                    <p><a id="calendar-url" href="\(url)" class="secret">\(url)</a></p>
                    \(revoke)
                    """
            } ?? .empty
        return """
            <section id="calendar"><h2>Reminders in my calendar</h2>
            <p class="note">A private calendar address lists the actions you agreed to do, and your evening prompt.</p>
            \(current)
            \(issue)
            </section>
            """
    }
}
