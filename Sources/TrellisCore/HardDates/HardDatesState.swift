import Foundation

/// The viewer's own hard dates (a fold for one viewer holds only theirs), and the hard weeks
/// either partner told the other.
public struct HardDatesState: Sendable, Equatable, Codable {
    /// How many hard dates one list holds.
    public static let maximum = 30
    public static let maximumWhat = 120
    public static let maximumWords = 500

    /// The viewer's hard dates, in the order they were added; removed ones are gone.
    public internal(set) var dates: [HardDate] = []
    /// Every hard week told, oldest first.
    public internal(set) var told: [HardWeek] = []

    public init() {}

    public func date(_ id: HardDateID) -> HardDate? { dates.first { $0.id == id } }

    /// `member`'s hard dates, the next to come first; those that will not come again last.
    public func dates(of member: MemberID, from today: Day) -> [HardDate] {
        dates.filter { $0.author == member }.sorted { left, right in
            switch (left.next(from: today), right.next(from: today)) {
            case (let l?, let r?): l < r
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): left.day > right.day
            }
        }
    }

    /// The hard week `author` told for the day `day`, if they did.
    public func told(by author: MemberID, for day: Day) -> HardWeek? {
        told.last { $0.author == author && $0.day == day }
    }

    /// What `teller` told that is still ahead or today, on the reader's `today`, soonest first.
    public func current(toldBy teller: MemberID, on today: Day) -> [HardWeek] {
        told.newest { $0.author == teller && $0.isCurrent(on: today) }.sorted { $0.day < $1.day }
    }

    mutating func apply(_ step: HardDateEvent, by author: MemberID, at: Date) {
        switch step {
        case .added(let id, let what, let day, let yearly):
            dates.append(HardDate(id: id, author: author, what: what, day: day, yearly: yearly))
        case .removed(let id):
            dates.removeAll { $0.id == id }
        case .prepared(let id, let day, let helped, let ask):
            guard let index = dates.firstIndex(where: { $0.id == id }) else { return }
            dates[index].preparations.removeAll { $0.day == day }
            dates[index].preparations.append(HardDate.Preparation(day: day, helped: helped, ask: ask))
        case .weekTold(let id, let day, let words):
            told.append(HardWeek(id: id, author: author, day: day, words: words, at: at))
        }
    }
}
