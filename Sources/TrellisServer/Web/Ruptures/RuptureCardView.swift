import Foundation
import TrellisCore

/// One rupture: what happened and how it felt, the repair steps from both, and what the viewer
/// can do next (share it, add a step, say it feels repaired or not yet).
struct RuptureCardView {
    let page: RupturesPageView
    let rupture: Rupture

    private var forms: Forms { page.forms }

    var html: HTML {
        let who = rupture.author == page.viewer ? "You" : page.partner
        let day = HumanDay.text(page.settings.today(at: rupture.at), today: page.today)
        let area = rupture.area.flatMap { page.state.area($0)?.name }.map { " · \($0)" } ?? ""
        var parts: [HTML] = [
            "<p class=\"note\">\(day)\(area) · \(who) wrote\(rupture.visibility == .private ? " (only you)" : "")</p>",
            "<p><strong>\(rupture.what)</strong></p><p>How it felt: \(rupture.felt)</p>",
        ]
        parts += rupture.steps.map { step -> HTML in
            let by = step.author == page.viewer ? "You" : page.partner
            let prompt = step.kind.prompt.prefix(1).lowercased() + step.kind.prompt.dropFirst()
            return
                "<p class=\"repair-step\"><span class=\"note\">\(by), \(prompt):</span> \(step.text)\(link(step))</p>"
        }
        if rupture.visibility == .private {
            parts.append(
                #"<a class="share-rupture step" href="\#(Post.rupture(.share)(rupture.id))">Share it with \#(page.partner)…</a>"#
            )
        } else if let closed = rupture.closedAt {
            let days = max(
                0, page.settings.today(at: closed).daysSinceEpoch - page.settings.today(at: rupture.at).daysSinceEpoch)
            parts.append(
                "<p class=\"grant-status\">Repaired \(days == 0 ? "the same day" : days == 1 ? "in a day" : "in \(days) days").</p>"
            )
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
            case (true, _): "<p class=\"grant-status\">You said it feels repaired; waiting for \(page.partner).</p>"
            case (false, true): "<p class=\"grant-status\">\(page.partner) says it feels repaired to them.</p>"
            case (false, false): .empty
            }
        let button: HTML =
            mine
            ? forms.post(
                Post.rupture(.notYet)(rupture.id), class: "inline",
                #"<button class="quiet not-yet">Not yet, after all</button>"#)
            : forms.post(
                Post.rupture(.repaired)(rupture.id), class: "inline",
                #"<button class="feels-repaired">It feels repaired to me</button>"#
            )
        return line + button
    }

    private var stepForm: HTML {
        let action = Post.rupture(.step)(rupture.id)
        let kinds = Rupture.Step.Kind.allCases.map { (value: $0.rawValue, label: $0.prompt) }
        let links =
            [(value: "", label: "Nothing to link")]
            + page.state.repair.actions.filter(\.isActive).map {
                (value: "action:\($0.id.rawValue.uuidString)", label: "Action: \($0.what)")
            }
            + page.state.expectations.expectations.filter(\.holds).compactMap { expectation in
                expectation.current.map {
                    (value: "expectation:\(expectation.id.rawValue.uuidString)", label: "Expectation: \($0.words)")
                }
            }
        return """
            <details\(forms.openIfReturned(action))><summary>Add a repair step</summary>\(forms.post(
                action,
                """
                <label>This step is <select name="kind">\(forms.options(action, "kind", kinds))</select></label>
                <label>In your words <textarea name="text" required maxlength="\(RupturesState.maximumText)">\
                \(forms.typed(action, "text"))</textarea></label>
                <label>Leads to (optional) <select name="link">\(forms.options(action, "link", links))</select></label>
                <button class="add-step">Add it</button>
                """))</details>
            """
    }

    private func link(_ step: Rupture.Step) -> HTML {
        if let id = step.action, let action = page.state.repair.actions.first(where: { $0.id == id }) {
            return " <span class=\"note\">(the action \u{201C}\(action.what)\u{201D})</span>"
        }
        if let id = step.expectation, let words = page.state.expectations.expectation(id)?.latest.words {
            return " <span class=\"note\">(the expectation \u{201C}\(words)\u{201D})</span>"
        }
        return .empty
    }
}
