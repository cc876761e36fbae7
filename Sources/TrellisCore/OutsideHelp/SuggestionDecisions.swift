import Foundation
import TrellisLanguage

extension CoupleState {
    /// A partner takes a clinician's suggestion on: the answer, then the step it becomes, decided
    /// by the usual rules as if the partner had written it (an area full of actions refuses it
    /// the same way, and then nothing is answered).
    func takeOn(
        _ id: SuggestionID, as newID: UUID, in area: AreaID, cadence: Cadence?, by actor: MemberID, at now: Date,
        today: Day
    ) throws(StepRefusal) -> [PendingEvent] {
        let suggestion = try openSuggestion(id)
        guard suggestion.canBeTakenOn(by: actor) else {
            throw .notYours(say("reach.suggestion.askedByOther"))
        }
        let step: [PendingEvent]
        switch suggestion.kind {
        case .clearAction:
            guard let cadence else { throw .invalid("cadence", say("reach.suggestion.chooseCadence")) }
            step = try decideRepair(
                .requestAction(
                    id: ActionID(newID), area: area, what: suggestion.words, cadence: cadence,
                    note: say("reach.suggestion.suggestedBy", ["name": suggestion.name])), by: actor, at: now,
                today: today)
        case .expectation:
            step = try decideExpectation(
                .propose(id: ExpectationID(newID), area: area, words: suggestion.words, promise: false, reviewOn: nil),
                by: actor, at: now, today: today)
        }
        let answer = PendingEvent(
            at: now, author: actor, visibility: .shared, payload: .help(.suggestionAnswered(id: id, accepted: true)))
        return [answer] + step
    }

    /// A suggestion no partner has answered yet.
    func openSuggestion(_ id: SuggestionID) throws(StepRefusal) -> Suggestion {
        guard let suggestion = help.suggestion(id) else { throw .notFound("suggestion") }
        guard suggestion.answer == nil else {
            throw .conflict("already_answered", say("reach.suggestion.alreadyAnswered"))
        }
        return suggestion
    }
}
