import TrellisCore
import TrellisLanguage

/// One direction of the Intimacy Pyramid as a picture: five bands, honesty at the base, each
/// filled once it holds; the next level outlined. Words say the same (its title and the page), so
/// the picture is never the only way to read it.
struct PyramidPicture {
    let pyramid: Pyramid

    private static let width = 300
    private static let band = 34

    var html: HTML {
        let levels = Pyramid.Level.allCases
        let height = levels.count * Self.band
        let bands = levels.enumerated().map { index, level -> HTML in
            // Band `index` from the base: its bottom and top edges narrow toward the apex.
            let bottom = height - index * Self.band
            let top = bottom - Self.band
            func half(_ y: Int) -> Int { Self.width * (y + Self.band / 2) / (2 * (height + Self.band / 2)) }
            let centre = Self.width / 2
            let points = [
                (centre - half(bottom), bottom), (centre + half(bottom), bottom), (centre + half(top), top + 2),
                (centre - half(top), top + 2),
            ].map { "\($0.0),\($0.1)" }.joined(separator: " ")
            let holds = pyramid.holds(level)
            let isNext = pyramid.next?.level == level
            let fill = holds ? Palette.kept : "none"
            let stroke = holds ? Palette.kept : isNext ? Palette.open : Palette.faint
            let dash: HTML = holds || isNext ? .empty : #" stroke-dasharray="4 3""#
            let text = holds ? "#ffffff" : "currentColor"
            return """
                <polygon points="\(points)" fill="\(fill)" stroke="\(stroke)" stroke-width="2"\(dash)/>\
                <text x="\(centre)" y="\(bottom - 11)" font-size="14" text-anchor="middle" fill="\(text)">\(level.name)</text>
                """
        }.joined()
        return """
            <svg class="pyramid-picture" role="img" viewBox="0 0 \(Self.width) \(height)" width="\(Self.width)" \
            height="\(height)"><title>\(Self.describe(pyramid))</title>\(bands)</svg>
            """
    }

    /// "Honesty and Safety hold. Trust is next."
    static func describe(_ pyramid: Pyramid) -> String {
        let holding = Pyramid.Level.allCases.filter(pyramid.holds).map(\.name)
        guard !holding.isEmpty else { return say("trust.picture.pyramid.beginning") }
        let levels = Say.list(holding)
        guard let next = pyramid.next?.level.name else {
            return say("trust.picture.pyramid.holding", count: holding.count, ["levels": levels])
        }
        return say("trust.picture.pyramid.holdingNext", count: holding.count, ["levels": levels, "next": next])
    }
}
