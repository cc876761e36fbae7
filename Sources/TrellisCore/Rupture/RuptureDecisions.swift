import Foundation
import TrellisLanguage

extension CoupleState {
    /// Decides a step of rupture and repair. The actor is already known to be a current member.
    func decideRupture(_ command: RuptureCommand, by actor: MemberID, at now: Date) throws(StepRefusal)
        -> [PendingEvent]
    {
        func event(_ step: RuptureEvent, _ visibility: Visibility = .shared) -> [PendingEvent] {
            [PendingEvent(at: now, author: actor, visibility: visibility, payload: .rupture(step))]
        }
        func text(_ raw: String, _ field: String, _ label: String) throws(StepRefusal) -> String {
            try RepairText.validated(raw, field: field, as: label, limit: RupturesState.maximumText)
        }
        /// A shared rupture still open: the only kind repair steps go on.
        func open(_ id: RuptureID) throws(StepRefusal) -> Rupture {
            guard let rupture = ruptures.rupture(id) else { throw .notFound("rupture") }
            guard rupture.visibility == .shared else {
                throw .conflict("rupture_private", say("repair.rupture.refusal.private"))
            }
            guard !rupture.isClosed else { throw .conflict("rupture_closed", say("repair.rupture.refusal.closed")) }
            return rupture
        }

        switch command {
        case .record(let id, let area, let what, let felt, let shared):
            if let area, self.area(area) == nil { throw .notFound("area") }
            let mine = ruptures.ruptures.filter { $0.author == actor && !$0.isClosed }
            guard mine.count < RupturesState.maximumOpen else {
                throw .conflict(
                    "too_many_ruptures", say("repair.rupture.refusal.tooMany", count: RupturesState.maximumOpen))
            }
            return event(
                .recorded(
                    id: id, area: area, what: try text(what, "what", say("repair.field.whatHappened")),
                    felt: try text(felt, "felt", say("repair.field.howItFelt"))),
                shared ? .shared : .private)

        case .share(let id):
            guard let rupture = ruptures.rupture(id), rupture.author == actor else { throw .notFound("rupture") }
            guard rupture.visibility == .private else {
                throw .conflict("already_shared", say("repair.rupture.refusal.alreadyShared"))
            }
            return event(.recorded(id: id, area: rupture.area, what: rupture.what, felt: rupture.felt))

        case .addStep(let id, let step, let kind, let raw, let action, let expectation):
            let rupture = try open(id)
            guard rupture.steps.count < RupturesState.maximumSteps else {
                throw .conflict(
                    "too_many_steps", say("repair.rupture.refusal.tooManySteps", count: RupturesState.maximumSteps))
            }
            if let action, !repair.actions.contains(where: { $0.id == action }) { throw .notFound("action") }
            if let expectation, self.expectations.expectation(expectation) == nil { throw .notFound("expectation") }
            return event(
                .stepAdded(
                    id: id, step: step, kind: kind, text: try text(raw, "text", say("repair.field.inYourWords")),
                    action: action,
                    expectation: expectation))

        case .feelsRepaired(let id, let repaired):
            let rupture = try open(id)
            guard rupture.repairedFor.contains(actor) != repaired else {
                throw .conflict(
                    "already_said",
                    repaired ? say("repair.rupture.refusal.saidAlready") : say("repair.rupture.refusal.notSaidYet"))
            }
            return event(.feelsRepaired(id: id, repaired: repaired))
        }
    }
}
