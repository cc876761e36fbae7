import TrellisCore

/// The Intimacy Pyramid both ways, top level first as a pyramid reads: each level with what it
/// asks, whether it holds, the evidence, and for the first one not holding, what it needs. No
/// level is asked for, and nothing blames either partner.
struct PyramidView {
    let page: TrustPageView

    var html: HTML {
        let mine = page.state.pyramid(for: page.viewer, at: page.now)
        let partner = page.state.partner(of: page.viewer)?.id
        let theirs = partner.flatMap { page.state.pyramid(for: $0, at: page.now) }
        return """
            <section id="pyramid">
            <h2>The Intimacy Pyramid</h2>
            <p class="note">Five levels, each resting on the ones below; none can be skipped. It shows where \
            you are and what the next level needs, each way. Nobody has to reach anything.</p>
            \(mine.map { direction($0, "How I can rest in \(page.partner)", id: "pyramid-mine") } ?? .empty)
            \(theirs.map { direction($0, "How \(page.partner) can rest in me", id: "pyramid-theirs") } ?? .empty)
            </section>
            """
    }

    private func direction(_ pyramid: Pyramid, _ title: String, id: String) -> HTML {
        let place: HTML =
            pyramid.place.map { "<p class=\"pyramid-place\">Here now: <strong>\($0.name)</strong>.</p>" }
            ?? #"<p class="pyramid-place">At the beginning: honesty comes first.</p>"#
        let levels = pyramid.checks.reversed().map { check -> HTML in
            let holds = pyramid.holds(check.level)
            let status = holds ? "holds" : check.met ? "met, waiting on a level below" : "not yet"
            let needs: HTML =
                check.level == pyramid.next?.level ? check.needs.map { "<p>Next: \($0)</p>" } ?? .empty : .empty
            let back: HTML =
                check.holdingBack.isEmpty
                ? .empty
                : "<p class=\"note\">Switch off in \(check.holdingBack.compactMap { page.state.area($0)?.name }.joined(separator: ", ")).</p>"
            return """
                <li class="level\(holds ? " holds" : "")"><p><strong>\(check.level.name)</strong>: \(status)</p>
                <p class="note">\(check.level.criterion)</p><ul class="quiet-list">\(check.evidence.map { "<li>\($0)</li>" as HTML }.joined())</ul>\(needs)\(back)</li>
                """
        }.joined()
        return "<h3>\(title)</h3>\(place)<ol id=\"\(id)\" class=\"pyramid\" reversed>\(levels)</ol>"
    }
}
