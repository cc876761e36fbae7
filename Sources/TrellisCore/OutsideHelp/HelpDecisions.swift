import Foundation
import TrellisLanguage

extension CoupleState {
    /// Decides a step of outside help. The actor is already known to be a current member.
    func decideHelp(_ command: HelpCommand, by actor: MemberID, at now: Date, today: Day) throws(StepRefusal)
        -> [PendingEvent]
    {
        func event(_ step: HelpEvent) -> PendingEvent {
            PendingEvent(at: now, author: actor, visibility: .shared, payload: .help(step))
        }
        /// A consent names at least one part and a review day within the coming year.
        func consent(_ clinician: MemberID, _ parts: Set<HelpScope>, _ until: Day) throws(StepRefusal) -> PendingEvent {
            guard !parts.isEmpty else { throw .invalid("parts", say("reach.consent.choosePart")) }
            guard until > today, until <= today.adding(days: 366) else {
                throw .invalid("until", say("reach.consent.reviewDay"))
            }
            return event(.consentGiven(clinician: clinician, parts: HelpScope.ordered(parts), until: until))
        }
        /// The clinician's invitation still standing.
        func standing(_ clinician: MemberID) throws(StepRefusal) {
            guard let invitation = help.invitation(of: clinician), !invitation.isWithdrawn else {
                throw .notFound("clinician")
            }
        }

        switch command {
        case .invite(let clinician, let raw, let parts, let until):
            guard members.count == 2 else {
                throw .conflict("partner_needed", say("reach.invite.partnerNeeded"))
            }
            guard !isMember(clinician) else { throw .invalid("clinician", say("reach.invite.notOneOfYou")) }
            guard help.invitation(of: clinician).map(\.isWithdrawn) ?? true else {
                throw .conflict("already_invited", say("reach.invite.alreadyAsked"))
            }
            guard help.active.count < OutsideHelpState.maximumActive else {
                throw .conflict(
                    "too_many_clinicians",
                    say("reach.invite.tooMany", ["most": Say.number(OutsideHelpState.maximumActive)]))
            }
            let name = try RepairText.validated(raw, field: "name", as: say("reach.invite.nameLabel"), limit: 100)
            return [event(.clinicianInvited(clinician: clinician, name: name)), try consent(clinician, parts, until)]

        case .consent(let clinician, let parts, let until):
            try standing(clinician)
            return [try consent(clinician, parts, until)]

        case .withdraw(let clinician):
            try standing(clinician)
            return [event(.consentWithdrawn(clinician: clinician))]

        case .recordOperatorExport:
            return [event(.exportedByOperator)]

        case .takeOn(let id, let newID, let area, let cadence):
            return try takeOn(id, as: newID, in: area, cadence: cadence, by: actor, at: now, today: today)

        case .decline(let id):
            _ = try openSuggestion(id)
            return [event(.suggestionAnswered(id: id, accepted: false))]
        }
    }
}
