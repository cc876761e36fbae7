import Foundation

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
                throw .conflict("no_partner", "Trust is given to a partner; invite yours first.")
            }
            guard let found = self.area(area) else { throw .notFound("area") }
            guard !found.isArchived else {
                throw .conflict("area_archived", "This area is archived; restore it first.")
            }
            if let fear {
                guard let told = fears.fear(fear), told.author == actor, told.visibility == .shared, told.area == area
                else { throw .notFound("fear") }
            }
            if let reviewOn, reviewOn < today {
                throw .invalid("reviewOn", "Choose a review day from today on.")
            }
            let open = grants.grants.filter { $0.granter == actor && $0.isOpen }
            guard open.count < GrantsState.maximumOpen else {
                throw .conflict(
                    "too_many_grants", "You have \(GrantsState.maximumOpen) grants open; withdraw one first.")
            }
            return event(
                .offered(
                    id: id, area: area, fear: fear, what: try text(what, "what", "What they may now do"),
                    stakes: try text(stakes, "stakes", "What is at stake for you"),
                    size: size, reviewOn: reviewOn))

        case .answer(let id, let accept):
            let grant = try grantFor(id)
            guard grant.grantee == actor else { throw .notYours("Your partner answers the trust you give.") }
            guard grant.status == .offered else {
                throw .conflict("already_answered", "This grant is answered already.")
            }
            return event(.answered(id: id, accepted: accept))

        case .withdraw(let id):
            let grant = try grantFor(id)
            guard grant.granter == actor else { throw .notYours("Only the one who gave it can take it back.") }
            guard [.offered, .accepted].contains(grant.status) else {
                throw .conflict("not_open", "This grant no longer holds.")
            }
            return event(.withdrawn(id: id))

        case .recordUse(let id, let body):
            let grant = try grantFor(id)
            guard grant.grantee == actor else { throw .notYours("Your partner says what they did with it.") }
            guard grant.status == .accepted else { throw .conflict("not_accepted", "Only an accepted grant is used.") }
            return event(.used(id: id, text: try text(body, "text", "What you did with it")))

        case .review(let id, let honoured, let why):
            let grant = try grantFor(id)
            guard grant.granter == actor else { throw .notYours("The one who gave it says how it went.") }
            guard grant.status == .accepted, grant.used != nil else {
                throw .conflict("nothing_to_review", "Your partner has not said what they did with it yet.")
            }
            guard grant.honoured == nil else { throw .conflict("already_reviewed", "You have said how it went.") }
            let reason = try RepairText.optional(why, field: "why", as: "What hurt")
            guard honoured || reason != nil else {
                throw .invalid("why", "Say what hurt; it is how your partner can understand.")
            }
            return event(.reviewed(id: id, honoured: honoured, why: honoured ? nil : reason))
        }
    }

    private func grantFor(_ id: GrantID) throws(StepRefusal) -> TrustGrant {
        guard let grant = grants.grant(id) else { throw .notFound("grant") }
        return grant
    }
}
