import TrellisCore
import TrellisLanguage

/// The top of the home page: what is waiting for me, in order, each one tap away (a question is
/// answered right here), and, quietly, what I am waiting for from my partner.
struct HomeTodayView {
    let waiting: Waiting
    let today: Day
    let partner: String
    let areas: [Area]
    let forms: Forms
    /// Keys of the waiting items the member has not opened yet (see `SeenMarks`).
    var unseen: Set<String> = []

    var html: HTML {
        // A notice (consent withdrawn, something told) is news until opened, then it is gone.
        let shown = waiting.forMe.filter { !$0.isNotice || isNew($0) }
        // Home stays one short screen however much waits: the rest is where each thing lives.
        let items = shown.prefix(ListLimit.waitingOnHome).map(item).joined()
        let more: HTML =
            shown.count > ListLimit.waitingOnHome
            ? #"<p id="more-waiting" class="note">\#(say("home.waiting.more"))</p>"#
            : .empty
        let mine: HTML =
            shown.isEmpty
            ? #"<p id="nothing-waiting" class="note">\#(say("home.waiting.nothing"))</p>"#
            : #"<ul id="waiting" class="waiting">\#(items)</ul>\#(more)"#
        let theirs: HTML =
            waiting.fromPartner.isEmpty
            ? .empty
            : """
            <h3>\(say("home.waiting.withPartner", ["name": partner]))</h3><ul id="with-partner" class="quiet-list">\
            \(waiting.fromPartner.prefix(ListLimit.waitingOnHome).map(withPartner).joined())</ul>
            """
        return """
            <section id="today">
            <h2>\(say("home.waiting.heading"))</h2>
            \(mine)
            \(theirs)
            </section>
            """
    }

    /// One waiting item: marked "New" until the member opens the screen it leads to.
    private func isNew(_ item: Waiting.ForMe) -> Bool { item.seenKeys(today: today).contains(where: unseen.contains) }

    private func item(_ item: Waiting.ForMe) -> HTML {
        let isNew = isNew(item)
        let mark: HTML = isNew ? #"<span class="new-mark">\#(say("home.newMark"))</span> "# : .empty
        let (kind, id, body) = content(item)
        let idAttribute: HTML = id.map { #" id="\#($0)""# } ?? .empty
        return #"<li class="waiting-item \#(kind)\#(isNew ? " unseen" : "")"\#(idAttribute)>\#(mark)\#(body)</li>"#
    }

    private func content(_ item: Waiting.ForMe) -> (kind: String, id: String?, body: HTML) {
        switch item {
        case .hardWeek(let week):
            let words: HTML = week.words.map { #" <q>\#($0)</q>"# } ?? .empty
            return (
                "hard-week", nil,
                """
                <p><a href="\(item.place)#hard-week-\(week.id.description)">\
                \(say("home.waiting.hardWeek", ["name": partner, "day": HumanDay.inSentence(week.day, today: today)]))\
                </a>\(words)</p>
                """
            )
        case .talkProposed(let rhythm):
            return link(
                item,
                say(
                    "home.waiting.talkProposed",
                    ["name": partner, "weekday": rhythm.weekday.spoken, "time": rhythm.time])
            )
        case .turnsOpen:
            return link(item, say("home.waiting.turnsOpen", ["name": partner]))
        case .yourTurn(_, let partnerReady):
            return link(
                item,
                partnerReady
                    ? say("home.waiting.partnerTurnReady", ["name": partner])
                    : say("home.waiting.yourTurn"))
        case .hardDate(let date, let coming):
            return link(
                item,
                say("home.waiting.hardDate", ["what": date.what, "day": HumanDay.inSentence(coming, today: today)]),
                anchor: "hard-date-\(date.id.description)")
        case .question(let question):
            let id = question.id.description
            let path = Post.answer(question.id)
            let answer = forms.post(
                path,
                """
                <label for="answer-\(id)">\(say("home.waiting.yourAnswer"))</label>
                <textarea id="answer-\(id)" name="answer" rows="4" required>\(forms.typed(path, "answer"))</textarea>
                <button class="answer-question">\(say("home.waiting.sendTo", ["name": partner]))</button>
                """)
            let place: HTML = #"<a href="\#(item.place)"><strong>\#(area(question.area))</strong></a>"#
            let asks: HTML = """
                <p>\(HTML.say("home.waiting.asks", ["name": "\(partner)", "area": place, "question": "\(question.kind.wording)"]))</p>
                """
            return ("question", nil, asks + answer)
        case .requests(let actions):
            return link(item, say("home.waiting.requests", count: actions.count, ["name": partner]))
        case .reword(let action):
            return link(item, say("home.waiting.reword", ["name": partner, "action": action.what]))
        case .retirement(let action):
            return link(item, say("home.waiting.retirement", ["name": partner, "action": action.what]))
        case .report(let action):
            let target = ActionOnDay(action.id, today)
            let done = forms.post(
                Post.occurrence(.done)(target), class: "inline",
                #"<button class="report-done">\#(say("home.waiting.done"))</button>"#)
            let missed = forms.post(
                Post.occurrence(.missed)(target), class: "inline",
                #"<button class="report-missed quiet">\#(say("home.waiting.missed"))</button>"#)
            return (
                "report", nil, #"<p>\#(say("home.waiting.reportToday", ["action": action.what]))</p>\#(done)\#(missed)"#
            )
        case .feedback(let feedback):
            let screen = Page.feedback(feedback.id, fromHome: true)
            return (
                "link", nil,
                #"<a href="\#(screen)">\#(say("home.waiting.feedback", ["name": partner]))</a>"#
            )
        case .reflection:
            return link(item, say("home.waiting.reflection", ["name": partner]), anchor: "feedback")
        case .tryAgain(let feedback):
            let screen = Page.feedback(feedback.id, fromHome: true)
            return ("link", nil, #"<a href="\#(screen)">\#(say("home.waiting.tryAgain", ["name": partner]))</a>"#)
        case .journal:
            return ("journal", "evening-prompt", link(item, IntegrityGuidance.eveningPrompt, anchor: "journal").body)
        case .fearsReady(let id):
            return link(item, say("home.waiting.fearsReady", ["name": partner, "area": area(id)]))
        case .sharedFear(let fear):
            return link(item, say("home.waiting.sharedFear", ["name": partner, "area": area(fear.area)]))
        case .grant(let grant):
            return link(item, say("home.waiting.grant", ["name": partner, "area": area(grant.area)]))
        case .words(let expectation):
            return link(item, say("home.waiting.words", ["name": partner, "area": area(expectation.area)]))
        case .consentWithdrawn(let expectation):
            return link(
                item, say("home.waiting.consentWithdrawn", ["name": partner, "words": expectation.latest.words]))
        case .told(let expectation, _):
            return link(item, say("home.waiting.told", ["name": partner, "area": area(expectation.area)]))
        case .window(let window):
            let text =
                switch window.phase {
                case .invited: say("home.waiting.windowInvited", ["name": partner])
                case .paused: say("home.waiting.windowPaused", ["name": partner])
                default: say("home.waiting.windowOpen", ["name": partner])
                }
            return link(item, text)
        case .rupture(let rupture):
            return link(
                item,
                rupture.repairedFor.isEmpty
                    ? say("home.waiting.ruptureShared", ["name": partner])
                    : say("home.waiting.ruptureFeelsRepaired", ["name": partner]))
        case .clinicianAskedIn(let invitation):
            return link(
                item, say("home.waiting.clinicianAskedIn", ["name": partner, "clinician": invitation.name]),
                anchor: "clinicians")
        case .suggestion(let suggestion):
            let text =
                switch suggestion.kind {
                case .clearAction: say("home.waiting.suggestedAction", ["clinician": suggestion.name])
                case .expectation: say("home.waiting.suggestedExpectation", ["clinician": suggestion.name])
                }
            return link(item, text, anchor: "suggestions")
        }
    }

    private func link(_ item: Waiting.ForMe, _ text: String, anchor: String? = nil) -> (
        kind: String, id: String?, body: HTML
    ) {
        let path = item.place + (anchor.map { "#\($0)" } ?? "")
        return ("link", nil, #"<a href="\#(path)">\#(text)</a>"#)
    }

    private func withPartner(_ item: Waiting.FromPartner) -> HTML {
        switch item {
        case .answer(let question):
            return
                "<li>\(say("home.withPartner.question", ["area": area(question.area), "question": question.kind.wording]))</li>"
        case .requests(let actions):
            return "<li>\(say("home.withPartner.requests", count: actions.count))</li>"
        case .reflection:
            return "<li>\(say("home.withPartner.reflection", ["name": partner]))</li>"
        case .grant(let grant):
            return "<li>\(say("home.withPartner.grant", ["area": area(grant.area)]))</li>"
        case .words(let expectation):
            return "<li>\(say("home.withPartner.words", ["area": area(expectation.area)]))</li>"
        case .window:
            return "<li>\(say("home.withPartner.window"))</li>"
        }
    }

    private func area(_ id: AreaID) -> String { areas.first { $0.id == id }?.name ?? say("home.anArea") }
}
