import Foundation
import TrellisCore

/// One area: both switches, the hurts behind them, and the two questions.
extension RepairPageView {
    func switchText(_ trustSwitch: TrustSwitch?) -> String {
        SwitchPosition(trustSwitch).word
    }

    func areaSection(_ area: RepairView.AreaRepair) -> HTML {
        let action = "/repair/areas/\(area.area.id)"
        let mine = area.mySwitch?.isOn
        let flips = [(false, "switch-off", "Turn my switch off"), (true, "switch-on", "Turn my switch on")]
            .filter { mine != $0.0 }
            .map { #"<button class="\#($0.1)" name="on" value="\#($0.0)">\#($0.2)</button>"# as HTML }
            .joined(separator: " ")
        let hurts = "\(action)/hurts"
        let limit = RepairText.maximumLength
        let recordHurt = forms.post(
            hurts,
            """
            <label>What happened <textarea name="what" required maxlength="\(limit)">\(forms.typed(hurts, "what"))</textarea></label>
            <label>What would help repair it <textarea name="help" required maxlength="\(limit)">\(forms.typed(hurts, "help"))</textarea></label>
            <label>Who sees it <select name="private">\
            \(forms.options(hurts, "private", [("yes", "Only me, for now"), ("no", "My partner too")], fallback: "yes"))\
            </select></label>
            <button class="record-hurt">Record</button>
            """)
        let hurtForm: HTML =
            mine == true
            ? .empty
            : "<details\(forms.openIfReturned(hurts))><summary>Record the hurt behind it</summary>\(recordHurt)</details>"
        let ask: HTML =
            area.canAsk
            ? forms.post(
                "\(action)/questions", class: "row",
                """
                <button class="ask-what-happened" name="kind" value="whatHappened">Ask: what happened?</button>
                <button class="ask-what-can-i-do" name="kind" value="whatCanIDo">Ask: what can I do to fix it?</button>
                """) : .empty
        let timeline = SwitchTimeline(
            bands: [("You", area.mySwitch), (partnerName, area.partnerSwitch)], today: view.today,
            dayOf: { [settings] in settings.today(at: $0) })
        return """
            <section class="area-repair" data-area-name="\(area.area.name)">
            <p class="note">Each switch is its owner's alone. A switch that is off usually has a hurt behind it; \
            \(partnerName) can ask what happened, and what would help.</p>
            <p>My switch: <span class="my-switch">\(switchText(area.mySwitch))</span> · \
            My partner's: <span class="partner-switch">\(switchText(area.partnerSwitch))</span></p>
            \(forms.post("\(action)/switch", class: "row", flips))
            \(hurtForm)
            <details class="history"><summary>How the switches have moved</summary>\(timeline.html)</details>
            <ul class="hurts">\(area.hurts.map(hurt).joined())</ul>
            \(ask)
            <ul class="questions">\(area.questions.map(question).joined())</ul>
            </section>
            """
    }

    private func hurt(_ hurt: Hurt) -> HTML {
        let mine = hurt.author == view.viewer
        let share: HTML =
            mine && hurt.visibility == .private
            ? #"<a class="share-hurt step" href="/repair/hurts/\#(hurt.id.uuidString.lowercased())/share">Share with my partner…</a>"#
            : .empty
        return """
            <li class="hurt" data-visibility="\(hurt.visibility.rawValue)">\
            <strong>\(mine ? "My hurt" : "My partner's hurt")\(hurt.visibility == .private ? " (private)" : ""):</strong> \
            \(hurt.what) <em>What would help:</em> \(hurt.help) \(share)</li>
            """
    }

    private func question(_ question: RepairQuestion) -> HTML {
        let askedMe = question.asker != view.viewer
        let body: HTML
        if let answer = question.answer {
            body = #"<p class="answer">\#(answer)</p>"#
        } else if askedMe {
            let path = "/repair/questions/\(question.id.uuidString.lowercased())/answer"
            body = forms.post(
                path,
                """
                <label>Your answer <textarea name="answer" required>\(forms.typed(path, "answer"))</textarea></label>
                <button class="answer-question">Answer</button>
                """)
        } else {
            body = #"<p class="note">Waiting for an answer, whenever they are ready.</p>"#
        }
        return """
            <li class="question" data-kind="\(question.kind.rawValue)">\
            \(askedMe ? "Your partner asks" : "You asked"): <strong>\(question.kind.wording)</strong>\(body)</li>
            """
    }

}
