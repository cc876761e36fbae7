import TrellisCore
import TrellisLanguage

/// An action's last four weeks as dots, one per day in calendar rows (the reader's week): done, seen
/// happen, missed (reported honestly), not reported, or not due. Each dot names its day and state.
struct WeekDots {
    let action: RepairAction
    let today: Day

    private static let cell = 40
    private static let radius = 12

    var html: HTML {
        let first = today.adding(days: 1 - RepairView.recentDayCount)
        let weekStart = first.adding(days: -CalendarGrid.column(of: first))
        let rows = (today.daysSinceEpoch - weekStart.daysSinceEpoch) / 7 + 1
        var dots: [HTML] = []
        var counts: [DayState: Int] = [:]
        for row in 0..<rows {
            for column in 0..<7 {
                let day = weekStart.adding(days: row * 7 + column)
                guard day >= first, day <= today, let (state, mark) = self.mark(day) else { continue }
                counts[state, default: 0] += 1
                let x = column * Self.cell + Self.cell / 2
                let y = 20 + row * Self.cell + Self.cell / 2
                let title = state.title(HumanDay.text(day, today: today))
                dots.append(#"<g><title>\#(title)</title>\#(mark(x, y))</g>"#)
            }
        }
        let letters = CalendarGrid.weekdayLetters(cell: Self.cell)
        let summary = [DayState.done, .seen, .missed, .notReported]
            .compactMap { state in counts[state].map(state.counted) }.joined(separator: ", ")
        let width = 7 * Self.cell
        let height = 20 + rows * Self.cell
        return """
            <svg class="week-dots" role="img" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)">\
            <title>\(summary.isEmpty ? say("trust.picture.weekDots.nothingDue") : say("trust.picture.weekDots.title", ["days": summary]))</title>\
            \(letters)\(dots.joined())</svg>
            """
    }

    /// What a day shows.
    private enum DayState {
        case done, seen, missed, notReported, dueToday, notDue

        /// "Today: done": a dot's title.
        func title(_ day: String) -> String {
            switch self {
            case .done: say("trust.picture.weekDots.day.done", ["day": day])
            case .seen: say("trust.picture.weekDots.day.seen", ["day": day])
            case .missed: say("trust.picture.weekDots.day.missed", ["day": day])
            case .notReported: say("trust.picture.weekDots.day.notReported", ["day": day])
            case .dueToday: say("trust.picture.weekDots.day.dueToday", ["day": day])
            case .notDue: say("trust.picture.weekDots.day.notDue", ["day": day])
            }
        }

        /// "3 done": how many days showed it, for the picture's title.
        func counted(_ count: Int) -> String {
            switch self {
            case .done: say("trust.picture.weekDots.count.done", count: count)
            case .seen: say("trust.picture.weekDots.count.seen", count: count)
            case .missed: say("trust.picture.weekDots.count.missed", count: count)
            case .notReported, .dueToday, .notDue: say("trust.picture.weekDots.count.notReported", count: count)
            }
        }
    }

    /// What the day holds, and how to draw it; nil for days with nothing to show.
    private func mark(_ day: Day) -> (DayState, (Int, Int) -> HTML)? {
        let record = action.occurrences[day]
        let due = action.isScheduled(on: day)
        let r = Self.radius
        switch (record?.outcome, record?.noticed) {
        case (.done, _):
            let acknowledged = record?.acknowledged != nil
            return (
                .done,
                { x, y in
                    let ring: HTML =
                        acknowledged ? ##"<circle cx="\##(x)" cy="\##(y)" r="4" fill="#ffffff"/>"## : .empty
                    return #"<circle cx="\#(x)" cy="\#(y)" r="\#(r)" fill="\#(Palette.kept)"/>\#(ring)"#
                }
            )
        case (.missed, _):
            return (
                .missed,
                { x, y in
                    #"<circle cx="\#(x)" cy="\#(y)" r="\#(r - 1)" fill="none" stroke="\#(Palette.missed)" stroke-width="3"/>"#
                }
            )
        case (nil, .some):
            return (.seen, { x, y in #"<circle cx="\#(x)" cy="\#(y)" r="\#(r)" fill="\#(Palette.seen)"/>"# })
        case (nil, nil) where due:
            return (
                day == today ? .dueToday : .notReported,
                { x, y in
                    #"<circle cx="\#(x)" cy="\#(y)" r="\#(r - 1)" fill="none" stroke="\#(Palette.open)" stroke-width="2" stroke-dasharray="4 3"/>"#
                }
            )
        default:
            return (.notDue, { x, y in #"<circle cx="\#(x)" cy="\#(y)" r="2" fill="\#(Palette.faint)"/>"# })
        }
    }
}
