import TrellisCore

/// The top of the home page: what is waiting for me, in order, each one tap away (a question is
/// answered right here), and, quietly, what I am waiting for from my partner.
struct HomeTodayView {
    let waiting: Waiting
    let today: Day
    let partner: String
    let areas: [Area]
    let csrf: String
    /// What was just done from this page, for an inline confirmation.
    var done: HomeConfirmation?

    var html: String {
        let confirmation =
            done.map {
                #"<p id="confirmation" class="confirmation" role="status">\#(HTMLPage.escape($0.sentence(partner: partner)))</p>"#
            } ?? ""
        let items = waiting.forMe.map(item).joined()
        let mine =
            items.isEmpty
            ? #"<p id="nothing-waiting" class="note">Nothing is waiting for you right now.</p>"#
            : #"<ul id="waiting" class="waiting">\#(items)</ul>"#
        let theirs = waiting.fromPartner.map(withPartner).joined()
        return """
            \(confirmation)
            <section id="today">
            <h2>Waiting for you</h2>
            \(mine)
            \(theirs.isEmpty ? "" : #"<h3>With \#(HTMLPage.escape(partner))</h3><ul id="with-partner" class="quiet-list">\#(theirs)</ul>"#)
            </section>
            """
    }

    private func item(_ item: Waiting.ForMe) -> String {
        switch item {
        case .question(let question):
            let id = question.id.uuidString.lowercased()
            return """
                <li class="waiting-item question"><p>\(name) asks about <strong>\(area(question.area))</strong>: \
                \(HTMLPage.escape(question.kind.wording))</p>
                <form method="post" action="/repair/questions/\(id)/answer">\(fields)
                <label for="answer-\(id)">Your answer</label>
                <textarea id="answer-\(id)" name="answer" rows="4" required></textarea>
                <button class="answer-question">Send to \(name)</button></form></li>
                """
        case .requests(let actions):
            let what = actions.count == 1 ? "an action" : "\(actions.count) actions"
            return link(
                "/repair#asked-of-me", "\(partner) asked \(what) of you. Read and agree, or suggest other words.")
        case .reword(let action):
            return link("/repair#asked", "\(partner) suggested other words for \u{201C}\(action.what)\u{201D}.")
        case .retirement(let action):
            return link("/repair#asked", "\(partner) asked to retire \u{201C}\(action.what)\u{201D}.")
        case .report(let action):
            let path = "/repair/actions/\(action.id.uuidString.lowercased())/occurrences/\(today)"
            return """
                <li class="waiting-item report"><p>Today: \(HTMLPage.escape(action.what))</p>
                <form method="post" action="\(path)/done" class="inline">\(fields)<button class="report-done">Done</button></form>
                <form method="post" action="\(path)/missed" class="inline">\(fields)<button class="report-missed quiet">Missed</button></form></li>
                """
        case .feedback:
            return link(
                "/integrity#feedback",
                "\(partner) gave you feedback. Take a moment with it, then name back what you heard.")
        case .reflection:
            return link("/integrity#feedback", "\(partner) named back what they heard. Was it what you meant?")
        case .journal:
            return link("/integrity#journal", IntegrityGuidance.eveningPrompt, id: "evening-prompt")
        }
    }

    private func withPartner(_ item: Waiting.FromPartner) -> String {
        switch item {
        case .answer(let question):
            return "<li>Your question about \(area(question.area)): \(HTMLPage.escape(question.kind.wording))</li>"
        case .requests(let actions):
            return
                "<li>\(actions.count == 1 ? "An action" : "\(actions.count) actions") you asked for, to read and agree</li>"
        case .reflection:
            return "<li>Your feedback: \(name) is taking a moment with it</li>"
        }
    }

    /// `text` is plain: it is escaped here, once.
    private func link(_ path: String, _ text: String, id: String? = nil) -> String {
        let id = id.map { #" id="\#($0)""# } ?? ""
        return #"<li class="waiting-item"\#(id)><a href="\#(path)">\#(HTMLPage.escape(text))</a></li>"#
    }

    private func area(_ id: AreaID) -> String { HTMLPage.escape(areas.first { $0.id == id }?.name ?? "an area") }
    private var name: String { HTMLPage.escape(partner) }
    /// The form token, and where to come back to after the step.
    private var fields: String { HTMLPage.csrfField(csrf) + #"<input type="hidden" name="back" value="home">"# }
}

/// What a step taken from the home page did, said back in one calm line.
enum HomeConfirmation: String {
    case answer
    case report

    /// The confirmation for a repair step the home page offers; nil for any other step.
    init?(_ step: RepairCommand) {
        switch step {
        case .answer: self = .answer
        case .report: self = .report
        default: return nil
        }
    }

    func sentence(partner: String) -> String {
        switch self {
        case .answer: "Sent to \(partner)."
        case .report: "Noted. \(partner) can see it."
        }
    }
}
