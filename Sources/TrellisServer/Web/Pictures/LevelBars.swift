import TrellisCore
import TrellisLanguage

/// One sign over a person's last check-ins, as bars from "not at all" (a sliver) to "almost all
/// the time" (full height), oldest on the left. The title says it in words.
struct LevelBars {
    let levels: [Int]
    let what: String

    private static let width = 24
    private static let height = 64

    var html: HTML {
        let bars = levels.enumerated().map { index, level -> HTML in
            let tall = max(3, level * Self.height / 4)
            let x = index * Self.width + 4
            return """
                <rect x="\(String(x))" y="\(String(Self.height - tall))" width="\(String(Self.width - 8))" \
                height="\(String(tall))" rx="3" fill="\(Palette.kept)"/>
                """
        }.joined()
        let total = max(levels.count, SignsView.pictured) * Self.width
        let words = levels.map { Sign.levelsInSentence[$0] }.joined(separator: ", ")
        return """
            <svg class="level-bars" role="img" viewBox="0 0 \(String(total)) \(String(Self.height))" \
            width="\(String(total))" height="\(String(Self.height))"><title>\(say("trust.picture.levelBars.title", ["what": what, "levels": words]))</title>\
            <line x1="0" y1="\(String(Self.height))" x2="\(String(total))" y2="\(String(Self.height))" \
            stroke="\(Palette.faint)"/>\(bars)</svg>
            """
    }
}
