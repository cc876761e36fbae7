import Foundation

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
                    "Your list holds \(HardDatesState.maximum) days; take one off to add another.")
            }
            let what = try RepairText.validated(
                what, field: "what", as: "What the day is", limit: HardDatesState.maximumWhat)
            guard yearly || day >= today else {
                throw .conflict("day_passed", "That day has passed. If it comes back every year, say so.")
            }
            return event(.added(id: id, what: what, day: day, yearly: yearly))

        case .remove(let id):
            _ = try mine(id)
            return event(.removed(id: id))

        case .prepare(let id, let helped, let ask):
            guard let coming = try mine(id).next(from: today) else {
                throw .conflict("day_passed", "This day has passed and does not come back.")
            }
            let helped = try RepairText.optional(
                helped, field: "helped", as: "What helps", limit: HardDatesState.maximumWords)
            let ask = try RepairText.optional(
                ask, field: "ask", as: "What you might ask for", limit: HardDatesState.maximumWords)
            guard helped != nil || ask != nil else {
                throw .invalid("helped", "Write what helps, or what you might ask for, or both.")
            }
            return event(.prepared(id: id, day: coming, helped: helped, ask: ask))

        case .tell(let id, let week, let words):
            let date = try mine(id)
            _ = try requirePartner(of: actor)
            guard let coming = date.coming(from: today) else {
                throw .conflict("not_this_week", "You can tell your partner in the week before the day.")
            }
            guard hardDates.told(by: actor, for: coming) == nil else {
                throw .conflict("already_told", "Your partner knows this week is hard for you already.")
            }
            let words = try RepairText.optional(
                words, field: "words", as: "What you want to say", limit: HardDatesState.maximumWords)
            return event(.weekTold(id: week, day: coming, words: words), .shared)
        }
    }
}
