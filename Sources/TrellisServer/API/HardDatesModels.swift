import Foundation
import TrellisCore
import TrellisStore

/// The caller's hard dates, the next to come first, and the hard weeks told between the partners
/// that are still ahead. The partner's hard dates are never in it.
struct HardDatesBody: Encodable, Equatable {
    struct Ready: Encodable, Equatable {
        let helped: String?
        let ask: String?

        init?(_ preparation: HardDate.Preparation?) {
            guard let preparation else { return nil }
            (helped, ask) = (preparation.helped, preparation.ask)
        }

        /// Either may be null; both are always there.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(helped, forKey: .helped)
            try c.encode(ask, forKey: .ask)
        }

        enum CodingKeys: String, CodingKey { case helped, ask }
    }

    struct HardDateBody: Encodable, Equatable {
        let id: String
        let what: String
        let day: String
        let yearly: Bool
        /// When it comes next; null once a day that does not come back has passed.
        let next: String?
        /// Whether today is in the week before it, when getting ready and telling are offered.
        let close: Bool
        let ready: Ready?
        let lastTime: Ready?
        /// Whether the partner was told the week before `next` is hard.
        let told: Bool

        /// `next`, `ready` and `lastTime` are null rather than missing.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(what, forKey: .what)
            try c.encode(day, forKey: .day)
            try c.encode(yearly, forKey: .yearly)
            try c.encode(next, forKey: .next)
            try c.encode(close, forKey: .close)
            try c.encode(ready, forKey: .ready)
            try c.encode(lastTime, forKey: .lastTime)
            try c.encode(told, forKey: .told)
        }

        enum CodingKeys: String, CodingKey { case id, what, day, yearly, next, close, ready, lastTime, told }
    }

    struct Week: Encodable, Equatable {
        let id: String
        let day: String
        let words: String?
        let at: Date

        init(_ week: HardWeek) {
            (id, day, words, at) = (week.id.description, week.day.description, week.words, week.at)
        }

        /// `words` is null rather than missing.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(day, forKey: .day)
            try c.encode(words, forKey: .words)
            try c.encode(at, forKey: .at)
        }

        enum CodingKeys: String, CodingKey { case id, day, words, at }
    }

    let seq: Int64
    let hardDates: [HardDateBody]
    /// What the partner told the caller, still ahead.
    let toldMe: [Week]
    /// What the caller told the partner, still ahead.
    let toldByMe: [Week]

    init(_ state: CoupleState, for account: Account, at now: Date) {
        let today = account.settings.today(at: now)
        let viewer = account.id
        seq = state.seq
        hardDates = state.hardDates.dates(of: viewer, from: today).map { date in
            let next = date.next(from: today)
            return HardDateBody(
                id: date.id.description, what: date.what, day: date.day.description, yearly: date.yearly,
                next: next?.description, close: date.coming(from: today) != nil,
                ready: Ready(next.flatMap(date.preparation(for:))),
                lastTime: Ready(date.lastTime(before: next ?? today)),
                told: next.map { state.hardDates.told(by: viewer, for: $0) != nil } ?? false)
        }
        toldMe =
            state.partner(of: viewer).map { state.hardDates.current(toldBy: $0.id, on: today).map(Week.init) } ?? []
        toldByMe = state.hardDates.current(toldBy: viewer, on: today).map(Week.init)
    }
}
