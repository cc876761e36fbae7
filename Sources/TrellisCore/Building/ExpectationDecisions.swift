import Foundation
import TrellisLanguage

extension CoupleState {
    /// Decides a step in aligning expectations. The actor is already known to be a current
    /// member; `today` is their own day.
    func decideExpectation(_ command: ExpectationCommand, by actor: MemberID, at now: Date, today: Day)
        throws(StepRefusal) -> [PendingEvent]
    {
        func event(_ step: ExpectationEvent) -> [PendingEvent] {
            [PendingEvent(at: now, author: actor, visibility: .shared, payload: .expectation(step))]
        }
        func words(_ raw: String) throws(StepRefusal) -> String {
            try RepairText.validated(
                raw, field: "words", as: say("building.expectations.label.words"), limit: ExpectationsState.maximumWords
            )
        }
        func review(_ day: Day?) throws(StepRefusal) -> Day? {
            if let day, day < today { throw .invalid("reviewOn", say("building.refusal.reviewDayPast")) }
            return day
        }
        func found(_ id: ExpectationID) throws(StepRefusal) -> Expectation {
            guard let expectation = expectations.expectation(id) else { throw .notFound("expectation") }
            return expectation
        }
        /// The proposal the actor answers: the version they name, if it is still the one proposed.
        func answerable(_ expectation: Expectation, _ version: Int) throws(StepRefusal) -> Expectation.Version {
            guard let pending = expectation.pending else {
                throw .conflict("nothing_proposed", say("building.expectations.refusal.nothingProposed"))
            }
            guard pending.number == version else {
                throw .conflict(
                    "stale_version",
                    say("building.expectations.refusal.staleVersion", ["version": Say.number(pending.number)]))
            }
            guard pending.proposedBy != actor else {
                throw .notYours(say("building.expectations.refusal.ownProposal"))
            }
            return pending
        }

        switch command {
        case .propose(let id, let area, let text, let promise, let reviewOn):
            guard partner(of: actor) != nil else {
                throw .conflict("no_partner", say("building.expectations.refusal.noPartner"))
            }
            guard let found = self.area(area) else { throw .notFound("area") }
            guard !found.isArchived else {
                throw .conflict("area_archived", say("building.refusal.areaArchived"))
            }
            guard expectations.expectations.filter({ $0.area == area }).count < ExpectationsState.maximumPerArea else {
                throw .conflict(
                    "too_many_expectations",
                    say("building.expectations.refusal.tooMany", count: ExpectationsState.maximumPerArea))
            }
            return event(
                .proposed(id: id, area: area, words: try words(text), promise: promise, reviewOn: try review(reviewOn)))

        case .reword(let id, let text, let reviewOn):
            let expectation = try found(id)
            if let promiser = expectation.promiser, promiser != actor {
                throw .notYours(say("building.expectations.refusal.promiseNotYours"))
            }
            return event(
                .reworded(
                    id: id, version: expectation.latest.number + 1, words: try words(text),
                    reviewOn: try review(reviewOn)))

        case .agree(let id, let version):
            _ = try answerable(try found(id), version)
            return event(.agreed(id: id, version: version))

        case .decline(let id, let version):
            _ = try answerable(try found(id), version)
            return event(.declined(id: id, version: version))

        case .withdrawConsent(let id):
            guard try found(id).holds else {
                throw .conflict("not_holding", say("building.expectations.refusal.notHolding"))
            }
            return event(.consentWithdrawn(id: id))

        case .disclose(let id, let disclosure, let text):
            let expectation = try found(id)
            guard expectation.promiser == actor else {
                throw .notYours(say("building.expectations.refusal.tellNotYours"))
            }
            guard expectation.holds else {
                throw .conflict("not_holding", say("building.expectations.refusal.promiseNotHolding"))
            }
            return event(
                .disclosed(
                    id: id, disclosure: disclosure,
                    text: try RepairText.validated(
                        text, field: "text", as: say("building.expectations.label.telling"),
                        limit: ExpectationsState.maximumWords)))

        case .thank(let id, let disclosure):
            let expectation = try found(id)
            guard let told = expectation.disclosures.first(where: { $0.id == disclosure }) else {
                throw .notFound("disclosure")
            }
            guard expectation.promiser != actor else {
                throw .notYours(say("building.expectations.refusal.thankNotYours"))
            }
            guard !told.thanked else {
                throw .conflict("already_thanked", say("building.expectations.refusal.alreadyThanked"))
            }
            return event(.thanked(id: id, disclosure: disclosure))
        }
    }
}
