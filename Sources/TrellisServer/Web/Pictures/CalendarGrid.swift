/// What the calendar-shaped pictures share: a row of weekday letters, Monday first.
enum CalendarGrid {
    static func weekdayLetters(cell: Int) -> HTML {
        ["M", "T", "W", "T", "F", "S", "S"].enumerated().map { index, letter -> HTML in
            ##"<text x="\##(index * cell + cell / 2)" y="14" text-anchor="middle" font-size="13" fill="currentColor">\##(letter)</text>"##
        }.joined()
    }
}
