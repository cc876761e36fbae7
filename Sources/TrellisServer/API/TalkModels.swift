import Foundation
import TrellisCore
import TrellisStore

/// The weekly check-in as the caller may see it: the day and time, this week, and the newest
/// weeks' turns. The partner's words are in it only once both turns of their week are open.
struct TalkBody: Encodable, Equatable {
    struct Rhythm: Encodable, Equatable {
        let weekday: String
        let time: String
        let proposedByMe: Bool
        let agreed: Bool
    }

    struct TurnBody: Encodable, Equatable {
        /// The words, by part: the caller's own always, the partner's once open; else null.
        let parts: [String: String]?
        let opened: Bool
        let answer: String?

        init?(_ turn: Turn?) {
            guard let turn else { return nil }
            parts = turn.parts.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.key.rawValue, $0.value) }) }
            opened = turn.opened
            answer = turn.answer?.rawValue
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(parts, forKey: .parts)
            try c.encode(opened, forKey: .opened)
            try c.encode(answer, forKey: .answer)
        }

        enum CodingKeys: String, CodingKey { case parts, opened, answer }
    }

    struct Week: Encodable, Equatable {
        let week: String
        let mine: TurnBody?
        let partners: TurnBody?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(week, forKey: .week)
            try c.encode(mine, forKey: .mine)
            try c.encode(partners, forKey: .partners)
        }

        enum CodingKeys: String, CodingKey { case week, mine, partners }
    }

    let seq: Int64
    let rhythm: Rhythm?
    /// The Monday of the caller's week now.
    let thisWeek: String
    let weeks: [Week]

    init(_ state: CoupleState, for account: Account, at now: Date) {
        let viewer = account.id
        let partner = state.partner(of: viewer)?.id
        seq = state.seq
        rhythm = state.talk.rhythm.map {
            Rhythm(
                weekday: $0.weekday.name.lowercased(), time: $0.time, proposedByMe: $0.proposedBy == viewer,
                agreed: $0.agreed)
        }
        let thisWeek = Turn.week(of: account.settings.today(at: now))
        self.thisWeek = thisWeek.description
        let weeks = state.talk.weeks.contains(thisWeek) ? state.talk.weeks : [thisWeek] + state.talk.weeks
        self.weeks = weeks.prefix(WeeklyTalkState.weeksShown).map { week in
            Week(
                week: week.description, mine: TurnBody(state.talk.turn(of: viewer, week: week)),
                partners: TurnBody(partner.flatMap { state.talk.turn(of: $0, week: week) }))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(seq, forKey: .seq)
        try c.encode(rhythm, forKey: .rhythm)
        try c.encode(thisWeek, forKey: .thisWeek)
        try c.encode(weeks, forKey: .weeks)
    }

    enum CodingKeys: String, CodingKey { case seq, rhythm, thisWeek, weeks }
}
