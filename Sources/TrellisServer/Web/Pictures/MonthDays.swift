import TrellisCore
import TrellisLanguage

/// This month's evenings as a small calendar: a filled day for each evening written, an empty
/// ring for the rest so far. No streak, no count to keep up.
struct MonthDays {
    let written: Set<Day>
    let today: Day

    private static let cell = 40

    var html: HTML {
        let (year, month, _) = today.components
        guard let first = Day(year: year, month: month, day: 1) else { return .empty }
        let lead = CalendarGrid.column(of: first)
        var marks: [HTML] = []
        var day = first
        while day.components.month == month, day <= today {
            let slot = lead + day.daysSinceEpoch - first.daysSinceEpoch
            let x = slot % 7 * Self.cell + Self.cell / 2
            let y = 20 + slot / 7 * Self.cell + Self.cell / 2
            let wrote = written.contains(day)
            let mark: HTML =
                wrote
                ? #"<circle cx="\#(x)" cy="\#(y)" r="12" fill="\#(Palette.kept)"/>"#
                : #"<circle cx="\#(x)" cy="\#(y)" r="11" fill="none" stroke="\#(Palette.faint)" stroke-width="2"/>"#
            let label =
                wrote
                ? say("trust.picture.month.written", ["day": HumanDay.text(day, today: today)])
                : say("trust.picture.month.noEntry", ["day": HumanDay.text(day, today: today)])
            marks.append("<g><title>\(label)</title>\(mark)</g>")
            day = day.adding(days: 1)
        }
        let rows = (lead + today.components.day - 1) / 7 + 1
        let letters = CalendarGrid.weekdayLetters(cell: Self.cell)
        let width = 7 * Self.cell
        let height = 20 + rows * Self.cell
        let evenings = written.filter { $0.components.year == year && $0.components.month == month }.count
        return """
            <svg class="month-days" role="img" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)">\
            <title>\(title(evenings))</title>\
            \(letters)\(marks.joined())</svg>
            """
    }

    /// "This month: one evening written", "This month: 3 evenings written".
    private func title(_ evenings: Int) -> String {
        say("trust.picture.month.evenings", count: evenings)
    }
}
