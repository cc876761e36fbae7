import Foundation
import TrellisLanguage

extension CoupleState {
    /// Decides a step with safe behaviours. The actor is already known to be a current member;
    /// `today` is their own day.
    func decideSafeBehaviour(_ command: SafeBehaviourCommand, by actor: MemberID, at now: Date, today: Day)
        throws(StepRefusal) -> [PendingEvent]
    {
        func event(_ step: SafeBehaviourEvent) -> [PendingEvent] {
            [PendingEvent(at: now, author: actor, visibility: .shared, payload: .safeBehaviour(step))]
        }
        func found(_ id: BehaviourID) throws(StepRefusal) -> SafeBehaviour {
            guard let behaviour = safeBehaviours.behaviour(id) else { throw .notFound("safe_behaviour") }
            return behaviour
        }
        func trusters(_ behaviour: SafeBehaviour) throws(StepRefusal) {
            guard behaviour.truster == actor else {
                throw .notYours(say("trust.refusal.behaviour.notTheTruster"))
            }
        }

        switch command {
        case .name(let id, let area, let raw):
            guard partner(of: actor) != nil else {
                throw .conflict("no_partner", say("trust.refusal.behaviour.noPartner"))
            }
            guard let found = self.area(area) else { throw .notFound("area") }
            guard !found.isArchived else {
                throw .conflict("area_archived", say("trust.refusal.behaviour.areaArchived"))
            }
            let named = safeBehaviours.behaviours.filter { $0.truster == actor && $0.area == area && !$0.retired }
            guard named.count < SafeBehavioursState.maximumPerArea else {
                throw .conflict(
                    "too_many_safe_behaviours",
                    say("trust.refusal.behaviour.tooMany", ["number": String(SafeBehavioursState.maximumPerArea)]))
            }
            let what = try RepairText.validated(
                raw, field: "what", as: say("trust.page.whatHelpsLabel"), limit: SafeBehavioursState.maximumLength)
            return event(.named(id: id, area: area, what: what))

        case .retire(let id):
            let behaviour = try found(id)
            try trusters(behaviour)
            guard !behaviour.retired else {
                throw .conflict("already_retired", say("trust.refusal.behaviour.alreadyRetired"))
            }
            return event(.retired(id: id))

        case .happened(let id, let moment, let raw):
            let behaviour = try found(id)
            guard !behaviour.retired else { throw .conflict("already_retired", say("trust.refusal.behaviour.retired")) }
            let word = try raw.flatMap { text throws(StepRefusal) -> String? in
                text.trimmingWhitespace().isEmpty
                    ? nil
                    : try RepairText.validated(
                        text, field: "word", as: say("trust.refusal.label.word"), limit: SafeBehavioursState.maximumWord
                    )
            }
            return event(.happened(id: id, moment: moment, day: today, word: word))

        case .confirm(let id, let moment, let yes):
            let behaviour = try found(id)
            try trusters(behaviour)
            guard let said = behaviour.moments.first(where: { $0.id == moment }), said.claimed else {
                throw .notFound("moment")
            }
            guard said.confirmed == nil else {
                throw .conflict("already_answered", say("trust.refusal.behaviour.alreadyAnswered"))
            }
            return event(.confirmed(id: id, moment: moment, yes: yes))
        }
    }
}
