import TrellisCore

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
            case nil: "Passed"
            case let next? where next == today: "Today"
            case let next?:
                "\(HumanDay.full(next)), in \(String(next.daysSinceEpoch - today.daysSinceEpoch)) days"
            }
        let coming = date.coming(from: today)
        let early: HTML =
            if let next, coming == nil {
                "<details><summary>Get ready now</summary>\(prepareForm(for: next))</details>"
            } else { .empty }
        return """
            <li id="hard-date-\(date.id.description)" class="fear hard-date">
            <p><strong>\(date.what)</strong></p>
            <p class="note">\(when)\(date.yearly ? " · every year" : "")</p>
            \(coming.map(gettingReady) ?? .empty)
            \(early)
            <details><summary>Take it off my list</summary>\(forms.post(
                Post.hardDate(.remove)(date.id), #"<button class="quiet remove-hard-date">Take it off</button>"#))</details>
            </li>
            """
    }

    /// The week before: last time's words, this time's, and telling my partner.
    private func gettingReady(_ day: Day) -> HTML {
        let last: HTML =
            date.lastTime(before: day).map { before in
                """
                <p class="note">Last time, what helped: \(before.helped ?? "nothing written"). \
                What you thought of asking for: \(before.ask ?? "nothing written").</p>
                """
            } ?? .empty
        return """
            <p>It is close. Take a moment to get ready: what helps you on a day like this, and what you \
            might ask \(page.partner) for.</p>
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
            <label>What helps <textarea name="helped" maxlength="\(limit)">\(helped)</textarea></label>
            <label>What I might ask for <textarea name="ask" maxlength="\(limit)">\(ask)</textarea></label>
            <button class="keep-ready">Keep it for me</button>
            """)
    }

    private func tell(_ day: Day) -> HTML {
        guard page.state.partner(of: page.viewer) != nil else { return .empty }
        if let told = page.state.hardDates.told(by: page.viewer, for: day) {
            return
                "<p class=\"note\">You told \(page.partner) \(HumanDay.inSentence(page.settings.today(at: told.at), today: today)).</p>"
        }
        let action = Post.hardDate(.tell)(date.id)
        return forms.post(
            action,
            """
            <label>More, in your words, if you like <textarea name="words" \
            maxlength="\(String(HardDatesState.maximumWords))">\(forms.typed(action, "words"))</textarea></label>
            <button class="tell-partner">Tell \(page.partner) the coming week is hard for me</button>
            <p class="note">\(page.partner) sees only that, and your words if you add some: never this day's name.</p>
            """)
    }
}
