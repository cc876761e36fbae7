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
    }

    struct Week: Encodable, Equatable {
        let id: String
        let day: String
        let words: String?
        let at: Date

        init(_ week: HardWeek) {
            (id, day, words, at) = (week.id.description, week.day.description, week.words, week.at)
        }
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
