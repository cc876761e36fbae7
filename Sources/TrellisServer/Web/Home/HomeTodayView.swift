import TrellisCore

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
            ? #"<p id="more-waiting" class="note">More is waiting than fits here: it is in its place, under Repair, My integrity and the rest.</p>"#
            : .empty
        let mine: HTML =
            shown.isEmpty
            ? #"<p id="nothing-waiting" class="note">Nothing is waiting for you right now.</p>"#
            : #"<ul id="waiting" class="waiting">\#(items)</ul>\#(more)"#
        let theirs: HTML =
            waiting.fromPartner.isEmpty
            ? .empty
            : """
            <h3>With \(partner)</h3><ul id="with-partner" class="quiet-list">\
            \(waiting.fromPartner.prefix(ListLimit.waitingOnHome).map(withPartner).joined())</ul>
            """
        return """
            <section id="today">
            <h2>Waiting for you</h2>
            \(mine)
            \(theirs)
            </section>
            """
    }

    /// One waiting item: marked "New" until the member opens the screen it leads to.
    private func isNew(_ item: Waiting.ForMe) -> Bool { item.seenKeys(today: today).contains(where: unseen.contains) }

    private func item(_ item: Waiting.ForMe) -> HTML {
        let isNew = isNew(item)
        let mark: HTML = isNew ? #"<span class="new-mark">New</span> "# : .empty
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
                <p><a href="\(item.place)#hard-week-\(week.id.description)">\(partner) told you the week up to \
                \(HumanDay.inSentence(week.day, today: today)) is hard for them.</a>\(words)</p>
                """
            )
        case .talkProposed(let rhythm):
            return link(
                item,
                "\(partner) proposes a weekly check-in on \(rhythm.weekday.name)s at \(rhythm.time) (their time). Agree, or propose another."
            )
        case .turnsOpen:
            return link(item, "Both turns of your check-in are open. Read what \(partner) wrote.")
        case .yourTurn(_, let partnerReady):
            return link(
                item,
                partnerReady
                    ? "\(partner) wrote their turn of this week\u{2019}s check-in. Yours opens both."
                    : "It is your weekly check-in: write your turn, when you are ready.")
        case .hardDate(let date, let coming):
            return link(
                item,
                "A hard day is close: \(date.what), \(HumanDay.inSentence(coming, today: today)). Take a moment to get ready.",
                anchor: "hard-date-\(date.id.description)")
        case .question(let question):
            let id = question.id.description
            let path = Post.answer(question.id)
            let answer = forms.post(
                path,
                """
                <label for="answer-\(id)">Your answer</label>
                <textarea id="answer-\(id)" name="answer" rows="4" required>\(forms.typed(path, "answer"))</textarea>
                <button class="answer-question">Send to \(partner)</button>
                """)
            let asks: HTML = """
                <p>\(partner) asks about <a href="\(item.place)"><strong>\(area(question.area))</strong></a>: \
                \(question.kind.wording)</p>
                """
            return ("question", nil, asks + answer)
        case .requests(let actions):
            let what = actions.count == 1 ? "an action" : "\(actions.count) actions"
            return link(item, "\(partner) asked \(what) of you. Read and agree, or suggest other words.")
        case .reword(let action):
            return link(item, "\(partner) suggested other words for \u{201C}\(action.what)\u{201D}.")
        case .retirement(let action):
            return link(item, "\(partner) asked to retire \u{201C}\(action.what)\u{201D}.")
        case .report(let action):
            let target = ActionOnDay(action.id, today)
            let done = forms.post(
                Post.occurrence(.done)(target), class: "inline", #"<button class="report-done">Done</button>"#)
            let missed = forms.post(
                Post.occurrence(.missed)(target), class: "inline",
                #"<button class="report-missed quiet">Missed</button>"#)
            return ("report", nil, #"<p>Today: \#(action.what)</p>\#(done)\#(missed)"#)
        case .feedback(let feedback):
            let screen = Page.feedback(feedback.id, fromHome: true)
            return (
                "link", nil,
                #"<a href="\#(screen)">\#(partner) gave you feedback. Take a moment with it, then name back what you heard.</a>"#
            )
        case .reflection:
            return link(item, "\(partner) named back what they heard. Was it what you meant?", anchor: "feedback")
        case .tryAgain(let feedback):
            let screen = Page.feedback(feedback.id, fromHome: true)
            return ("link", nil, #"<a href="\#(screen)">\#(partner) said “not quite”. You can name it back again.</a>"#)
        case .journal:
            return ("journal", "evening-prompt", link(item, IntegrityGuidance.eveningPrompt, anchor: "journal").body)
        case .fearsReady(let id):
            return link(item, "\(partner) is ready to share their fears about \(area(id)) when you share yours.")
        case .sharedFear(let fear):
            return link(item, "\(partner) told you a fear about \(area(fear.area)).")
        case .grant(let grant):
            return link(item, "\(partner) gave you trust in \(area(grant.area)). Accept it, or not now.")
        case .words(let expectation):
            return link(item, "\(partner) proposed words for what you expect in \(area(expectation.area)).")
        case .consentWithdrawn(let expectation):
            return link(
                item, "\(partner) withdrew consent to \u{201C}\(expectation.latest.words)\u{201D}. It no longer holds.")
        case .told(let expectation, _):
            return link(item, "\(partner) told you something, as they promised, about \(area(expectation.area)).")
        case .window(let window):
            let text =
                switch window.phase {
                case .invited: "\(partner) would like a Transparency Window with you. Join, or not now."
                case .paused: "Your Transparency Window with \(partner) is paused."
                default: "Your Transparency Window with \(partner) is open."
                }
            return link(item, text)
        case .rupture(let rupture):
            return link(
                item,
                rupture.repairedFor.isEmpty
                    ? "\(partner) shared a rupture with you. You can add a step of repair."
                    : "\(partner) says a rupture feels repaired to them. Does it to you?")
        case .clinicianAskedIn(let invitation):
            return link(
                item, "\(partner) asked \(invitation.name) in to help. Choose what they may see, or withdraw.",
                anchor: "clinicians")
        case .suggestion(let suggestion):
            return link(
                item, "\(suggestion.name) suggested \(suggestion.kind.title.lowercased()). Take it on, or not.",
                anchor: "suggestions")
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
            return "<li>Your question about \(area(question.area)): \(question.kind.wording)</li>"
        case .requests(let actions):
            return
                "<li>\(actions.count == 1 ? "An action" : "\(actions.count) actions") you asked for, to read and agree</li>"
        case .reflection:
            return "<li>Your feedback: \(partner) is taking a moment with it</li>"
        case .grant(let grant):
            return "<li>The trust you gave in \(area(grant.area)), to accept or not</li>"
        case .words(let expectation):
            return "<li>Words you proposed for \(area(expectation.area)), to agree to or not</li>"
        case .window:
            return "<li>Your invitation to a Transparency Window</li>"
        }
    }

    private func area(_ id: AreaID) -> String { areas.first { $0.id == id }?.name ?? "an area" }
}
