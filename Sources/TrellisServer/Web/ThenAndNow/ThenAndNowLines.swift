import TrellisCore

/// One part of then and now drawn over months: a line from month to month, its heights named by
/// the five answers (never numbers), with the same answers written out for a screen reader.
struct ThenAndNowLines {
    let part: ThenAndNowAnswer.Part
    let answers: [ThenAndNowAnswer]

    private static let width = 340
    private static let rowHeight = 14
    private static let left = 92

    var html: HTML {
        let levels = ThenAndNowAnswer.Level.allCases
        let height = Self.rowHeight * (levels.count - 1) + 16
        func y(_ level: ThenAndNowAnswer.Level) -> Int {
            8 + Self.rowHeight * (levels.count - 1 - levels.firstIndex(of: level)!)
        }
        let step = answers.count > 1 ? (Self.width - Self.left - 10) / (answers.count - 1) : 0
        let points = answers.enumerated().compactMap { index, answer -> (x: Int, y: Int)? in
            answer.levels[part].map { (Self.left + 4 + index * step, y($0)) }
        }
        let rows = levels.map { level -> HTML in
            """
            <line x1="\(String(Self.left))" y1="\(String(y(level)))" x2="\(String(Self.width))" y2="\(String(y(level)))" \
            stroke="\(Palette.faint)"/><text x="0" y="\(String(y(level) + 4))" font-size="11" fill="currentColor">\
            \(level.words)</text>
            """
        }.joined()
        let path = points.map { "\($0.x),\($0.y)" }.joined(separator: " ")
        let dots = points.map {
            #"<circle cx="\#(String($0.x))" cy="\#(String($0.y))" r="4" fill="\#(Palette.kept)"/>"#
        }.joined()
        let said = answers.compactMap { answer in
            answer.levels[part].map { "\(HumanDay.full(answer.day)): \($0.words)" }
        }.joined(separator: "; ")
        return """
            <figure class="then-and-now-part"><figcaption>\(part.title)</figcaption>\
            <svg class="then-and-now" viewBox="0 0 \(String(Self.width)) \(String(height))" role="img" \
            aria-label="\(part.title): \(said.isEmpty ? "nothing yet" : said)">\
            \(rows)<polyline points="\(path)" fill="none" stroke="\(Palette.kept)" stroke-width="2"/>\(dots)</svg></figure>
            """
    }
}
