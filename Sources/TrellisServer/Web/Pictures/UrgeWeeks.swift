import TrellisCore
import TrellisLanguage

/// Urges per week as stacked bars, oldest on the left: resisted at the bottom in the calm colour,
/// checked above it in a soft one. A count, never a grade: the title says it in words.
struct UrgeWeeks {
    let weeks: [UrgePattern.Week]
    let today: Day

    private static let column = 40
    private static let height = 100

    var html: HTML {
        let most = max(1, weeks.map(\.total).max() ?? 1)
        let bars = weeks.enumerated().map { index, week -> HTML in
            let x = index * Self.column + 8
            let resisted = week.resisted * Self.height / most
            let acted = week.actedOn * Self.height / most
            return """
                <rect x="\(String(x))" y="\(String(Self.height - resisted))" width="24" height="\(String(resisted))" \
                fill="\(Palette.kept)"/><rect x="\(String(x))" y="\(String(Self.height - resisted - acted))" width="24" \
                height="\(String(acted))" fill="\(Palette.seen)"/>
                """
        }.joined()
        let width = weeks.count * Self.column
        let words = weeks.map {
            say("trust.picture.urges.week", ["resisted": String($0.resisted), "checked": String($0.actedOn)])
        }.joined(separator: "; ")
        return """
            <svg class="urge-weeks" role="img" viewBox="0 0 \(String(width)) \(String(Self.height + 2))" \
            width="\(String(width))" height="\(String(Self.height + 2))">\
            <title>\(say("trust.picture.urges.title", ["number": String(weeks.count), "weeks": words]))</title>\
            <line x1="0" y1="\(String(Self.height + 1))" x2="\(String(width))" \
            y2="\(String(Self.height + 1))" stroke="\(Palette.faint)"/>\(bars)</svg>
            <ul class="legend"><li>\(say("trust.picture.urges.legendResisted"))</li>\
            <li>\(say("trust.picture.urges.legendChecked"))</li></ul>
            """
    }
}
