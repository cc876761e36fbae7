import TrellisCore
import TrellisLanguage

/// What the calendar-shaped pictures share: a row of weekday letters, the reader's week from the
/// day their locale starts it.
enum CalendarGrid {
    static func weekdayLetters(cell: Int) -> HTML {
        let first = Say.firstWeekday
        return (0..<7).map { column -> HTML in
            let letter = Say.weekdayLetter((first - 1 + column) % 7 + 1)
            return
                ##"<text x="\##(column * cell + cell / 2)" y="14" text-anchor="middle" font-size="13" fill="currentColor">\##(letter)</text>"##
        }.joined()
    }

    /// The column `day` sits in, counted from the first day of the reader's week.
    static func column(of day: Day) -> Int { (day.weekday.rawValue - Say.firstWeekday + 7) % 7 }
}
