import Foundation
import TrellisLanguage

extension CoupleState {
    /// Decides a practice step. The actor is already known to be a current member; `today` is
    /// their own day, in their time zone.
    func decideIntegrity(_ command: IntegrityCommand, by actor: MemberID, at now: Date, today: Day)
        throws(StepRefusal) -> [PendingEvent]
    {
        func event(_ step: IntegrityEvent, _ visibility: Visibility) -> [PendingEvent] {
            [PendingEvent(at: now, author: actor, visibility: visibility, payload: .integrity(step))]
        }
        func text(_ raw: String, _ field: String, _ label: String) throws(StepRefusal) -> String {
            try RepairText.validated(raw, field: field, as: label, limit: IntegrityState.maximumTextLength)
        }
        func pastOrToday(_ day: Day) throws(StepRefusal) {
            guard day <= today else {
                throw .invalid("day", say("trust.refusal.dayAhead", ["day": day.spoken]))
            }
        }
        func knownArea(_ area: AreaID?) throws(StepRefusal) {
            guard let area else { return }
            guard self.area(area) != nil else { throw .notFound("area") }
        }

        switch command {
        case .notice(let id, let day, let what, let area, let shared):
            try pastOrToday(day)
            try knownArea(area)
            return event(
                .noticed(
                    id: id, day: day, what: try text(what, "what", say("trust.integrity.noticing.whatLabel")),
                    area: area),
                shared ? .shared : .private)

        case .writeJournal(let id, let day, let body):
            try pastOrToday(day)
            guard integrity.journal(of: actor, on: day) == nil else {
                throw .conflict(
                    "journal_exists", say("trust.refusal.journalExists", ["day": day.spoken]))
            }
            return event(
                .journalWritten(id: id, day: day, text: try text(body, "text", say("trust.refusal.label.entry"))),
                .private)

        case .editJournal(let id, let body):
            guard let entry = integrity.entry(id), entry.author == actor, entry.kind == .journal else {
                throw .notFound("journal_entry")
            }
            return event(
                .journalEdited(id: id, text: try text(body, "text", say("trust.refusal.label.entry"))), entry.visibility
            )

        case .slidingDoor(let id, let day, let toward, let what, let area, let shared):
            try pastOrToday(day)
            try knownArea(area)
            return event(
                .slidingDoor(
                    id: id, day: day, toward: toward,
                    what: try text(what, "what", say("trust.integrity.slidingDoor.whatLabel")), area: area),
                shared ? .shared : .private)

        case .share(let id):
            guard let entry = integrity.entry(id), entry.author == actor else { throw .notFound("entry") }
            guard entry.visibility == .private else {
                throw .conflict("already_shared", say("trust.refusal.alreadyShared"))
            }
            switch entry.kind {
            case .noticing: return event(.noticed(id: id, day: entry.day, what: entry.text, area: entry.area), .shared)
            case .journal: return event(.journalWritten(id: id, day: entry.day, text: entry.text), .shared)
            case .slidingDoor(let toward):
                return event(
                    .slidingDoor(id: id, day: entry.day, toward: toward, what: entry.text, area: entry.area), .shared)
            }

        case .giveFeedback(let id, let to, let body):
            guard to != actor else { throw .invalid("to", say("trust.refusal.feedbackToYourself")) }
            // No reply skips the reflection: feedback back comes after naming back what was heard.
            guard !integrity.awaitsReflection(by: actor) else {
                throw .conflict("reflect_first", say("trust.refusal.reflectFirst"))
            }
            guard isMember(to) else { throw .notFound("partner") }
            return event(
                .feedbackGiven(id: id, to: to, text: try text(body, "text", say("trust.refusal.label.feedback"))),
                .shared)

        case .pauseOnFeedback(let id, let seconds):
            let feedback = try received(id, by: actor)
            guard feedback.replyOpensAt == nil else {
                throw .conflict("already_paused", say("trust.refusal.alreadyPaused"))
            }
            return event(
                .feedbackPaused(id: id, seconds: min(max(seconds, 0), MemberSettings.pauseRange.upperBound)), .private)

        case .reflect(let id, let body):
            let feedback = try received(id, by: actor)
            switch feedback.stage(at: now) {
            case .toNameBack, .notQuite: break
            case .namedBack, .landed: throw .conflict("already_reflected", say("trust.refusal.alreadyReflected"))
            case .toPause:
                throw .conflict("pause_first", say("trust.refusal.pauseFirst"))
            case .pausing(let opens):
                let remaining = Int(opens.timeIntervalSince(now).rounded(.up))
                throw .conflict("still_pausing", say("trust.refusal.stillPausing", count: remaining))
            }
            return event(
                .feedbackReflected(id: id, text: try text(body, "text", say("trust.refusal.label.reflection"))), .shared
            )

        case .markReflection(let id, let landed, let line):
            guard let feedback = integrity.feedback(id) else { throw .notFound("feedback") }
            guard feedback.giver == actor else {
                throw .notYours(say("trust.refusal.notTheGiver"))
            }
            switch feedback.stage(at: now) {
            case .namedBack: break
            case .landed, .notQuite: throw .conflict("already_marked", say("trust.refusal.alreadyMarked"))
            case .toPause, .pausing, .toNameBack: throw .conflict("no_reflection", say("trust.refusal.noReflection"))
            }
            let trimmed = line?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard landed == false || trimmed.isEmpty else {
                throw .invalid("line", say("trust.refusal.lineOnlyWithNotQuite"))
            }
            return event(
                .reflectionMarked(
                    id: id, landed: landed,
                    line: trimmed.isEmpty ? nil : try text(trimmed, "line", say("trust.refusal.label.meant"))),
                .shared)
        }
    }

    private func received(_ id: FeedbackID, by actor: MemberID) throws(StepRefusal) -> Feedback {
        guard let feedback = integrity.feedback(id) else { throw .notFound("feedback") }
        guard feedback.receiver == actor else {
            throw .notYours(say("trust.refusal.notTheReceiver"))
        }
        return feedback
    }
}

extension IntegrityState {
    public static let maximumTextLength = 2000
}
