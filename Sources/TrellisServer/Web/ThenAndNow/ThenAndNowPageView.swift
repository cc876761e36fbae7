import TrellisCore

/// The then-and-now page: what the three parts mean, then each area: my answers month by month
/// (and the questions, once a month, where my trust is on), and beside them what my partner
/// shared of theirs. Nothing is added up, averaged or put in one figure with the other's.
struct ThenAndNowPageView: CoupleScreenView {
    let screen: CoupleScreen

    var html: HTML {
        """
        \(header("Then and now"))
        <p>Trust tends to come back in three parts, one after another. <strong>Predictability</strong>: \
        \(partner) does what they said, as you see it over time. <strong>Dependability</strong>: when it \
        matters, you can rely on who they are. <strong>Faith</strong>: you believe they will be there in \
        the time to come. Once a month, for an area where your trust is on, three short questions show \
        how each part moves. Your answers are yours unless you share them; nothing here is a score.</p>
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
        return """
            <section id="area-\(area.id.description)" class="then-and-now-area">
            <h2>\(area.name)</h2>
            <h3>My trust in \(page.partner)</h3>
            \(on ? questions : #"<p class="note">Your trust here is off now; when it is on, you can answer again.</p>"#)
            \(lines(mine))\(shareable(mine))
            \(theirs.isEmpty ? .empty : "<h3>\(page.partner)\u{2019}s trust in you, as they shared it</h3>\(lines(theirs))" as HTML)
            </section>
            """
    }

    private func lines(_ answers: [ThenAndNowAnswer]) -> HTML {
        guard !answers.isEmpty else { return .empty }
        let words = answers.last?.words.map { #"<p class="note">Last time: “\#($0)”</p>"# as HTML } ?? .empty
        return ThenAndNowAnswer.Part.allCases.map { ThenAndNowLines(part: $0, answers: answers).html }.joined()
            + words
    }

    private var questions: HTML {
        guard !state.thenAndNow.answered(by: viewer, in: area.id, monthOf: page.today) else {
            return #"<p class="note">You answered this month. Next month, you can see how it moves.</p>"#
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
            <label>A few words, if you like <input name="words" maxlength="\(String(ThenAndNowState.maximumWords))" \
            value="\(forms.typed(action, "words"))"></label>
            <label class="check"><input type="checkbox" name="shared"> Share these answers with \(page.partner)</label>
            <button class="answer-then-and-now">Keep my answers</button>
            """)
    }

    /// My newest answer, if it is still mine alone: one tap shares it.
    private func shareable(_ answers: [ThenAndNowAnswer]) -> HTML {
        guard let last = answers.last, last.visibility == .private, state.partner(of: viewer) != nil else {
            return .empty
        }
        return forms.post(
            Post.shareThenAndNow(last.id), class: "inline",
            "<button class=\"quiet share-then-and-now\">Share my answers of \(HumanDay.full(last.day)) with \(page.partner)</button>"
        )
    }
}
