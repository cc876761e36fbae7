import Foundation
import TrellisCore

/// The repair page: per area, both switches, hurts and the two questions; then the clear actions
/// in both directions with the last four weeks at a glance. No scores, no streaks.
struct RepairPageView {
    let view: RepairView
    let csrf: String
    var error: TrellisError? = nil
    var wordingNotes: [String] = []
    var calendarURL: String? = nil

    var html: String {
        let partnerName = view.partner.map { HTMLPage.escape($0.name) } ?? "your partner"
        return """
            <p><a href="/home">← Home</a></p>
            <h1>Repairing trust</h1>
            \(HTMLPage.errorBanner(error))
            \(wordingSection)
            <p class="note">Each switch is its owner's alone. A switch that is off usually has a hurt behind it; \
            \(partnerName) can ask what happened, and what would help.</p>
            \(view.areas.map(areaSection).joined())
            <section>
            <h2>Clear actions</h2>
            <p class="note">Four clear, specific actions at most in each direction: something observable, with a when.</p>
            \(requestForm)
            <h3>What I asked</h3>
            <ul id="asked" class="actions">\(view.asked.map { action($0, mine: true) }.joined())</ul>
            <h3>What I was asked</h3>
            <ul id="asked-of-me" class="actions">\(view.askedOfMe.map { action($0, mine: false) }.joined())</ul>
            <p class="note">Reporting a miss honestly is itself honesty: it is the base everything else rests on.</p>
            </section>
            \(calendarSection)
            """
    }

    var field: String { HTMLPage.csrfField(csrf) }
    func text(_ value: String) -> String { HTMLPage.escape(value) }

    private func switchText(_ trustSwitch: TrustSwitch?) -> String {
        trustSwitch.map { $0.isOn ? "on" : "off" } ?? "not set"
    }

    private func areaSection(_ area: RepairView.AreaRepair) -> String {
        let action = "/repair/areas/\(area.area.id)"
        let mine = area.mySwitch?.isOn
        let flips = [(false, "switch-off", "Turn my switch off"), (true, "switch-on", "Turn my switch on")]
            .filter { mine != $0.0 }
            .map { #"<button class="\#($0.1)" name="on" value="\#($0.0)">\#($0.2)</button>"# }.joined(separator: " ")
        let hurtForm =
            mine == true
            ? ""
            : """
            <details><summary>Record the hurt behind it</summary>
            <form method="post" action="\(action)/hurts">\(field)
            <label>What happened <textarea name="what" required maxlength="\(RepairText.maximumLength)"></textarea></label>
            <label>What would help repair it <textarea name="help" required maxlength="\(RepairText.maximumLength)"></textarea></label>
            <label>Who sees it <select name="private"><option value="yes" selected>Only me, for now</option>\
            <option value="no">My partner too</option></select></label>
            <button class="record-hurt">Record</button></form></details>
            """
        let canAsk =
            view.partner != nil && area.partnerSwitch?.isOn != true
            && !area.questions.contains { $0.asker == view.viewer && $0.answer == nil }
        let ask =
            canAsk
            ? """
            <form method="post" action="\(action)/questions" class="row">\(field)
            <button class="ask-what-happened" name="kind" value="whatHappened">Ask: what happened?</button>
            <button class="ask-what-can-i-do" name="kind" value="whatCanIDo">Ask: what can I do to fix it?</button></form>
            """ : ""
        return """
            <section class="area-repair" data-area-name="\(text(area.area.name))">
            <h2>\(text(area.area.name))</h2>
            <p>My switch: <span class="my-switch">\(switchText(area.mySwitch))</span> · \
            My partner's: <span class="partner-switch">\(switchText(area.partnerSwitch))</span></p>
            <form method="post" action="\(action)/switch" class="row">\(field)\(flips)</form>
            \(hurtForm)
            <ul class="hurts">\(area.hurts.map(hurt).joined())</ul>
            \(ask)
            <ul class="questions">\(area.questions.map(question).joined())</ul>
            </section>
            """
    }

    private func hurt(_ hurt: Hurt) -> String {
        let mine = hurt.author == view.viewer
        let share =
            mine && hurt.visibility == .private
            ? #"<form method="post" action="/repair/hurts/\#(hurt.id.uuidString.lowercased())/share" class="inline">\#(field)<button class="share-hurt link">Share with my partner</button></form>"#
            : ""
        return """
            <li class="hurt" data-visibility="\(hurt.visibility.rawValue)">\
            <strong>\(mine ? "My hurt" : "My partner's hurt")\(hurt.visibility == .private ? " (private)" : ""):</strong> \
            \(text(hurt.what)) <em>What would help:</em> \(text(hurt.help)) \(share)</li>
            """
    }

    private func question(_ question: RepairQuestion) -> String {
        let askedMe = question.asker != view.viewer
        let body: String
        if let answer = question.answer {
            body = #"<p class="answer">\#(text(answer))</p>"#
        } else if askedMe {
            body = """
                <form method="post" action="/repair/questions/\(question.id.uuidString.lowercased())/answer">\(field)
                <label>Your answer <textarea name="answer" required></textarea></label>
                <button class="answer-question">Answer</button></form>
                """
        } else {
            body = #"<p class="note">Waiting for an answer, whenever they are ready.</p>"#
        }
        return """
            <li class="question" data-kind="\(question.kind.rawValue)">\
            \(askedMe ? "Your partner asks" : "You asked"): <strong>\(question.kind.wording)</strong>\(body)</li>
            """
    }

    private var wordingSection: String {
        guard !wordingNotes.isEmpty else { return "" }
        return """
            <div class="wording"><p>Your request was sent. A few words may make it hard to see it kept:</p>
            <ul class="wording-notes">\(wordingNotes.map { "<li>\(text($0))</li>" }.joined())</ul>
            <p>A clear action reads like: <em>\(text(VagueWording.example))</em></p></div>
            """
    }
}
