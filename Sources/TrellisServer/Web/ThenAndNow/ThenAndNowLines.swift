import TrellisCore
import TrellisLanguage

/// One part of then and now drawn over months: a line from month to month, its heights named by
/// the five answers (never numbers) and its months below, with the same answers written out for a
/// screen reader.
struct ThenAndNowLines {
    let part: ThenAndNowAnswer.Part
    let answers: [ThenAndNowAnswer]

    private static let width = 340
    private static let rowHeight = 16
    private static let left = 96

    var html: HTML {
        let levels = ThenAndNowAnswer.Level.allCases
        let bottom = 8 + Self.rowHeight * (levels.count - 1)
        func y(_ level: ThenAndNowAnswer.Level) -> Int {
            8 + Self.rowHeight * (levels.count - 1 - levels.firstIndex(of: level)!)
        }
        let step = answers.count > 1 ? (Self.width - Self.left - 24) / (answers.count - 1) : 0
        let placed = answers.enumerated().compactMap { index, answer -> (x: Int, y: Int, day: Day)? in
            answer.levels[part].map { (Self.left + 12 + index * step, y($0), answer.day) }
        }
        let rows = levels.map { level -> HTML in
            """
            <line x1="\(String(Self.left))" y1="\(String(y(level)))" x2="\(String(Self.width))" y2="\(String(y(level)))" \
            stroke="\(Palette.faint)"/><text x="0" y="\(String(y(level) + 4))" font-size="12" fill="currentColor">\
            \(level.words)</text>
            """
        }.joined()
        let path = placed.map { "\($0.x),\($0.y)" }.joined(separator: " ")
        let dots = placed.map { point -> HTML in
            """
            <circle cx="\(String(point.x))" cy="\(String(point.y))" r="4" fill="\(Palette.kept)"/>\
            <text x="\(String(point.x))" y="\(String(bottom + 18))" font-size="12" text-anchor="middle" \
            fill="currentColor">\(point.day.monthSpoken)</text>
            """
        }.joined()
        let said = placed.map { point in
            say(
                "recent.thenAndNow.lines.answer",
                [
                    "day": HumanDay.full(point.day),
                    "answer": answers.first { $0.day == point.day }?.levels[part]?.words ?? "",
                ])
        }.joined(separator: "; ")
        let label = say(
            "recent.thenAndNow.lines.label",
            ["part": part.title, "answers": said.isEmpty ? say("recent.thenAndNow.lines.nothingYet") : said])
        return """
            <figure class="then-and-now-part"><figcaption>\(part.title)</figcaption>\
            <svg class="then-and-now" viewBox="0 0 \(String(Self.width)) \(String(bottom + 24))" role="img" \
            aria-label="\(label)">\
            \(rows)<polyline points="\(path)" fill="none" stroke="\(Palette.kept)" stroke-width="2"/>\(dots)</svg></figure>
            """
    }
}
