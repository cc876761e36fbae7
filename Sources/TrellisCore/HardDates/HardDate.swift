import Foundation

/// A day that hurts, on its author's private list: the day it came out, an anniversary, a date in
/// the calendar. Only its author ever sees it (it has no shared form at all); telling the partner
/// that the coming week is hard is a step of its own (`HardWeek`), which names no date.
public struct HardDate: Sendable, Equatable, Codable {
    /// What the author wrote to get ready for one coming of the day.
    public struct Preparation: Sendable, Equatable, Codable {
        /// The coming of the day it was for.
        public let day: Day
        /// What helped last time, or what might help.
        public let helped: String?
        /// What they might ask their partner for.
        public let ask: String?
    }

    /// How many days ahead home starts to offer getting ready: a week.
    public static let noticeDays = 7

    public let id: HardDateID
    public let author: MemberID
    /// What the day is, in the author's words.
    public let what: String
    /// The day; when `yearly`, it comes back every year on the same month and day.
    public let day: Day
    public let yearly: Bool
    /// One for each coming of the day the author got ready for, oldest first.
    public internal(set) var preparations: [Preparation] = []

    public init(id: HardDateID, author: MemberID, what: String, day: Day, yearly: Bool) {
        (self.id, self.author, self.what, self.day, self.yearly) = (id, author, what, day, yearly)
    }

    /// The next time the day comes, `today` included; nil once a day that does not come back has
    /// passed. A 29 February comes back on the 28th in other years.
    public func next(from today: Day) -> Day? {
        if day >= today { return day }
        guard yearly else { return nil }
        let (_, month, dayOfMonth) = day.components
        for year in [today.components.year, today.components.year + 1] {
            let comes = Day(year: year, month: month, day: dayOfMonth) ?? Day(year: year, month: month, day: 28)
            if let comes, comes >= today { return comes }
        }
        return nil
    }

    /// The coming of the day that `today` falls in the week before (the day itself included).
    public func coming(from today: Day) -> Day? {
        guard let next = next(from: today), next.daysSinceEpoch - today.daysSinceEpoch <= Self.noticeDays
        else { return nil }
        return next
    }

    /// What was written for the coming on `day`.
    public func preparation(for day: Day) -> Preparation? { preparations.last { $0.day == day } }

    /// What was written for the last coming before `day`: "what helped last time".
    public func lastTime(before day: Day) -> Preparation? { preparations.last { $0.day < day } }
}

/// "The coming week is hard for me": what one partner chose to tell the other before a hard day,
/// with nothing of the day but its date and the words they chose.
public struct HardWeek: Sendable, Equatable, Codable {
    public let id: HardWeekID
    public let author: MemberID
    /// The hard day the week leads to, on the author's calendar.
    public let day: Day
    /// More, in the author's words, if they wanted to say more.
    public let words: String?
    public let at: Date

    /// Still ahead, or today, on the reader's own day.
    public func isCurrent(on today: Day) -> Bool { day >= today }
}
