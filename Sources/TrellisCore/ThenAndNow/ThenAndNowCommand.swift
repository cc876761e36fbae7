import Foundation
import TrellisLanguage

/// What a member does with then and now, on their own day (`today` comes with the couple command).
public enum ThenAndNowCommand: Sendable, Equatable {
    /// Answer the three questions for an area where my switch is on; private unless `shared`.
    case answer(
        id: ThenAndNowID, area: AreaID, levels: [ThenAndNowAnswer.Part: ThenAndNowAnswer.Level], words: String?,
        shared: Bool)
    /// Share one of my answers with my partner.
    case share(id: ThenAndNowID)
}

extension CoupleState {
    /// Decides a then-and-now step. The actor is already known to be a current member.
    func decideThenAndNow(_ command: ThenAndNowCommand, by actor: MemberID, at now: Date, today: Day)
        throws(StepRefusal) -> [PendingEvent]
    {
        func event(_ step: ThenAndNowEvent, _ visibility: Visibility) -> [PendingEvent] {
            [PendingEvent(at: now, author: actor, visibility: visibility, payload: .thenAndNow(step))]
        }
        switch command {
        case .answer(let id, let area, let levels, let words, let shared):
            guard let found = self.area(area), !found.isArchived else { throw .notFound("area") }
            guard repair.trustSwitch(of: actor, in: area)?.isOn == true else {
                throw .conflict(
                    "switch_not_on",
                    say("recent.thenAndNow.refusal.switchNotOn"))
            }
            guard Set(levels.keys) == Set(ThenAndNowAnswer.Part.allCases) else {
                throw .invalid("levels", say("recent.thenAndNow.refusal.answerEach"))
            }
            guard !thenAndNow.answered(by: actor, in: area, monthOf: today) else {
                throw .conflict("once_a_month", say("recent.thenAndNow.refusal.onceAMonth", ["area": found.name]))
            }
            let words = try RepairText.optional(
                words, field: "words", as: say("recent.thenAndNow.refusal.wordsLabel"),
                limit: ThenAndNowState.maximumWords)
            return event(
                .answered(id: id, area: area, day: today, levels: levels, words: words), shared ? .shared : .private)

        case .share(let id):
            guard let answer = thenAndNow.answer(id), answer.author == actor else { throw .notFound("answer") }
            guard answer.visibility == .private else {
                throw .conflict("already_shared", say("recent.thenAndNow.refusal.alreadyShared"))
            }
            return event(
                .answered(id: id, area: answer.area, day: answer.day, levels: answer.levels, words: answer.words),
                .shared)
        }
    }
}
