import TrellisCore

/// The Intimacy Pyramid both ways, top level first as a pyramid reads: each level with what it
/// asks, whether it holds, the evidence, and for the first one not holding, what it needs. No
/// level is asked for, and nothing blames either partner.
struct PyramidView {
    let page: TrustPageView

    var html: HTML {
        let viewer = page.viewer
        let partner = page.state.partner(of: viewer)?.id
        let mine = page.state.pyramid(for: viewer, at: page.now)
        let theirs = partner.flatMap { page.state.pyramid(for: $0, at: page.now) }
        return """
            <section id="pyramid">
            <h2>The Intimacy Pyramid</h2>
            <p class="note">Five levels, each resting on the ones below; none can be skipped. It shows where \
            you are and what the next level needs, each way. Nobody has to reach anything.</p>
            \(mine.map { direction($0, "How I can rest in \(page.partner)", id: "pyramid-mine", asked: true) } ?? .empty)
            \(theirs.map { pyramid in
                direction(
                    pyramid, "How \(page.partner) can rest in me", id: "pyramid-theirs",
                    asked: page.state.hasAsked(pyramid.truster, of: viewer))
            } ?? .empty)
            </section>
            """
    }

    /// One direction: the picture, where it stands and the one next step in words, and what each
    /// level rests on one tap away. Where nothing was asked of the one it measures, it says so and
    /// shows no measure: nobody is told they fall short of what was never asked.
    private func direction(_ pyramid: Pyramid, _ title: String, id: String, asked: Bool) -> HTML {
        guard asked else {
            return """
                <h3>\(title)</h3><p class="pyramid-place" id="\(id)">Nothing has been asked of you. When \
                \(page.partner) asks for something, what you do builds this way.</p>
                """
        }
        let next: HTML = pyramid.next?.needs.map { "<p class=\"pyramid-next\">Next: \($0)</p>" } ?? .empty
        let levels = pyramid.checks.reversed().map { check -> HTML in
            let holds = pyramid.holds(check.level)
            let status = holds ? "holds" : check.met ? "met, resting on a level below" : "growing"
            let back: HTML =
                check.holdingBack.isEmpty
                ? .empty
                : "<p class=\"note\">Switch off in \(check.holdingBack.compactMap { page.state.area($0)?.name }.joined(separator: ", ")).</p>"
            return """
                <li class="level\(holds ? " holds" : "")"><p><strong>\(check.level.name)</strong>: \(status)</p>
                <p class="note">\(check.level.criterion)</p><ul class="quiet-list">\(check.evidence.map { "<li>\($0)</li>" as HTML }.joined())</ul>\(back)</li>
                """
        }.joined()
        return """
            <h3>\(title)</h3>\(PyramidPicture(pyramid: pyramid).html)
            <p class="pyramid-place">\(PyramidPicture.describe(pyramid))</p>\(next)
            <details class="pyramid-levels"><summary>What each level rests on</summary>\
            <ol id="\(id)" class="pyramid" reversed>\(levels)</ol></details>
            """
    }
}
