import TrellisLanguage

extension Day {
    /// "Tue, 24 Nov 2026" ("Di. 24. Nov. 2026"): a day as the reader reads it, in their language.
    /// The ISO form (`description`) is for data and addresses, never for a sentence.
    public var spoken: String {
        let (year, month, date) = components
        return Say.day(year: year, month: month, day: date, .withYear)
    }

    /// The same without its year, for a day of this year: "Tue 24 Nov".
    public var spokenWithoutYear: String {
        let (year, month, date) = components
        return Say.day(year: year, month: month, day: date, .short)
    }

    /// "Nov": the month, short, for a picture's axis.
    public var monthSpoken: String { Say.shortMonth(components.month) }
}

extension Weekday {
    /// The day's name in the reader's language ("Tuesday", "Dienstag"); `name` stays English, as
    /// stored.
    public var spoken: String { Say.weekday(rawValue) }
}
