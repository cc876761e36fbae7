import TrellisCore
import TrellisLanguage

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
            <h2>\(say("trust.pyramid.title"))</h2>
            <p class="note">\(say("trust.pyramid.intro"))</p>
            \(mine.map {
                direction($0, say("trust.pyramid.mine", ["name": page.partner]), id: "pyramid-mine", asked: true)
            } ?? .empty)
            \(theirs.map { pyramid in
                direction(
                    pyramid, say("trust.pyramid.theirs", ["name": page.partner]), id: "pyramid-theirs",
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
                <h3>\(title)</h3><p class="pyramid-place" id="\(id)">\(say("trust.pyramid.notAsked", ["name": page.partner]))</p>
                """
        }
        let next: HTML =
            pyramid.next?.needs.map { "<p class=\"pyramid-next\">\(say("trust.pyramid.next", ["needs": $0]))</p>" }
            ?? .empty
        let levels = pyramid.checks.reversed().map { check -> HTML in
            let holds = pyramid.holds(check.level)
            let status =
                holds
                ? say("trust.pyramid.status.holds")
                : check.met ? say("trust.pyramid.status.restingBelow") : say("trust.pyramid.status.growing")
            let off = check.holdingBack.compactMap { page.state.area($0)?.name }.joined(separator: ", ")
            let back: HTML =
                check.holdingBack.isEmpty
                ? .empty
                : "<p class=\"note\">\(say("trust.pyramid.switchOffIn", ["areas": off]))</p>"
            let level: HTML = "<strong>\(check.level.name)</strong>"
            return """
                <li class="level\(holds ? " holds" : "")"><p>\(HTML.say("trust.pyramid.levelStatus", ["level": level, "status": "\(status)"]))</p>
                <p class="note">\(check.level.criterion)</p><ul class="quiet-list">\(check.evidence.map { "<li>\($0)</li>" as HTML }.joined())</ul>\(back)</li>
                """
        }.joined()
        return """
            <h3>\(title)</h3>\(PyramidPicture(pyramid: pyramid).html)
            <p class="pyramid-place">\(PyramidPicture.describe(pyramid))</p>\(next)
            <details class="pyramid-levels"><summary>\(say("trust.pyramid.levelsSummary"))</summary>\
            <ol id="\(id)" class="pyramid" reversed>\(levels)</ol></details>
            """
    }
}
