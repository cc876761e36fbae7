import Foundation
import TrellisCore

/// One area: both switches, the hurts behind them, and the two questions.
extension RepairPageView {
    func switchText(_ trustSwitch: TrustSwitch?) -> String {
        SwitchPosition(trustSwitch).word
    }

    func areaSection(_ area: RepairView.AreaRepair) -> HTML {
        let mine = area.mySwitch?.isOn
        // Just turned off, what comes next is the hurt, not turning it straight back on.
        let flips = [(false, "switch-off", "Turn my switch off"), (true, "switch-on", "Turn my switch on")]
            .filter { mine != $0.0 }
            .map { flip -> HTML in
                let quiet = flip.0 && mine == false ? " quiet" : ""
                return #"<button class="\#(flip.1)\#(quiet)" name="on" value="\#(flip.0)">\#(flip.2)</button>"#
            }
            .joined(separator: " ")
        let wroteHurt = area.iWroteAHurt
        let hurts = Post.recordHurt(area.area.id)
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
        let opensHurt = forms.isReturned(hurts) || (mine == false && !wroteHurt)
        let hurtForm: HTML =
            mine == true
            ? .empty
            : "<details\(opensHurt ? " open" : "")><summary>Record the hurt behind it</summary>\(recordHurt)</details>"
        let askButtons = area.askable.map { kind -> HTML in
            let css = kind == .whatHappened ? "ask-what-happened" : "ask-what-can-i-do"
            return
                #"<button class="\#(css)" name="kind" value="\#(kind.rawValue)">Ask \#(partner): \#(kind.wording.prefix(1).lowercased() + kind.wording.dropFirst())</button>"#
        }
        let ask: HTML =
            askButtons.isEmpty
            ? .empty : forms.post(Post.ask(area.area.id), class: "row", askButtons.joined(separator: " "))
        let timeline = SwitchTimeline(
            bands: [("You", area.mySwitch), (partner, area.partnerSwitch)], today: view.today,
            dayOf: { [settings] in settings.today(at: $0) })
        return """
            <section class="area-repair" data-area-name="\(area.area.name)">
            \(guidance(area).map { "<p class=\"guidance\">\($0)</p>" as HTML }.joined())
            \(SwitchPicture(switches: [
                ("You", SwitchPosition(area.mySwitch)), (partner, SwitchPosition(area.partnerSwitch)),
            ]).html)
            <p>My switch: <span class="my-switch">\(switchText(area.mySwitch))</span> · \
            \(partner)\u{2019}s: <span class="partner-switch">\(switchText(area.partnerSwitch))</span></p>
            \(forms.post(Post.setSwitch(area.area.id), class: "row", flips))
            \(hurtForm)
            <details class="history"><summary>How the switches have moved</summary>\(timeline.html)</details>
            <ul class="hurts">\(area.hurts.items.map(hurt).joined())</ul>
            \(paging(area.hurts, "Earlier hurts", RepairView.hurtsList(area.area.id), area.area.id))
            \(ask)
            <ul class="questions">\(area.questions.items.map(question).joined())</ul>
            \(paging(area.questions, "Earlier questions", RepairView.questionsList(area.area.id), area.area.id))
            </section>
            """
    }

    /// Where each of the two stands here, said to the one reading, by name: what is theirs to do
    /// and what is the partner's ("Maya's trust about Money is off. Maya wrote what happened. You
    /// can ask what would help.").
    /// What asks something of the reader comes first: a partner's switch that is off.
    private func guidance(_ area: RepairView.AreaRepair) -> [String] {
        let (name, partner) = (area.area.name, partner)
        let mine: String
        switch SwitchPosition(area.mySwitch) {
        case .off:
            let wrote = area.iWroteAHurt
            mine =
                "Your trust about \(name) is off. "
                + (wrote
                    ? "You wrote what happened. It stays off until you choose to turn it on."
                    : "When you are ready, write what happened and what would help; you choose whether \(partner) reads it.")
        case .on: mine = "Your trust about \(name) is on."
        case .undecided:
            mine =
                "You have not decided about \(name) yet: turn your switch off if something here hurt, on if you trust \(partner) here."
        }
        let theirs: String
        switch SwitchPosition(area.partnerSwitch) {
        case .off:
            let shared = area.partnerSharedAHurt
            let open = area.openQuestions.contains { $0.asker == view.viewer }
            let asks = area.askable.map { $0 == .whatHappened ? "what happened" : "what would help" }
            theirs =
                "\(partner)\u{2019}s trust about \(name) is off. "
                + (shared ? "\(partner) wrote what happened. " : "\(partner) has not shared what happened. ")
                + (open
                    ? "Your question waits for \(partner)\u{2019}s answer."
                    : asks.isEmpty
                        ? "\(partner) has answered what you asked." : "You can ask \(asks.joined(separator: " and ")).")
        case .on: theirs = "\(partner)\u{2019}s trust about \(name) is on."
        case .undecided: theirs = "\(partner) has not decided about \(name) yet."
        }
        return SwitchPosition(area.partnerSwitch) == .off ? [theirs, mine] : [mine, theirs]
    }

    private func hurt(_ hurt: Hurt) -> HTML {
        let mine = hurt.author == view.viewer
        let share: HTML =
            mine && hurt.visibility == .private
            ? #"<a class="share-hurt step" href="\#(Post.shareHurt(hurt.id))">Share with my partner…</a>"#
            : .empty
        return """
            <li class="hurt" data-visibility="\(hurt.visibility.rawValue)">\
            <strong>\(mine ? "My hurt" : "\(partner)\u{2019}s hurt")\(hurt.visibility == .private ? " (private)" : ""):</strong> \
            \(hurt.what) <em>What would help:</em> \(hurt.help) \(share)</li>
            """
    }

    private func question(_ question: RepairQuestion) -> HTML {
        let askedMe = question.asker != view.viewer
        let body: HTML
        if let answer = question.answer {
            body = #"<p class="answer">\#(answer)</p>"#
        } else if askedMe {
            let path = Post.answer(question.id)
            body = forms.post(
                path,
                """
                <label>Your answer <textarea name="answer" required>\(forms.typed(path, "answer"))</textarea></label>
                <button class="answer-question">Answer</button>
                """)
        } else {
            body =
                #"<p class="note">Waiting for \#(partner)\#u{2019}s answer, whenever \#(partner) is ready.</p>"#
        }
        return """
            <li class="question" data-kind="\(question.kind.rawValue)">\
            \(askedMe ? "\(partner) asks" : "You asked"): <strong>\(question.kind.wording)</strong>\(body)</li>
            """
    }

    /// The way back through one of an area's lists.
    private func paging<Element>(_ list: Recent<Element>, _ label: String, _ name: String, _ area: AreaID) -> HTML {
        EarlierLink(label: label) { .repair(.area(area), earlier: $0) }.html(list, named: name, showing: screen.earlier)
    }
}
