import Foundation

/// Then and now: how one member's trust in their partner stands in one area, in the three parts
/// trust grows through, in order: predictability (they do what they said, as seen over time),
/// dependability (I can rely on who they are when it matters), faith (I believe they will be
/// there). Each part gets one of five plain answers, never a number; the parts are never added
/// up. Private unless its author shares it.
public struct ThenAndNowAnswer: Sendable, Equatable, Codable {
    /// The three parts, in the order trust grows through them. Raw values are stored.
    public enum Part: String, Sendable, Equatable, Codable, CaseIterable {
        case predictability, dependability, faith
    }

    /// The five plain answers, from least to most. Raw values are stored: never change one.
    public enum Level: String, Sendable, Equatable, Codable, CaseIterable {
        case notYet, rarely, sometimes, mostly, steadily
    }

    public let id: ThenAndNowID
    public let author: MemberID
    public let area: AreaID
    /// The author's day it was answered on; one a calendar month per area.
    public let day: Day
    public let levels: [Part: Level]
    /// A few words, if the author wants them.
    public let words: String?
    public internal(set) var visibility: Visibility
}

/// Then-and-now answers as one viewer's record holds them: their own, and their partner's shared
/// ones.
public struct ThenAndNowState: Sendable, Equatable, Codable {
    public static let maximumWords = 120
    /// The months one view draws: a year.
    public static let months = 12

    public internal(set) var answers: [ThenAndNowAnswer] = []

    public init() {}

    public func answer(_ id: ThenAndNowID) -> ThenAndNowAnswer? { answers.first { $0.id == id } }

    /// `author`'s answers in `area` that `viewer` may see (all their own; a partner's shared
    /// ones), the newest `months` of them, oldest first.
    public func answers(by author: MemberID, in area: AreaID, seenBy viewer: MemberID) -> [ThenAndNowAnswer] {
        answers.newest(Self.months) {
            $0.author == author && $0.area == area && (author == viewer || $0.visibility == .shared)
        }
    }

    /// Whether `author` answered for `area` in the calendar month of `day` already.
    public func answered(by author: MemberID, in area: AreaID, monthOf day: Day) -> Bool {
        let (year, month, _) = day.components
        return answers.contains {
            $0.author == author && $0.area == area && $0.day.components.year == year
                && $0.day.components.month == month
        }
    }

    mutating func record(_ answer: ThenAndNowAnswer) {
        // A second record with the same id is its author sharing it.
        if let index = answers.firstIndex(where: { $0.id == answer.id }) {
            answers[index].visibility = answer.visibility
        } else {
            answers.append(answer)
        }
    }
}
