import Foundation
import TrellisLanguage

extension CoupleState {
    /// Decides a step in giving trust away. The actor is already known to be a current member;
    /// `today` is their own day.
    func decideGrant(_ command: GrantCommand, by actor: MemberID, at now: Date, today: Day) throws(StepRefusal)
        -> [PendingEvent]
    {
        func event(_ step: GrantEvent) -> [PendingEvent] {
            [PendingEvent(at: now, author: actor, visibility: .shared, payload: .grant(step))]
        }
        func text(_ raw: String, _ field: String, _ label: String) throws(StepRefusal) -> String {
            try RepairText.validated(raw, field: field, as: label, limit: GrantsState.maximumLength)
        }

        switch command {
        case .offer(let id, let area, let fear, let what, let stakes, let size, let reviewOn):
            guard partner(of: actor) != nil else {
                throw .conflict("no_partner", say("building.grants.refusal.noPartner"))
            }
            guard let found = self.area(area) else { throw .notFound("area") }
            guard !found.isArchived else {
                throw .conflict("area_archived", say("building.refusal.areaArchived"))
            }
            if let fear {
                guard let told = fears.fear(fear), told.author == actor, told.visibility == .shared, told.area == area
                else { throw .notFound("fear") }
            }
            if let reviewOn, reviewOn < today {
                throw .invalid("reviewOn", say("building.refusal.reviewDayPast"))
            }
            let open = grants.grants.filter { $0.granter == actor && $0.isOpen }
            guard open.count < GrantsState.maximumOpen else {
                throw .conflict(
                    "too_many_grants", say("building.grants.refusal.tooMany", count: GrantsState.maximumOpen))
            }
            return event(
                .offered(
                    id: id, area: area, fear: fear, what: try text(what, "what", say("building.grants.label.what")),
                    stakes: try text(stakes, "stakes", say("building.grants.label.stakes")),
                    size: size, reviewOn: reviewOn))

        case .answer(let id, let accept):
            let grant = try grantFor(id)
            guard grant.grantee == actor else { throw .notYours(say("building.grants.refusal.answerNotYours")) }
            guard grant.status == .offered else {
                throw .conflict("already_answered", say("building.grants.refusal.alreadyAnswered"))
            }
            return event(.answered(id: id, accepted: accept))

        case .withdraw(let id):
            let grant = try grantFor(id)
            guard grant.granter == actor else { throw .notYours(say("building.grants.refusal.withdrawNotYours")) }
            guard [.offered, .accepted].contains(grant.status) else {
                throw .conflict("not_open", say("building.grants.refusal.notOpen"))
            }
            return event(.withdrawn(id: id))

        case .recordUse(let id, let body):
            let grant = try grantFor(id)
            guard grant.grantee == actor else { throw .notYours(say("building.grants.refusal.useNotYours")) }
            guard grant.status == .accepted else {
                throw .conflict("not_accepted", say("building.grants.refusal.notAccepted"))
            }
            return event(.used(id: id, text: try text(body, "text", say("building.grants.label.used"))))

        case .review(let id, let honoured, let why):
            let grant = try grantFor(id)
            guard grant.granter == actor else { throw .notYours(say("building.grants.refusal.reviewNotYours")) }
            guard grant.status == .accepted, grant.used != nil else {
                throw .conflict("nothing_to_review", say("building.grants.refusal.nothingToReview"))
            }
            guard grant.honoured == nil else {
                throw .conflict("already_reviewed", say("building.grants.refusal.alreadyReviewed"))
            }
            let reason = try RepairText.optional(why, field: "why", as: say("building.grants.label.hurt"))
            guard honoured || reason != nil else {
                throw .invalid("why", say("building.grants.refusal.sayWhatHurt"))
            }
            return event(.reviewed(id: id, honoured: honoured, why: honoured ? nil : reason))
        }
    }

    private func grantFor(_ id: GrantID) throws(StepRefusal) -> TrustGrant {
        guard let grant = grants.grant(id) else { throw .notFound("grant") }
        return grant
    }
}
