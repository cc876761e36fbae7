import Foundation
import TrellisCore
import TrellisLanguage

/// One rupture: what happened and how it felt, the repair steps from both, and what the viewer
/// can do next (share it, add a step, say it feels repaired or not yet).
struct RuptureCardView {
    let page: RupturesPageView
    let rupture: Rupture

    private var forms: Forms { page.forms }

    var html: HTML {
        let who =
            switch (rupture.author == page.viewer, rupture.visibility == .private) {
            case (true, false): say("repair.rupture.youWrote")
            case (true, true): say("repair.rupture.youWroteOnlyYou")
            case (false, false): say("repair.rupture.partnerWrote", ["name": page.partner])
            case (false, true): say("repair.rupture.partnerWroteOnlyYou", ["name": page.partner])
            }
        let day = HumanDay.text(page.settings.today(at: rupture.at), today: page.today)
        let area = rupture.area.flatMap { page.state.area($0)?.name }.map { " · \($0)" } ?? ""
        var parts: [HTML] = [
            "<p class=\"note\">\(day)\(area) · \(who)</p>",
            "<p><strong>\(rupture.what)</strong></p><p>\(say("repair.rupture.howItFelt", ["felt": rupture.felt]))</p>",
        ]
        parts += rupture.steps.map { step -> HTML in
            "<p class=\"repair-step\"><span class=\"note\">\(byline(step))</span> \(step.text)\(link(step))</p>"
        }
        if rupture.visibility == .private {
            parts.append(
                #"<a class="share-rupture step" href="\#(Post.rupture(.share)(rupture.id))">\#(say("repair.rupture.share", ["name": page.partner]))</a>"#
            )
        } else if let closed = rupture.closedAt {
            let days = max(
                0, page.settings.today(at: closed).daysSinceEpoch - page.settings.today(at: rupture.at).daysSinceEpoch)
            let repaired =
                switch days {
                case 0: say("repair.rupture.repairedSameDay")
                case 1: say("repair.rupture.repairedInADay")
                default: say("repair.rupture.repairedInDays", count: days)
                }
            parts.append("<p class=\"grant-status\">\(repaired)</p>")
        } else {
            parts.append(status)
            parts.append(stepForm)
        }
        return #"<li class="fear rupture">\#(parts.joined())</li>"#
    }

    private var status: HTML {
        let mine = rupture.repairedFor.contains(page.viewer)
        let theirs = rupture.repairedFor.contains(where: { $0 != page.viewer })
        let line: HTML =
            switch (mine, theirs) {
            case (true, _):
                "<p class=\"grant-status\">\(say("repair.rupture.youSaidRepaired", ["name": page.partner]))</p>"
            case (false, true):
                "<p class=\"grant-status\">\(say("repair.rupture.partnerSaysRepaired", ["name": page.partner]))</p>"
            case (false, false): .empty
            }
        let button: HTML =
            mine
            ? forms.post(
                Post.rupture(.notYet)(rupture.id), class: "inline",
                #"<button class="quiet not-yet">\#(say("repair.rupture.notYet"))</button>"#)
            : forms.post(
                Post.rupture(.repaired)(rupture.id), class: "inline",
                #"<button class="feels-repaired">\#(say("repair.rupture.feelsRepaired"))</button>"#
            )
        return line + button
    }

    private var stepForm: HTML {
        let action = Post.rupture(.step)(rupture.id)
        let kinds = Rupture.Step.Kind.allCases.map { (value: $0.rawValue, label: $0.prompt) }
        let links =
            [(value: "", label: say("repair.rupture.linkNothing"))]
            + page.state.repair.actions.filter(\.isActive).map {
                (
                    value: "action:\($0.id.rawValue.uuidString)",
                    label: say("repair.rupture.linkAction", ["what": $0.what])
                )
            }
            + page.state.expectations.expectations.filter(\.holds).compactMap { expectation in
                expectation.current.map {
                    (
                        value: "expectation:\(expectation.id.rawValue.uuidString)",
                        label: say("repair.rupture.linkExpectation", ["words": $0.words])
                    )
                }
            }
        return """
            <details\(forms.openIfReturned(action))><summary>\(say("repair.rupture.addStep"))</summary>\(forms.post(
                action,
                """
                <label>\(say("repair.rupture.stepIs")) <select name="kind">\(forms.options(action, "kind", kinds))</select></label>
                <label>\(say("repair.rupture.inYourWords")) <textarea name="text" required maxlength="\(RupturesState.maximumText)">\
                \(forms.typed(action, "text"))</textarea></label>
                <label>\(say("repair.rupture.leadsTo")) <select name="link">\(forms.options(action, "link", links))</select></label>
                <button class="add-step">\(say("repair.rupture.addIt"))</button>
                """))</details>
            """
    }

    /// Who wrote a step, and which part of repair it is: "You, what I understand now:".
    private func byline(_ step: Rupture.Step) -> String {
        let name = ["name": page.partner]
        switch (step.author == page.viewer, step.kind) {
        case (true, .understand): return say("repair.rupture.step.youUnderstand")
        case (true, .sorry): return say("repair.rupture.step.youSorry")
        case (true, .next): return say("repair.rupture.step.youNext")
        case (false, .understand): return say("repair.rupture.step.partnerUnderstand", name)
        case (false, .sorry): return say("repair.rupture.step.partnerSorry", name)
        case (false, .next): return say("repair.rupture.step.partnerNext", name)
        }
    }

    private func link(_ step: Rupture.Step) -> HTML {
        if let id = step.action, let action = page.state.repair.actions.first(where: { $0.id == id }) {
            return " <span class=\"note\">\(say("repair.rupture.linkedAction", ["what": action.what]))</span>"
        }
        if let id = step.expectation, let words = page.state.expectations.expectation(id)?.latest.words {
            return " <span class=\"note\">\(say("repair.rupture.linkedExpectation", ["words": words]))</span>"
        }
        return .empty
    }
}
