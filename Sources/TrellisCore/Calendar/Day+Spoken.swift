extension Day {
    /// "Tue 24 Nov 2026": a day as a person reads it. The ISO form (`description`) is for data and
    /// addresses, never for a sentence.
    public var spoken: String {
        let (year, month, date) = components
        return "\(weekday.name.prefix(3)) \(date) \(Self.months[month - 1]) \(year)"
    }

    /// "Nov": the month, short, for a picture's axis.
    public var monthSpoken: String { Self.months[components.month - 1] }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
