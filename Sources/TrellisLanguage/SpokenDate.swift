import Foundation

extension Say {
    /// How much of a day to say: "Tue 24 Nov" in a list, "Tue 24 Nov 2026" in a record read later.
    public enum DayStyle: Sendable { case short, withYear }

    /// A calendar day as the reader says it: "Tue 24 Nov", "Di., 24. Nov.", "mar, 24 nov".
    public static func day(year: Int, month: Int, day: Int, _ style: DayStyle) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return "" }
        var format = Date.FormatStyle(timeZone: .gmt).weekday(.abbreviated).day().month(.abbreviated)
        if style == .withYear { format = format.year() }
        return wrapped(date.formatted(format.locale(language.locale)))
    }

    /// A month and year ("November 2026"), for a timeline's headings.
    public static func month(year: Int, month: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: 1)) else { return "" }
        let format = Date.FormatStyle(timeZone: .gmt).month(.wide).year()
        return wrapped(date.formatted(format.locale(language.locale)))
    }

    /// A time of day on a 24-hour clock, as the reader writes it ("23:10").
    public static func time(hour: Int, minute: Int) -> String {
        let date = Date(timeIntervalSince1970: TimeInterval(hour * 3600 + minute * 60))
        let format = Date.FormatStyle(timeZone: .gmt).hour(.twoDigits(amPM: .omitted)).minute(.twoDigits)
        return wrapped(date.formatted(format.locale(language.locale)))
    }

    /// The day the reader's week starts on, where their locale says (Monday in all we speak;
    /// Sunday in the United States), as 1 for Monday to 7 for Sunday.
    public static var firstWeekday: Int { firstWeekday(in: language.locale) }

    static func firstWeekday(in locale: Locale) -> Int {
        let sundayFirst = locale.calendar.firstWeekday  // 1 is Sunday
        return sundayFirst == 1 ? 7 : sundayFirst - 1
    }

    fileprivate static func wrapped(_ text: String) -> String { language == .pseudo ? pseudo(text) : text }
}

extension Say {
    /// A month's short name ("Nov", "nov"), for a picture's axis.
    public static func shortMonth(_ month: Int) -> String {
        let symbols = language.locale.calendar.shortStandaloneMonthSymbols
        return wrapped(symbols.indices.contains(month - 1) ? symbols[month - 1] : "")
    }

    /// A weekday's one-letter form for a calendar's heading, 1 for Monday to 7 for Sunday ("T",
    /// "D", "M").
    public static func weekdayLetter(_ isoNumber: Int) -> String {
        let symbols = language.locale.calendar.veryShortStandaloneWeekdaySymbols
        return wrapped(symbols.isEmpty ? "" : symbols[isoNumber % 7])
    }

    /// A weekday's name, 1 for Monday to 7 for Sunday ("Tuesday", "Dienstag", "martes").
    public static func weekday(_ isoNumber: Int) -> String {
        let symbols = language.locale.calendar.standaloneWeekdaySymbols
        return wrapped(symbols.isEmpty ? "" : symbols[isoNumber % 7])
    }
}
