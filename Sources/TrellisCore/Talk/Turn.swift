import Foundation

/// One partner's turn in a weekly check-in: five short parts, written privately. Both turns of a
/// week open together, in one step, once both are written; the listener may only say they heard
/// it, or thank. There are no replies, and a skipped week is never counted.
public struct Turn: Sendable, Equatable, Codable {
    /// The five parts, in the order they are said. Raw values are stored: never change one.
    public enum Part: String, Sendable, Equatable, Codable, CaseIterable {
        case feel, appreciate, need, own, struggle
    }

    /// All the listener may say back. Raw values are stored.
    public enum Answer: String, Sendable, Equatable, Codable, CaseIterable {
        case heard, thanks
    }

    /// The Monday of the week it belongs to, on its author's calendar.
    public let week: Day
    public let author: MemberID
    /// Its words: the author's own from the start; the partner's once both turns are open.
    public internal(set) var parts: [Part: String]?
    /// Both turns of the week are open to both.
    public internal(set) var opened: Bool
    /// What the listener said back, once they did.
    public internal(set) var answer: Answer?

    /// The Monday of `day`'s week.
    public static func week(of day: Day) -> Day { day.adding(days: 1 - day.weekday.rawValue) }
}

/// The day and time both agreed to, in the proposer's own words of their clock ("Sunday 20:00").
public struct TalkRhythm: Sendable, Equatable, Codable {
    public let weekday: Weekday
    /// "HH:MM", 24-hour.
    public let time: String
    public let proposedBy: MemberID
    public internal(set) var agreed: Bool
}

/// The weekly check-in as one viewer's record holds it: the rhythm, the viewer's own turns and
/// that the partner's are ready, both open once both are.
public struct WeeklyTalkState: Sendable, Equatable, Codable {
    public static let maximumPart = 500
    /// The weeks one view shows.
    public static let weeksShown = 8

    public internal(set) var rhythm: TalkRhythm?
    public internal(set) var turns: [Turn] = []

    public init() {}

    public func turn(of author: MemberID, week: Day) -> Turn? {
        turns.first { $0.author == author && $0.week == week }
    }

    /// The newest weeks with a turn, newest first.
    public var weeks: [Day] {
        var seen: [Day] = []
        for turn in turns.reversed() where !seen.contains(turn.week) { seen.append(turn.week) }
        return Array(seen.prefix(Self.weeksShown))
    }

    mutating func apply(_ step: TalkEvent, by author: MemberID) {
        switch step {
        case .proposed(let weekday, let time):
            rhythm = TalkRhythm(weekday: weekday, time: time, proposedBy: author, agreed: false)
        case .agreed: rhythm?.agreed = true
        case .stopped: rhythm = nil
        case .turnWritten(let week, let parts): update(author, week) { $0.parts = parts }
        case .turnReady(let week): update(author, week) { _ in }
        case .turnOpened(let week, let parts):
            update(author, week) {
                $0.parts = parts
                $0.opened = true
            }
        case .turnAnswered(let week, let owner, let answer): update(owner, week) { $0.answer = answer }
        }
    }

    private mutating func update(_ author: MemberID, _ week: Day, _ change: (inout Turn) -> Void) {
        if let index = turns.firstIndex(where: { $0.author == author && $0.week == week }) {
            change(&turns[index])
        } else {
            var turn = Turn(week: week, author: author, parts: nil, opened: false, answer: nil)
            change(&turn)
            turns.append(turn)
        }
    }
}
