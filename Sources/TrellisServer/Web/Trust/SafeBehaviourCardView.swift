import TrellisCore

/// One safe behaviour I named: how often I confirmed it, one tap when it happens, and my word on
/// each "I did this" from my partner.
struct SafeBehaviourCardView {
    let page: TrustPageView
    let behaviour: SafeBehaviour

    private var forms: Forms { page.forms }

    var html: HTML {
        let area = page.state.area(behaviour.area)?.name ?? "an area"
        let times = behaviour.confirmed.count
        // The newest few wait here; as each is answered, an earlier one takes its place.
        let unanswered: (SafeBehaviour.Moment) -> Bool = { $0.claimed && $0.confirmed == nil }
        let behind = behaviour.moments.count(where: unanswered) - ListLimit.moments
        let claims = behaviour.moments.newest(ListLimit.moments, where: unanswered).map { moment -> HTML in
            let hidden = Forms.hidden("moment", moment.id.uuidString.lowercased())
            let word: HTML = moment.word.map { ": \u{201C}\($0)\u{201D}" } ?? .empty
            return """
                <p class="claim">\(page.partner) says \(HumanDay.inSentence(moment.day, today: page.today)): I did this\(word)</p>
                \(forms.post(Post.behaviour(.confirm)(behaviour.id), class: "inline", "\(hidden)<button class=\"confirm-moment\">Yes, it helped</button>"))\
                \(forms.post(Post.behaviour(.notThisTime)(behaviour.id), class: "inline", "\(hidden)<button class=\"quiet\">Not this time</button>"))
                """
        }.joined()
        let more: HTML = behind > 0 ? "<p class=\"note\">\(String(behind)) earlier ones wait behind these.</p>" : .empty
        return """
            <li class="fear safe-behaviour"><p class="note">\(area) · \(times == 0 ? "not yet confirmed" : times == 1 ? "confirmed once" : "confirmed \(String(times)) times")</p>
            <p><strong>\(behaviour.what)</strong></p>\(claims)\(more)
            \(forms.post(Post.behaviour(.happened)(behaviour.id), """
                <label>A word, if you like <input name="word" maxlength="\(SafeBehavioursState.maximumWord)"></label>
                <button class="it-happened">It happened today</button>
                """))
            <details><summary>Retire it</summary>\(forms.post(
                Post.behaviour(.retire)(behaviour.id), #"<p>It stops being asked; what happened stays.</p><button class="quiet retire-behaviour">Retire</button>"#))</details>
            </li>
            """
    }
}
