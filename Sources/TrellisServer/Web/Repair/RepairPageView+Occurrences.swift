import Foundation
import TrellisCore
import TrellisLanguage

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
            \(rest.isEmpty ? .empty : #"<details class="days"><summary>\#(say("repair.occurrence.dayByDay"))</summary><ul class="occurrences">\#(rest.joined())</ul>\#(Legend.weekDots)</details>"#)
            """
    }

    private static func words(_ rhythm: ActionRhythm) -> String {
        switch rhythm {
        case .justStarted: say("repair.rhythm.justStarted")
        // Steady is two whole weeks or more, and four at most.
        case .steady(let weeks) where weeks >= 4: say("repair.rhythm.steadyFourWeeks")
        case .steady(let weeks) where weeks == 3: say("repair.rhythm.steadyThreeWeeks")
        case .steady: say("repair.rhythm.steadyTwoWeeks")
        case .mostlyKept: say("repair.rhythm.mostlyKept")
        case .uneven: say("repair.rhythm.uneven")
        case .quiet: say("repair.rhythm.quiet")
        }
    }

    /// Each day of the last four weeks with something to show, newest first.
    private func occurrences(_ action: RepairAction, mine: Bool) -> [(html: HTML, worthShowing: Bool)] {
        action.shownDays(Array(view.recentDays.reversed())).map { shown -> (html: HTML, worthShowing: Bool) in
            let (day, record, scheduled) = (shown.day, shown.record, shown.scheduled)
            let state = shown.state.rawValue
            let label =
                switch shown.state {
                case .done: say("repair.occurrence.done")
                case .missed: say("repair.occurrence.missed")
                case .noticed: mine ? say("repair.occurrence.youNoticed") : say("repair.occurrence.partnerNoticed")
                case .notReported: say("repair.occurrence.notReported")
                }
            var extra: [HTML] = []
            let target = ActionOnDay(action.id, day)
            let reportable = action.isReportable(day, today: view.today, early: false)
            if mine, record == nil, scheduled, reportable {
                extra.append(
                    forms.post(
                        Post.occurrence(.notice)(target), class: "inline",
                        #"<button class="notice link">\#(say("repair.occurrence.sawIt"))</button>"#))
            }
            if mine, record?.outcome == .done {
                let word = forms.typed(Post.occurrence(.acknowledge)(target), "word")
                extra.append(
                    record?.acknowledged == nil
                        ? forms.post(
                            Post.occurrence(.acknowledge)(target), class: "inline",
                            #"<label>\#(say("repair.occurrence.wordForPartner")) <input name="word" value="\#(word)"></label><button class="acknowledge">\#(say("repair.occurrence.iNoticed"))</button>"#
                        )
                        : #"<span class="acknowledged">\#(say("repair.occurrence.youNoticedIt"))</span>"#)
            }
            // A report made by mistake can be taken back for a few minutes.
            let withdrawable = !mine && action.isWithdrawable(day, now: now)
            if withdrawable {
                extra.append(
                    forms.post(
                        Post.occurrence(.withdraw)(target), class: "inline",
                        #"<button class="withdraw-report link">\#(say("repair.occurrence.undo"))</button>"#))
            }
            // Late reports: earlier days still open for a report.
            if !mine, record == nil, scheduled, day < view.today, reportable {
                extra.append(
                    forms.post(
                        Post.occurrence(.done)(target), class: "inline",
                        #"<button class="report-late-done link">\#(say("repair.occurrence.lateDone"))</button>"#)
                )
                extra.append(
                    forms.post(
                        Post.occurrence(.missed)(target), class: "inline",
                        #"<button class="report-late-missed link">\#(say("repair.occurrence.lateMissed"))</button>"#))
            }
            // What the asker noticed reaches the doer, with the word they chose.
            if !mine, let seen = record?.acknowledged ?? record?.noticed {
                let noticed =
                    seen.text.isEmpty
                    ? HTML.say("repair.occurrence.partnerNoticedYou")
                    : HTML.say(
                        "repair.occurrence.partnerNoticedYouWithWord",
                        ["word": #"<q class="noticed-word">\#(seen.text)</q>"#])
                extra.append(#"<span class="acknowledged">\#(noticed)</span>"#)
            }
            // The short exchange is there for a miss, or a report that did not match, behind a quiet link.
            if mine, let outcome = record?.outcome, outcome == .missed || record?.acknowledged == nil {
                let (summary, template) =
                    outcome == .missed
                    ? (say("repair.exchange.aboutMiss"), RepairGuidance.missTemplate)
                    : (say("repair.exchange.notMatching"), RepairGuidance.mismatchTemplate)
                let note = Post.occurrence(.note)(target)
                let words = forms.isReturned(note) ? forms.typed(note, "text") : template
                let send = forms.post(
                    note,
                    #"<label>\#(say("repair.exchange.yourNote")) <textarea name="text">\#(words)</textarea></label><button class="send-note">\#(say("repair.exchange.send"))</button>"#
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
                        #"<label>\#(say("repair.exchange.yourReply")) <textarea name="text" required>\#(forms.typed(note, "text"))</textarea></label><button class="send-note">\#(say("repair.exchange.reply"))</button>"#
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
                <li class="occurrence" data-day="\(day)" data-state="\(state)">\
                \(say("repair.occurrence.line", ["day": HumanDay.text(day, today: view.today), "state": label])) \
                \(extra.joined(separator: " "))\(notes)</li>
                """
            return (item, asks)
        }
    }

    var calendarSection: HTML {
        let issue = forms.post(
            Post.calendar(), class: "inline",
            calendarURL == nil
                ? #"<button id="calendar-issue">\#(say("repair.calendar.make"))</button>"#
                : #"<button id="calendar-issue" class="quiet">\#(say("repair.calendar.makeNew"))</button>"#)
        let revoke = forms.post(
            Post.calendar(), class: "inline",
            #"\#(Forms.hidden("revoke", "yes"))<button id="calendar-revoke" class="quiet">\#(say("repair.calendar.turnOff"))</button>"#
        )
        let current: HTML =
            calendarURL.map { url in
                let webcal = "webcal" + url.drop { $0 != ":" }
                return """
                    <p><a class="button" id="calendar-subscribe" href="\(webcal)">\(say("repair.calendar.add"))</a></p>
                    <p>\(say("repair.calendar.paste"))</p>
                    <p><a id="calendar-url" href="\(url)" class="secret">\(url)</a></p>
                    \(revoke)
                    """
            } ?? .empty
        return """
            <section id="calendar"><h2>\(say("repair.calendar.heading"))</h2>
            <p class="note">\(say("repair.calendar.explain"))</p>
            \(current)
            \(issue)
            </section>
            """
    }
}
