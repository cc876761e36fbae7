import TrellisCore
import TrellisLanguage

/// The then-and-now page: what the three parts mean, then each area: my answers month by month
/// (and the questions, once a month, where my trust is on), and beside them what my partner
/// shared of theirs. Nothing is added up, averaged or put in one figure with the other's.
struct ThenAndNowPageView: CoupleScreenView {
    let screen: CoupleScreen

    var html: HTML {
        let intro = HTML.say(
            "recent.thenAndNow.intro",
            [
                "predictability": "<strong>\(ThenAndNowAnswer.Part.predictability.title)</strong>",
                "dependability": "<strong>\(ThenAndNowAnswer.Part.dependability.title)</strong>",
                "faith": "<strong>\(ThenAndNowAnswer.Part.faith.title)</strong>",
                "name": "\(partner)",
            ])
        return """
            \(header(HTML.say("recent.thenAndNow.title")))
            <p>\(intro)</p>
            \(state.activeAreas.map { ThenAndNowAreaView(page: self, area: $0).html }.joined())
            """
    }
}

/// One area of the then-and-now page.
struct ThenAndNowAreaView {
    let page: ThenAndNowPageView
    let area: Area

    private var state: CoupleState { page.state }
    private var viewer: MemberID { page.viewer }
    private var forms: Forms { page.forms }

    var html: HTML {
        let mine = state.thenAndNow.answers(by: viewer, in: area.id, seenBy: viewer)
        let theirs =
            state.partner(of: viewer).map {
                state.thenAndNow.answers(by: $0.id, in: area.id, seenBy: viewer)
            } ?? []
        let on = state.repair.trustSwitch(of: viewer, in: area.id)?.isOn == true
        guard on || !mine.isEmpty || !theirs.isEmpty else { return .empty }
        let shared: HTML =
            theirs.isEmpty
            ? .empty : "<h3>\(say("recent.thenAndNow.area.theirs", ["name": page.partner]))</h3>\(lines(theirs))"
        return """
            <section id="area-\(area.id.description)" class="then-and-now-area">
            <h2>\(area.name)</h2>
            <h3>\(say("recent.thenAndNow.area.mine", ["name": page.partner]))</h3>
            \(on ? questions : #"<p class="note">\#(say("recent.thenAndNow.area.switchOff"))</p>"#)
            \(lines(mine))\(shareable(mine))
            \(shared)
            </section>
            """
    }

    private func lines(_ answers: [ThenAndNowAnswer]) -> HTML {
        guard !answers.isEmpty else { return .empty }
        let words =
            answers.last?.words.map {
                #"<p class="note">\#(say("recent.thenAndNow.area.lastTime", ["words": $0]))</p>"# as HTML
            } ?? .empty
        return ThenAndNowAnswer.Part.allCases.map { ThenAndNowLines(part: $0, answers: answers).html }.joined()
            + words
    }

    private var questions: HTML {
        guard !state.thenAndNow.answered(by: viewer, in: area.id, monthOf: page.today) else {
            return #"<p class="note">\#(say("recent.thenAndNow.area.answered"))</p>"#
        }
        let action = Post.answerThenAndNow(area.id)
        let parts = ThenAndNowAnswer.Part.allCases.map { part -> HTML in
            let choices = ThenAndNowAnswer.Level.allCases.map { level -> HTML in
                let checked = forms.typed(action, part.rawValue) == level.rawValue
                return """
                    <label class="check"><input type="radio" name="\(part.rawValue)" value="\(level.rawValue)" \
                    required\(checked ? " checked" : "")> \(level.words)</label>
                    """
            }.joined()
            return "<fieldset><legend>\(part.question(about: page.partner))</legend>\(choices)</fieldset>"
        }.joined()
        return forms.post(
            action,
            """
            \(parts)
            <label>\(say("recent.thenAndNow.area.words")) <input name="words" \
            maxlength="\(String(ThenAndNowState.maximumWords))" value="\(forms.typed(action, "words"))"></label>
            <label class="check"><input type="checkbox" name="shared"> \
            \(say("recent.thenAndNow.area.shareThese", ["name": page.partner]))</label>
            <button class="answer-then-and-now">\(say("recent.thenAndNow.area.keep"))</button>
            """)
    }

    /// My newest answer, if it is still mine alone: one tap shares it.
    private func shareable(_ answers: [ThenAndNowAnswer]) -> HTML {
        guard let last = answers.last, last.visibility == .private, state.partner(of: viewer) != nil else {
            return .empty
        }
        return forms.post(
            Post.shareThenAndNow(last.id), class: "inline",
            """
            <button class="quiet share-then-and-now">\
            \(say("recent.thenAndNow.area.shareMine", ["day": HumanDay.full(last.day), "name": page.partner]))</button>
            """
        )
    }
}
