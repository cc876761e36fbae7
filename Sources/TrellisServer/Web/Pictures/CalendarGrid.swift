import TrellisLanguage

/// What the calendar-shaped pictures share: a row of weekday letters, Monday first.
enum CalendarGrid {
    static func weekdayLetters(cell: Int) -> HTML {
        let letters = [
            say("trust.picture.weekdayLetter.monday"), say("trust.picture.weekdayLetter.tuesday"),
            say("trust.picture.weekdayLetter.wednesday"), say("trust.picture.weekdayLetter.thursday"),
            say("trust.picture.weekdayLetter.friday"), say("trust.picture.weekdayLetter.saturday"),
            say("trust.picture.weekdayLetter.sunday"),
        ]
        return letters.enumerated().map { index, letter -> HTML in
            ##"<text x="\##(index * cell + cell / 2)" y="14" text-anchor="middle" font-size="13" fill="currentColor">\##(letter)</text>"##
        }.joined()
    }
}
