import TrellisCore
import TrellisLanguage

/// One of my hard dates: when it comes next; in the week before, what helped last time, getting
/// ready, and telling my partner (only that the week is hard, and my words if I add some).
struct HardDateCardView {
    let page: HardDatesPageView
    let date: HardDate

    private var forms: Forms { page.forms }
    private var today: Day { page.today }

    var html: HTML {
        let next = date.next(from: today)
        let when: String =
            switch next {
            case nil: say("recent.hardDates.card.passed")
            case let next? where next == today: say("day.today")
            case let next?:
                say(
                    "recent.hardDates.card.inDays", count: next.daysSinceEpoch - today.daysSinceEpoch,
                    ["day": HumanDay.full(next)])
            }
        let coming = date.coming(from: today)
        let early: HTML =
            if let next, coming == nil {
                """
                <details><summary>\(say("recent.hardDates.card.readyNow"))</summary>\
                \(prepareForm(for: next))</details>
                """
            } else { .empty }
        return """
            <li id="hard-date-\(date.id.description)" class="fear hard-date">
            <p><strong>\(date.what)</strong></p>
            <p class="note">\(date.yearly ? say("recent.hardDates.card.yearly", ["when": when]) : when)</p>
            \(coming.map(gettingReady) ?? .empty)
            \(early)
            <details><summary>\(say("recent.hardDates.card.takeOffList"))</summary>\(forms.post(
                Post.hardDate(.remove)(date.id),
                #"<button class="quiet remove-hard-date">\#(say("recent.hardDates.card.takeOff"))</button>"#))</details>
            </li>
            """
    }

    /// The week before: last time's words, this time's, and telling my partner.
    private func gettingReady(_ day: Day) -> HTML {
        let last: HTML =
            date.lastTime(before: day).map { before in
                let nothing = say("recent.hardDates.ready.nothingWritten")
                let said = say(
                    "recent.hardDates.ready.lastTime",
                    ["helped": before.helped ?? nothing, "ask": before.ask ?? nothing])
                return "<p class=\"note\">\(said)</p>"
            } ?? .empty
        return """
            <p>\(say("recent.hardDates.ready.close", ["name": page.partner]))</p>
            \(last)\(prepareForm(for: day))\(tell(day))
            """
    }

    private func prepareForm(for day: Day) -> HTML {
        let action = Post.hardDate(.prepare)(date.id)
        let kept = date.preparation(for: day)
        let helped = forms.typed(action, "helped").isEmpty ? kept?.helped ?? "" : forms.typed(action, "helped")
        let ask = forms.typed(action, "ask").isEmpty ? kept?.ask ?? "" : forms.typed(action, "ask")
        let limit = String(HardDatesState.maximumWords)
        return forms.post(
            action,
            """
            <label>\(say("recent.hardDates.ready.helped")) \
            <textarea name="helped" maxlength="\(limit)">\(helped)</textarea></label>
            <label>\(say("recent.hardDates.ready.ask")) \
            <textarea name="ask" maxlength="\(limit)">\(ask)</textarea></label>
            <button class="keep-ready">\(say("recent.hardDates.ready.keep"))</button>
            """)
    }

    private func tell(_ day: Day) -> HTML {
        guard page.state.partner(of: page.viewer) != nil else { return .empty }
        if let told = page.state.hardDates.told(by: page.viewer, for: day) {
            let when = HumanDay.inSentence(page.settings.today(at: told.at), today: today)
            return "<p class=\"note\">\(say("recent.hardDates.tell.told", ["name": page.partner, "day": when]))</p>"
        }
        let action = Post.hardDate(.tell)(date.id)
        return forms.post(
            action,
            """
            <label>\(say("recent.hardDates.tell.words")) <textarea name="words" \
            maxlength="\(String(HardDatesState.maximumWords))">\(forms.typed(action, "words"))</textarea></label>
            <button class="tell-partner">\(say("recent.hardDates.tell.button", ["name": page.partner]))</button>
            <p class="note">\(say("recent.hardDates.tell.seesOnly", ["name": page.partner]))</p>
            """)
    }
}
