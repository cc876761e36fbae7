import Foundation

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
                throw .invalid("day", "\(day.spoken) is still ahead of you; write about days that have happened.")
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
                .noticed(id: id, day: day, what: try text(what, "what", "What I noticed"), area: area),
                shared ? .shared : .private)

        case .writeJournal(let id, let day, let body):
            try pastOrToday(day)
            guard integrity.journal(of: actor, on: day) == nil else {
                throw .conflict("journal_exists", "You already wrote an entry for \(day). Edit it instead.")
            }
            return event(.journalWritten(id: id, day: day, text: try text(body, "text", "Your entry")), .private)

        case .editJournal(let id, let body):
            guard let entry = integrity.entry(id), entry.author == actor, entry.kind == .journal else {
                throw .notFound("journal_entry")
            }
            return event(.journalEdited(id: id, text: try text(body, "text", "Your entry")), entry.visibility)

        case .slidingDoor(let id, let day, let toward, let what, let area, let shared):
            try pastOrToday(day)
            try knownArea(area)
            return event(
                .slidingDoor(
                    id: id, day: day, toward: toward, what: try text(what, "what", "What happened"), area: area),
                shared ? .shared : .private)

        case .share(let id):
            guard let entry = integrity.entry(id), entry.author == actor else { throw .notFound("entry") }
            guard entry.visibility == .private else { throw .conflict("already_shared", "This is already shared.") }
            switch entry.kind {
            case .noticing: return event(.noticed(id: id, day: entry.day, what: entry.text, area: entry.area), .shared)
            case .journal: return event(.journalWritten(id: id, day: entry.day, text: entry.text), .shared)
            case .slidingDoor(let toward):
                return event(
                    .slidingDoor(id: id, day: entry.day, toward: toward, what: entry.text, area: entry.area), .shared)
            }

        case .giveFeedback(let id, let to, let body):
            guard to != actor else { throw .invalid("to", "Feedback goes to your partner, not to yourself.") }
            // No reply skips the reflection: feedback back comes after naming back what was heard.
            guard !integrity.awaitsReflection(by: actor) else {
                throw .conflict(
                    "reflect_first", "First name back the one true thing in the feedback you received; then give yours."
                )
            }
            guard isMember(to) else { throw .notFound("partner") }
            return event(
                .feedbackGiven(id: id, to: to, text: try text(body, "text", "What you want them to hear")), .shared)

        case .pauseOnFeedback(let id, let seconds):
            let feedback = try received(id, by: actor)
            guard feedback.replyOpensAt == nil else {
                throw .conflict("already_paused", "Your pause has already begun.")
            }
            return event(
                .feedbackPaused(id: id, seconds: min(max(seconds, 0), MemberSettings.pauseRange.upperBound)), .private)

        case .reflect(let id, let body):
            let feedback = try received(id, by: actor)
            switch feedback.stage(at: now) {
            case .toNameBack, .notQuite: break
            case .namedBack, .landed: throw .conflict("already_reflected", "You have named it back already.")
            case .toPause:
                throw .conflict("pause_first", "Pause first: read it, breathe, then find the one true thing in it.")
            case .pausing(let opens):
                let remaining = Int(opens.timeIntervalSince(now).rounded(.up))
                throw .conflict("still_pausing", "Take a little longer. You can reply in \(remaining) seconds.")
            }
            return event(.feedbackReflected(id: id, text: try text(body, "text", "What you hear")), .shared)

        case .markReflection(let id, let landed, let line):
            guard let feedback = integrity.feedback(id) else { throw .notFound("feedback") }
            guard feedback.giver == actor else {
                throw .notYours("Only the partner who gave the feedback answers this.")
            }
            switch feedback.stage(at: now) {
            case .namedBack: break
            case .landed, .notQuite: throw .conflict("already_marked", "You have answered this already.")
            case .toPause, .pausing, .toNameBack: throw .conflict("no_reflection", "Nothing has been named back yet.")
            }
            let trimmed = line?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard landed == false || trimmed.isEmpty else {
                throw .invalid("line", "A line on what you meant goes with \u{201C}not quite\u{201D}.")
            }
            return event(
                .reflectionMarked(
                    id: id, landed: landed, line: trimmed.isEmpty ? nil : try text(trimmed, "line", "What you meant")),
                .shared)
        }
    }

    private func received(_ id: FeedbackID, by actor: MemberID) throws(StepRefusal) -> Feedback {
        guard let feedback = integrity.feedback(id) else { throw .notFound("feedback") }
        guard feedback.receiver == actor else {
            throw .notYours("This feedback was given to your partner, not to you.")
        }
        return feedback
    }
}

extension IntegrityState {
    public static let maximumTextLength = 2000
}
