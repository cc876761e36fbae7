import TrellisCore
import TrellisLanguage

/// One safe behaviour I named: how often I confirmed it, one tap when it happens, and my word on
/// each "I did this" from my partner.
struct SafeBehaviourCardView {
    let page: TrustPageView
    let behaviour: SafeBehaviour

    private var forms: Forms { page.forms }

    var html: HTML {
        let area = page.state.area(behaviour.area)?.name ?? say("trust.anArea")
        let times = behaviour.confirmed.count
        // The newest few wait here; as each is answered, an earlier one takes its place.
        let unanswered: (SafeBehaviour.Moment) -> Bool = { $0.claimed && $0.confirmed == nil }
        let behind = behaviour.moments.count(where: unanswered) - ListLimit.moments
        let claims = behaviour.moments.newest(ListLimit.moments, where: unanswered).map { moment -> HTML in
            let hidden = Forms.hidden("moment", moment.id.uuidString.lowercased())
            let said = ["name": page.partner, "day": HumanDay.inSentence(moment.day, today: page.today)]
            let claim =
                moment.word.map { say("trust.behaviour.claimWithWord", said.merging(["word": $0]) { $1 }) }
                ?? say("trust.behaviour.claim", said)
            let yes: HTML = "\(hidden)<button class=\"confirm-moment\">\(say("trust.behaviour.yesItHelped"))</button>"
            let no: HTML = "\(hidden)<button class=\"quiet\">\(say("trust.behaviour.notThisTime"))</button>"
            return """
                <p class="claim">\(claim)</p>
                \(forms.post(Post.behaviour(.confirm)(behaviour.id), class: "inline", yes))\
                \(forms.post(Post.behaviour(.notThisTime)(behaviour.id), class: "inline", no))
                """
        }.joined()
        let more: HTML =
            behind > 0 ? "<p class=\"note\">\(say("trust.behaviour.earlierWaiting", count: behind))</p>" : .empty
        let confirmed = times == 0 ? say("trust.behaviour.notYetConfirmed") : Self.confirmed(times)
        return """
            <li class="fear safe-behaviour"><p class="note">\(area) · \(confirmed)</p>
            <p><strong>\(behaviour.what)</strong></p>\(claims)\(more)
            \(forms.post(Post.behaviour(.happened)(behaviour.id), """
                <label>\(say("trust.behaviour.wordLabel")) <input name="word" maxlength="\(SafeBehavioursState.maximumWord)"></label>
                <button class="it-happened">\(say("trust.behaviour.itHappened"))</button>
                """))
            <details><summary>\(say("trust.behaviour.retireSummary"))</summary>\(forms.post(
                Post.behaviour(.retire)(behaviour.id), #"<p>\#(say("trust.behaviour.retireNote"))</p><button class="quiet retire-behaviour">\#(say("trust.behaviour.retireButton"))</button>"#))</details>
            </li>
            """
    }

    /// "confirmed once", "confirmed 3 times" (and "confirmed 0 times").
    static func confirmed(_ times: Int) -> String {
        say("trust.behaviour.confirmedTimes", count: times)
    }
}
