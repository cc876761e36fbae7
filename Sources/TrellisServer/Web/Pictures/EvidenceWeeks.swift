import TrellisCore
import TrellisLanguage

/// An area's weeks since its switch came on, as stacked bars: safe behaviours confirmed (dark),
/// actions done and acknowledged (light), misses reported honestly (amber). Heights are counts;
/// the title says them in words.
struct EvidenceWeeks {
    let trust: EmotionalTrust

    private static let column = 28
    private static let height = 60

    var html: HTML {
        let most = max(4, trust.weeks.map(\.total).max() ?? 1)
        let layers: [(Evidence.Kind, String)] = [
            (.safeBehaviour, Palette.kept), (.actionDone, Palette.seen), (.acknowledged, Palette.seen),
            (.honestMiss, Palette.missed),
        ]
        let bars = trust.weeks.enumerated().map { index, week -> HTML in
            var top = Self.height
            return layers.map { kind, colour -> HTML in
                let tall = (week.counts[kind] ?? 0) * Self.height / most
                top -= tall
                guard tall > 0 else { return .empty }
                return """
                    <rect x="\(String(index * Self.column + 4))" y="\(String(top))" width="\(String(Self.column - 8))" \
                    height="\(String(tall))" fill="\(colour)"/>
                    """
            }.joined()
        }.joined()
        let width = max(trust.weeks.count, 4) * Self.column
        let words = trust.weeks.enumerated().map { index, week in
            let evidence =
                week.total == 0
                ? say("trust.picture.evidence.nothing")
                : Evidence.Kind.allCases.compactMap { kind in week.counts[kind].map(kind.words) }
                    .joined(separator: ", ")
            return say("trust.picture.evidence.week", ["number": String(index + 1), "evidence": evidence])
        }.joined(separator: "; ")
        return """
            <svg class="evidence-weeks" role="img" viewBox="0 0 \(String(width)) \(String(Self.height + 1))" \
            width="\(String(width))" height="\(String(Self.height + 1))"><title>\(say("trust.picture.evidence.title", ["weeks": words]))</title>\
            <line x1="0" y1="\(String(Self.height))" x2="\(String(width))" y2="\(String(Self.height))" stroke="\(Palette.faint)"/>\
            \(bars)</svg>
            """
    }
}
