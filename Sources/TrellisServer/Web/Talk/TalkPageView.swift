import TrellisCore

/// The weekly check-in: its day and time, this week's turn, and the weeks whose turns are open,
/// each partner's side by side. The listener may only say they heard it, or thank.
struct TalkPageView: CoupleScreenView {
    let screen: CoupleScreen

    private var talk: WeeklyTalkState { state.talk }

    var html: HTML {
        guard let partnerID = state.partner(of: viewer)?.id else {
            return """
                \(header("Our weekly check-in"))
                <p>A weekly check-in needs the two of you. When your partner has joined, you can agree a day.</p>
                """
        }
        return """
            \(header("Our weekly check-in"))
            <p>Once a week, at a time you both chose, each of you writes a turn in five short parts: what I \
            feel, what I appreciate, what I need, what I own, where I struggled. Each turn stays private \
            until both are written; then both open together. The one listening can only say \u{201C}I heard \
            you\u{201D}, or thanks: no replies, no debate here. Skipping a week is fine, and never counted.</p>
            \(rhythm(partnerID))
            \(thisWeek(partnerID))
            \(talk.weeks.map { week(of: $0, partnerID) }.joined())
            """
    }

    private func rhythm(_ partnerID: MemberID) -> HTML {
        let propose = Post.talk(.propose)()
        let days = forms.options(propose, "weekday", Weekday.allCases.map { (String($0.rawValue), $0.name) })
        let form = forms.post(
            propose,
            """
            <label>Day <select name="weekday">\(days)</select></label>
            <label>Time <input type="time" name="time" required value="\(forms.typed(propose, "time"))"></label>
            <button id="propose-talk">Propose it to \(partner)</button>
            """)
        guard let rhythm = talk.rhythm else {
            return "<section id=\"talk-rhythm\"><h2>When</h2>\(form)</section>"
        }
        let whose = rhythm.proposedBy == viewer ? "your time" : "\(partner)\u{2019}s time"
        let when = "\(rhythm.weekday.name)s at \(rhythm.time) (\(whose))"
        let theirTime: HTML =
            HomeClocks.partnersTime(in: state, for: viewer, at: now).map {
                #"<p class="note">\#($0).</p>"#
            } ?? .empty
        let status: HTML
        if rhythm.agreed {
            status = "<p>\(when), agreed by you both.</p>"
        } else if rhythm.proposedBy == viewer {
            status = "<p>You proposed \(when). It starts once \(partner) agrees.</p>"
        } else {
            status = """
                <p>\(partner) proposes \(when).</p>
                \(forms.post(Post.talk(.agree)(), #"<button id="agree-talk">Agree</button>"#))
                """
        }
        return """
            <section id="talk-rhythm"><h2>When</h2>\(status)\(theirTime)
            <details><summary>Another day or time</summary>\(form)</details>
            <details><summary>Stop the weekly check-in</summary>\(forms.post(
                Post.talk(.stop)(), #"<button class="quiet" id="stop-talk">Stop, for both of us</button>"#))</details>
            </section>
            """
    }

    private func thisWeek(_ partnerID: MemberID) -> HTML {
        guard talk.rhythm?.agreed == true else { return .empty }
        let week = Turn.week(of: today)
        let partnerReady = talk.turn(of: partnerID, week: week) != nil
        if let mine = talk.turn(of: viewer, week: week) {
            guard !mine.opened else { return .empty }
            return """
                <section id="this-week"><h2>This week</h2>
                <p>Your turn is written. It opens together with \(partner)\u{2019}s, once theirs is written too.</p>
                </section>
                """
        }
        let action = Post.talk(.turn)()
        let parts = Turn.Part.allCases.map { part -> HTML in
            """
            <label>\(part.prompt) <textarea name="\(part.rawValue)" maxlength="\(String(WeeklyTalkState.maximumPart))">\
            \(forms.typed(action, part.rawValue))</textarea></label>
            """
        }.joined()
        let waiting: HTML =
            partnerReady ? "<p>\(partner) has written their turn. Yours opens both.</p>" : .empty
        return """
            <section id="this-week"><h2>This week</h2>\(waiting)
            \(forms.post(action, "\(parts)<button id=\"write-turn\">Keep my turn</button>"))
            <p class="note">\(partner) sees nothing of it until their turn is written too.</p>
            </section>
            """
    }

    private func week(of week: Day, _ partnerID: MemberID) -> HTML {
        guard let mine = talk.turn(of: viewer, week: week), let theirs = talk.turn(of: partnerID, week: week),
            mine.opened, theirs.opened
        else { return .empty }
        return """
            <section class="talk-week" id="week-\(week.description)">
            <h2>The week of \(HumanDay.full(week))</h2>
            <h3>\(partner)</h3>\(turn(theirs, answerable: true))
            <h3>You</h3>\(turn(mine, answerable: false))
            </section>
            """
    }

    private func turn(_ turn: Turn, answerable: Bool) -> HTML {
        let parts = Turn.Part.allCases.compactMap { part -> HTML? in
            turn.parts?[part].map { "<dt>\(part.prompt)</dt><dd>\($0)</dd>" }
        }.joined()
        let said: HTML
        switch (turn.answer, answerable) {
        case (.heard?, true): said = "<p class=\"note\">You said you heard it.</p>"
        case (.thanks?, true): said = "<p class=\"note\">You thanked \(partner).</p>"
        case (.heard?, false): said = "<p class=\"note\">\(partner) heard you.</p>"
        case (.thanks?, false): said = "<p class=\"note\">\(partner) thanked you.</p>"
        case (nil, false): said = .empty
        case (nil, true):
            let action = Post.talk(.answer)()
            let week = Forms.hidden("week", turn.week.description)
            said = """
                \(forms.post(action, class: "inline", "\(week)\(Forms.hidden("answer", "heard"))<button class=\"heard\">I heard you</button>"))\
                \(forms.post(action, class: "inline", "\(week)\(Forms.hidden("answer", "thanks"))<button class=\"quiet thanks\">Thank you</button>"))
                """
        }
        return "<dl class=\"turn\">\(parts)</dl>\(said)"
    }
}
