import Foundation
import TrellisLanguage

extension CoupleState {
    /// Decides a step with core fears. The actor is already known to be a current member.
    func decideFear(_ command: FearCommand, by actor: MemberID, at now: Date) throws(StepRefusal)
        -> [PendingEvent]
    {
        func event(_ step: FearEvent, _ visibility: Visibility, by author: MemberID? = nil) -> PendingEvent {
            PendingEvent(at: now, author: author ?? actor, visibility: visibility, payload: .fears(step))
        }
        func revealed(_ fear: CoreFear) -> PendingEvent {
            event(.fearWritten(id: fear.id, area: fear.area, what: fear.what, why: fear.why), .shared, by: fear.author)
        }

        switch command {
        case .writeFear(let id, let area, let what, let why):
            try requireOpenArea(area)
            guard fears.fears(of: actor, in: area).count < FearsState.maximumPerArea else {
                throw .conflict(
                    "too_many_fears",
                    say("building.fears.refusal.tooMany", count: FearsState.maximumPerArea))
            }
            return [
                event(
                    .fearWritten(
                        id: id, area: area,
                        what: try RepairText.validated(what, field: "what", as: say("building.fears.label.what")),
                        why: try RepairText.validated(why, field: "why", as: say("building.fears.label.why"))), .private
                )
            ]

        case .editFear(let id, let what, let why):
            _ = try ownPrivateFear(id, of: actor)
            return [
                event(
                    .fearEdited(
                        id: id,
                        what: try RepairText.validated(what, field: "what", as: say("building.fears.label.what")),
                        why: try RepairText.validated(why, field: "why", as: say("building.fears.label.why"))), .private
                )
            ]

        case .withdrawFear(let id):
            let fear = try ownPrivateFear(id, of: actor)
            let others = fears.fears(of: actor, in: fear.area).filter { $0.id != id }
            guard !fears.isReady(actor, in: fear.area) || !others.isEmpty else {
                throw .conflict(
                    "waiting_to_reveal",
                    say("building.fears.refusal.keepOne"))
            }
            return [event(.fearWithdrawn(id: id), .private)]

        case .shareFear(let id):
            return [revealed(try ownPrivateFear(id, of: actor))]

        case .revealTogether(let area, let partnerFears):
            try requireOpenArea(area)
            guard !fears.fears(of: actor, in: area).isEmpty else {
                throw .conflict("no_fears_yet", say("building.fears.refusal.noFearsYet"))
            }
            guard !fears.isReady(actor, in: area) else {
                throw .conflict("already_waiting", say("building.fears.refusal.alreadyWaiting"))
            }
            // Together needs two: readiness before the partner joined would have nobody to keep
            // the fears for (see the server's PartnerHeld).
            let partner = try requirePartner(of: actor)
            let ready = event(.fearsReady(area: area), .shared)
            guard fears.isReady(partner, in: area) else { return [ready] }
            // Both are ready: both partners' private fears here open in this one append.
            let mine = fears.fears(of: actor, in: area).filter { $0.visibility == .private }
            let theirs = partnerFears.filter { $0.author == partner && $0.area == area && $0.visibility == .private }
            return [ready] + (mine + theirs).map(revealed)

        case .answerFear(let id, let line):
            guard let fear = fears.fear(id), fear.visibility == .shared else { throw .notFound("fear") }
            guard fear.author != actor else { throw .notYours(say("building.fears.refusal.answerNotYours")) }
            guard fear.answer == nil else {
                throw .conflict("already_answered", say("building.fears.refusal.alreadyAnswered"))
            }
            return [
                event(
                    .fearAnswered(
                        id: id,
                        line: try RepairText.validated(
                            line, field: "line", as: say("building.fears.label.line"),
                            limit: FearsState.maximumAnswerLength)),
                    .shared)
            ]
        }
    }

    private func ownPrivateFear(_ id: FearID, of actor: MemberID) throws(StepRefusal) -> CoreFear {
        guard let fear = fears.fear(id), fear.author == actor else { throw .notFound("fear") }
        guard fear.visibility == .private else {
            throw .conflict("already_shared", say("building.fears.refusal.alreadyShared"))
        }
        return fear
    }

    private func requireOpenArea(_ id: AreaID) throws(StepRefusal) {
        guard let area = area(id) else { throw .notFound("area") }
        guard !area.isArchived else { throw .conflict("area_archived", say("building.refusal.areaArchived")) }
    }
}
