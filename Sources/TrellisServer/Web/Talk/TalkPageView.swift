import TrellisCore
import TrellisLanguage

/// The weekly check-in: its day and time, this week's turn, and the weeks whose turns are open,
/// each partner's side by side. The listener may only say they heard it, or thank.
struct TalkPageView: CoupleScreenView {
    let screen: CoupleScreen

    private var talk: WeeklyTalkState { state.talk }

    var html: HTML {
        guard let partnerID = state.partner(of: viewer)?.id else {
            return """
                \(header(HTML.say("recent.talk.title")))
                <p>\(say("recent.talk.alone"))</p>
                """
        }
        return """
            \(header(HTML.say("recent.talk.title")))
            <p>\(say("recent.talk.intro"))</p>
            \(rhythm(partnerID))
            \(thisWeek(partnerID))
            \(talk.weeks.map { week(of: $0, partnerID) }.joined())
            """
    }

    private func rhythm(_ partnerID: MemberID) -> HTML {
        let propose = Post.talk(.propose)()
        let days = forms.options(propose, "weekday", Weekday.allCases.map { (String($0.rawValue), $0.spoken) })
        let form = forms.post(
            propose,
            """
            <label>\(say("recent.talk.rhythm.day")) <select name="weekday">\(days)</select></label>
            <label>\(say("recent.talk.rhythm.time")) <input type="time" name="time" required \
            value="\(forms.typed(propose, "time"))"></label>
            <button id="propose-talk">\(say("recent.talk.rhythm.propose", ["name": partner]))</button>
            """)
        guard let rhythm = talk.rhythm else {
            return "<section id=\"talk-rhythm\"><h2>\(say("recent.talk.rhythm.title"))</h2>\(form)</section>"
        }
        let when = ["weekday": rhythm.weekday.spoken, "time": rhythm.time, "name": partner]
        let theirTime: HTML =
            HomeClocks.partnersTime(in: state, for: viewer, at: now).map {
                #"<p class="note">\#($0).</p>"#
            } ?? .empty
        let status: HTML
        if rhythm.agreed, rhythm.proposedBy == viewer {
            status = "<p>\(say("recent.talk.rhythm.agreedYourTime", when))</p>"
        } else if rhythm.agreed {
            status = "<p>\(say("recent.talk.rhythm.agreedTheirTime", when))</p>"
        } else if rhythm.proposedBy == viewer {
            status = "<p>\(say("recent.talk.rhythm.youProposed", when))</p>"
        } else {
            let agree: HTML = "<button id=\"agree-talk\">\(say("recent.talk.rhythm.agree"))</button>"
            status = """
                <p>\(say("recent.talk.rhythm.theyPropose", when))</p>
                \(forms.post(Post.talk(.agree)(), agree))
                """
        }
        return """
            <section id="talk-rhythm"><h2>\(say("recent.talk.rhythm.title"))</h2>\(status)\(theirTime)
            <details><summary>\(say("recent.talk.rhythm.change"))</summary>\(form)</details>
            <details><summary>\(say("recent.talk.rhythm.stop"))</summary>\(forms.post(
                Post.talk(.stop)(),
                #"<button class="quiet" id="stop-talk">\#(say("recent.talk.rhythm.stopButton"))</button>"#))</details>
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
                <section id="this-week"><h2>\(say("recent.talk.thisWeek.title"))</h2>
                <p>\(say("recent.talk.thisWeek.written", ["name": partner]))</p>
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
            partnerReady ? "<p>\(say("recent.talk.thisWeek.partnerReady", ["name": partner]))</p>" : .empty
        return """
            <section id="this-week"><h2>\(say("recent.talk.thisWeek.title"))</h2>\(waiting)
            \(forms.post(action, "\(parts)<button id=\"write-turn\">\(say("recent.talk.thisWeek.keep"))</button>"))
            <p class="note">\(say("recent.talk.thisWeek.sealed", ["name": partner]))</p>
            </section>
            """
    }

    private func week(of week: Day, _ partnerID: MemberID) -> HTML {
        guard let mine = talk.turn(of: viewer, week: week), let theirs = talk.turn(of: partnerID, week: week),
            mine.opened, theirs.opened
        else { return .empty }
        return """
            <section class="talk-week" id="week-\(week.description)">
            <h2>\(say("recent.talk.week.title", ["day": HumanDay.full(week)]))</h2>
            <h3>\(partner)</h3>\(turn(theirs, answerable: true))
            <h3>\(say("recent.talk.week.you"))</h3>\(turn(mine, answerable: false))
            </section>
            """
    }

    private func turn(_ turn: Turn, answerable: Bool) -> HTML {
        let parts = Turn.Part.allCases.compactMap { part -> HTML? in
            turn.parts?[part].map { "<dt>\(part.prompt)</dt><dd>\($0)</dd>" }
        }.joined()
        let said: HTML
        switch (turn.answer, answerable) {
        case (.heard?, true): said = "<p class=\"note\">\(say("recent.talk.answer.youHeard"))</p>"
        case (.thanks?, true): said = "<p class=\"note\">\(say("recent.talk.answer.youThanked", ["name": partner]))</p>"
        case (.heard?, false): said = "<p class=\"note\">\(say("recent.talk.answer.theyHeard", ["name": partner]))</p>"
        case (.thanks?, false):
            said = "<p class=\"note\">\(say("recent.talk.answer.theyThanked", ["name": partner]))</p>"
        case (nil, false): said = .empty
        case (nil, true):
            let action = Post.talk(.answer)()
            let week = Forms.hidden("week", turn.week.description)
            let heard: HTML = "<button class=\"heard\">\(say("recent.talk.answer.heard"))</button>"
            let thanks: HTML = "<button class=\"quiet thanks\">\(say("recent.talk.answer.thanks"))</button>"
            said = """
                \(forms.post(action, class: "inline", "\(week)\(Forms.hidden("answer", "heard"))\(heard)"))\
                \(forms.post(action, class: "inline", "\(week)\(Forms.hidden("answer", "thanks"))\(thanks)"))
                """
        }
        return "<dl class=\"turn\">\(parts)</dl>\(said)"
    }
}
