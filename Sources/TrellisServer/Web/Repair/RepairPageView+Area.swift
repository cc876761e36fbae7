import Foundation
import TrellisCore
import TrellisLanguage

/// One area: both switches, the hurts behind them, and the two questions.
extension RepairPageView {
    func switchText(_ trustSwitch: TrustSwitch?) -> String {
        SwitchPosition(trustSwitch).word
    }

    func areaSection(_ area: RepairView.AreaRepair) -> HTML {
        let mine = area.mySwitch?.isOn
        // Just turned off, what comes next is the hurt, not turning it straight back on.
        let flips = [
            (false, "switch-off", say("repair.area.turnOff")), (true, "switch-on", say("repair.area.turnOn")),
        ]
        .filter { mine != $0.0 }
        .map { flip -> HTML in
            let quiet = flip.0 && mine == false ? " quiet" : ""
            return #"<button class="\#(flip.1)\#(quiet)" name="on" value="\#(flip.0)">\#(flip.2)</button>"#
        }
        .joined(separator: " ")
        let wroteHurt = area.iWroteAHurt
        let hurts = Post.recordHurt(area.area.id)
        let limit = RepairText.maximumLength
        let whoSees: [(value: String, label: String)] = [
            ("yes", say("repair.hurt.onlyMe")), ("no", say("repair.hurt.partnerToo")),
        ]
        let recordHurt = forms.post(
            hurts,
            """
            <label>\(say("repair.form.whatHappened")) <textarea name="what" required maxlength="\(limit)">\(forms.typed(hurts, "what"))</textarea></label>
            <label>\(say("repair.hurt.whatWouldHelp")) <textarea name="help" required maxlength="\(limit)">\(forms.typed(hurts, "help"))</textarea></label>
            <label>\(say("repair.hurt.whoSees")) <select name="private">\
            \(forms.options(hurts, "private", whoSees, fallback: "yes"))\
            </select></label>
            <button class="record-hurt">\(say("repair.hurt.record"))</button>
            """)
        let opensHurt = forms.isReturned(hurts) || (mine == false && !wroteHurt)
        let hurtForm: HTML =
            mine == true
            ? .empty
            : "<details\(opensHurt ? " open" : "")><summary>\(say("repair.hurt.summary"))</summary>\(recordHurt)</details>"
        let askButtons = area.askable.map { kind -> HTML in
            let css: String
            let label: String
            switch kind {
            case .whatHappened:
                css = "ask-what-happened"
                label = say("repair.ask.whatHappened", ["name": partner])
            case .whatCanIDo:
                css = "ask-what-can-i-do"
                label = say("repair.ask.whatCanIDo", ["name": partner])
            }
            return #"<button class="\#(css)" name="kind" value="\#(kind.rawValue)">\#(label)</button>"#
        }
        let ask: HTML =
            askButtons.isEmpty
            ? .empty : forms.post(Post.ask(area.area.id), class: "row", askButtons.joined(separator: " "))
        let timeline = SwitchTimeline(
            bands: [(say("repair.area.you"), area.mySwitch), (partner, area.partnerSwitch)], today: view.today,
            dayOf: { [settings] in settings.today(at: $0) })
        return """
            <section class="area-repair" data-area-name="\(area.area.name)">
            \(guidance(area).map { "<p class=\"guidance\">\($0)</p>" as HTML }.joined())
            \(SwitchPicture(switches: [
                (say("repair.area.you"), SwitchPosition(area.mySwitch)), (partner, SwitchPosition(area.partnerSwitch)),
            ]).html)
            <p>\(HTML.say("repair.area.switches", [
                "mine": "<span class=\"my-switch\">\(switchText(area.mySwitch))</span>", "name": "\(partner)",
                "theirs": "<span class=\"partner-switch\">\(switchText(area.partnerSwitch))</span>",
            ]))</p>
            \(forms.post(Post.setSwitch(area.area.id), class: "row", flips))
            \(hurtForm)
            <details class="history"><summary>\(say("repair.area.history"))</summary>\(timeline.html)</details>
            <ul class="hurts">\(area.hurts.items.map(hurt).joined())</ul>
            \(paging(area.hurts, say("repair.area.earlierHurts"), RepairView.hurtsList(area.area.id), area.area.id))
            \(ask)
            <ul class="questions">\(area.questions.items.map(question).joined())</ul>
            \(paging(area.questions, say("repair.area.earlierQuestions"), RepairView.questionsList(area.area.id), area.area.id))
            </section>
            """
    }

    /// Where each of the two stands here, said to the one reading, by name: what is theirs to do
    /// and what is the partner's ("Maya's trust about Money is off. Maya wrote what happened. You
    /// can ask what would help.").
    /// What asks something of the reader comes first: a partner's switch that is off.
    private func guidance(_ area: RepairView.AreaRepair) -> [String] {
        let (name, partner) = (area.area.name, partner)
        let names = ["area": name, "name": partner]
        let mine: String
        switch SwitchPosition(area.mySwitch) {
        case .off:
            let wrote = area.iWroteAHurt
            mine = [
                say("repair.guidance.mineOff", names),
                wrote ? say("repair.guidance.mineOffWrote") : say("repair.guidance.mineOffNotWritten", names),
            ].joined(separator: " ")
        case .on: mine = say("repair.guidance.mineOn", names)
        case .undecided: mine = say("repair.guidance.mineUndecided", names)
        }
        let theirs: String
        switch SwitchPosition(area.partnerSwitch) {
        case .off:
            let shared = area.partnerSharedAHurt
            let open = area.openQuestions.contains { $0.asker == view.viewer }
            let next: String
            if open {
                next = say("repair.guidance.questionWaits", names)
            } else {
                switch (area.askable.contains(.whatHappened), area.askable.contains(.whatCanIDo)) {
                case (true, true): next = say("repair.guidance.canAskBoth")
                case (true, false): next = say("repair.guidance.canAskWhatHappened")
                case (false, true): next = say("repair.guidance.canAskWhatWouldHelp")
                case (false, false): next = say("repair.guidance.answered", names)
                }
            }
            theirs = [
                say("repair.guidance.theirsOff", names),
                shared ? say("repair.guidance.theyWrote", names) : say("repair.guidance.theyHaveNotShared", names),
                next,
            ].joined(separator: " ")
        case .on: theirs = say("repair.guidance.theirsOn", names)
        case .undecided: theirs = say("repair.guidance.theirsUndecided", names)
        }
        return SwitchPosition(area.partnerSwitch) == .off ? [theirs, mine] : [mine, theirs]
    }

    private func hurt(_ hurt: Hurt) -> HTML {
        let mine = hurt.author == view.viewer
        let share: HTML =
            mine && hurt.visibility == .private
            ? #"<a class="share-hurt step" href="\#(Post.shareHurt(hurt.id))">\#(say("repair.hurt.share"))</a>"#
            : .empty
        let whose =
            switch (mine, hurt.visibility == .private) {
            case (true, false): say("repair.hurt.mine")
            case (true, true): say("repair.hurt.minePrivate")
            case (false, false): say("repair.hurt.partners", ["name": partner])
            case (false, true): say("repair.hurt.partnersPrivate", ["name": partner])
            }
        return """
            <li class="hurt" data-visibility="\(hurt.visibility.rawValue)">\
            <strong>\(whose)</strong> \
            \(hurt.what) <em>\(say("repair.hurt.whatWouldHelpHeading"))</em> \(hurt.help) \(share)</li>
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
                <label>\(say("repair.question.yourAnswer")) <textarea name="answer" required>\(forms.typed(path, "answer"))</textarea></label>
                <button class="answer-question">\(say("repair.question.answer"))</button>
                """)
        } else {
            body = #"<p class="note">\#(say("repair.question.waiting", ["name": partner]))</p>"#
        }
        let wording: HTML = "<strong>\(question.kind.wording)</strong>"
        let asked =
            askedMe
            ? HTML.say("repair.question.partnerAsks", ["name": "\(partner)", "question": wording])
            : HTML.say("repair.question.youAsked", ["question": wording])
        return """
            <li class="question" data-kind="\(question.kind.rawValue)">\
            \(asked)\(body)</li>
            """
    }

    /// The way back through one of an area's lists.
    private func paging<Element>(_ list: Recent<Element>, _ label: String, _ name: String, _ area: AreaID) -> HTML {
        EarlierLink(label: label) { .repair(.area(area), earlier: $0) }.html(list, named: name, showing: screen.earlier)
    }
}
