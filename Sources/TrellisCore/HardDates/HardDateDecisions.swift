import Foundation
import TrellisLanguage

extension CoupleState {
    /// Decides a step with hard dates. The actor is already known to be a current member; `today`
    /// is their own day. Everything is private but telling the partner about a hard week.
    func decideHardDate(_ command: HardDateCommand, by actor: MemberID, at now: Date, today: Day)
        throws(StepRefusal) -> [PendingEvent]
    {
        func event(_ step: HardDateEvent, _ visibility: Visibility = .private) -> [PendingEvent] {
            [PendingEvent(at: now, author: actor, visibility: visibility, payload: .hardDate(step))]
        }
        func mine(_ id: HardDateID) throws(StepRefusal) -> HardDate {
            guard let date = hardDates.date(id), date.author == actor else { throw .notFound("hard_date") }
            return date
        }

        switch command {
        case .add(let id, let what, let day, let yearly):
            guard hardDates.dates.count(where: { $0.author == actor }) < HardDatesState.maximum else {
                throw .conflict(
                    "too_many_hard_dates",
                    say("recent.hardDates.refusal.listFull", count: HardDatesState.maximum))
            }
            let what = try RepairText.validated(
                what, field: "what", as: say("recent.hardDates.add.what"), limit: HardDatesState.maximumWhat)
            guard yearly || day >= today else {
                throw .conflict("day_passed", say("recent.hardDates.refusal.dayPassed"))
            }
            return event(.added(id: id, what: what, day: day, yearly: yearly))

        case .remove(let id):
            _ = try mine(id)
            return event(.removed(id: id))

        case .prepare(let id, let helped, let ask):
            guard let coming = try mine(id).next(from: today) else {
                throw .conflict("day_passed", say("recent.hardDates.refusal.passedForGood"))
            }
            let helped = try RepairText.optional(
                helped, field: "helped", as: say("recent.hardDates.ready.helped"), limit: HardDatesState.maximumWords)
            let ask = try RepairText.optional(
                ask, field: "ask", as: say("recent.hardDates.refusal.askLabel"), limit: HardDatesState.maximumWords)
            guard helped != nil || ask != nil else {
                throw .invalid("helped", say("recent.hardDates.refusal.writeSomething"))
            }
            return event(.prepared(id: id, day: coming, helped: helped, ask: ask))

        case .tell(let id, let week, let words):
            let date = try mine(id)
            _ = try requirePartner(of: actor)
            guard let coming = date.coming(from: today) else {
                throw .conflict("not_this_week", say("recent.hardDates.refusal.notThisWeek"))
            }
            guard hardDates.told(by: actor, for: coming) == nil else {
                throw .conflict("already_told", say("recent.hardDates.refusal.alreadyTold"))
            }
            let words = try RepairText.optional(
                words, field: "words", as: say("recent.hardDates.refusal.wordsLabel"),
                limit: HardDatesState.maximumWords)
            return event(.weekTold(id: week, day: coming, words: words), .shared)
        }
    }
}
