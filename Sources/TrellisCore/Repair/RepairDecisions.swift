import Foundation

extension CoupleState {
    /// Decides a repair step. The actor is already known to be a current member; `today` is their
    /// own day, in their time zone.
    func decideRepair(_ command: RepairCommand, by actor: MemberID, at now: Date, today: Day) throws(StepRefusal)
        -> [PendingEvent]
    {
        func event(_ repair: RepairEvent, _ visibility: Visibility = .shared) -> [PendingEvent] {
            [PendingEvent(at: now, author: actor, visibility: visibility, payload: .repair(repair))]
        }

        switch command {
        case .setSwitch(let area, let on):
            try requireActiveArea(area)
            guard repair.trustSwitch(of: actor, in: area)?.isOn != on else {
                throw .conflict("switch_unchanged", "Your switch for this area is already \(on ? "on" : "off").")
            }
            return event(.switchSet(area: area, on: on))

        case .recordHurt(let id, let area, let what, let help, let visibility):
            try requireActiveArea(area)
            guard repair.trustSwitch(of: actor, in: area)?.isOn != true else {
                throw .conflict("switch_on", "Your switch for this area is on. A hurt goes with a switch that is off.")
            }
            let whatText = try RepairText.validated(what, field: "what", as: "What happened")
            let helpText = try RepairText.validated(help, field: "help", as: "What would help repair it")
            return event(.hurtRecorded(id: id, area: area, what: whatText, help: helpText), visibility)

        case .shareHurt(let id):
            // A partner's private hurt is not in their fold at all, so it is "not found", never "not yours".
            guard let hurt = repair.hurts.first(where: { $0.id == id && $0.author == actor }) else {
                throw .notFound("hurt")
            }
            guard hurt.visibility == .private else { throw .conflict("already_shared", "This hurt is already shared.") }
            return event(.hurtRecorded(id: id, area: hurt.area, what: hurt.what, help: hurt.help))

        case .ask(let id, let area, let kind):
            try requireActiveArea(area)
            try repair.checkCanAsk(kind, by: actor, of: try requirePartner(of: actor), in: area)
            return event(.questionAsked(id: id, area: area, kind: kind))

        case .answer(let id, let text):
            guard let question = repair.questions.first(where: { $0.id == id }) else { throw .notFound("question") }
            guard question.asker != actor else { throw .notYours("Your partner answers the question you asked.") }
            guard question.answer == nil else { throw .conflict("already_answered", "You have answered this already.") }
            return event(
                .questionAnswered(id: id, answer: try RepairText.validated(text, field: "answer", as: "Your answer")))

        case .requestAction(let id, let area, let what, let cadence, let note):
            try requireActiveArea(area)
            let partner = try requirePartner(of: actor)
            guard repair.liveActions(askedBy: actor).count < RepairState.actionsPerDirection else {
                throw .tooManyActions
            }
            return event(
                .actionRequested(
                    id: id, area: area, doer: partner,
                    what: try RepairText.validated(
                        what, field: "what", as: "What, exactly", limit: RepairState.maximumActionLength),
                    cadence: try cadence.validated(from: today),
                    note: try RepairText.optional(note, field: "note", as: "Why it matters to you")))

        case .acceptAction(let id):
            let action = try requireAction(id, doneBy: actor)
            guard action.status == .requested else { throw Self.notAwaiting }
            return event(.actionAccepted(id: id, since: today))

        case .proposeReword(let id, let what, let cadence):
            let action = try requireAction(id, doneBy: actor)
            guard action.status == .requested else { throw Self.notAwaiting }
            return event(
                .rewordProposed(
                    id: id,
                    what: try RepairText.validated(
                        what, field: "what", as: "What, exactly", limit: RepairState.maximumActionLength),
                    cadence: try cadence.validated(from: today)))

        case .answerReword(let id, let accept):
            let action = try requireAction(id, askedBy: actor)
            guard case .rewordProposed = action.status else {
                throw .conflict("no_reword", "There are no new words to answer for this action.")
            }
            return event(.rewordAnswered(id: id, accepted: accept, since: today))

        case .proposeRetirement(let id):
            guard let action = repair.action(id), action.asker == actor || action.doer == actor else {
                throw .notFound("action")
            }
            guard action.status != .retired else {
                throw .conflict("already_retired", "This action is already retired.")
            }
            if action.asker == actor { return event(.retirementAnswered(id: id, retired: true)) }
            guard action.retirementProposedBy == nil else {
                throw .conflict("retirement_pending", "You have already proposed retiring this action.")
            }
            return event(.retirementProposed(id: id))

        case .answerRetirement(let id, let retire):
            let action = try requireAction(id, askedBy: actor)
            guard action.retirementProposedBy != nil else {
                throw .conflict("no_retirement", "Nobody has proposed retiring this action.")
            }
            return event(.retirementAnswered(id: id, retired: retire))

        case .report(let id, let day, let outcome):
            let action = try requireAction(id, doneBy: actor)
            try action.checkReportable(day, today: today, early: outcome == .done)
            guard action.occurrences[day]?.outcome == nil else {
                throw .conflict("already_reported", "You have already reported \(day) for this action.")
            }
            // One state per occurrence: what the partner already saw stands as it is.
            guard action.occurrences[day]?.noticed == nil else {
                throw .conflict("already_noticed", "Your partner already recorded noticing \(day).")
            }
            return event(.occurrenceReported(action: id, day: day, outcome: outcome))

        case .acknowledge(let id, let day, let word):
            let action = try requireAction(id, askedBy: actor)
            guard action.occurrences[day]?.outcome == .done else {
                throw .conflict("not_reported_done", "Only an occurrence reported as done can be acknowledged.")
            }
            guard action.occurrences[day]?.acknowledged == nil else {
                throw .conflict("already_acknowledged", "You have already said you noticed this one.")
            }
            return event(
                .occurrenceAcknowledged(
                    action: id, day: day, word: try RepairText.optional(word, field: "word", as: "A word")))

        case .notice(let id, let day, let word):
            let action = try requireAction(id, askedBy: actor)
            try action.checkReportable(day, today: today, early: false)
            guard action.occurrences[day]?.outcome == nil, action.occurrences[day]?.noticed == nil else {
                throw .conflict("already_recorded", "Something is already recorded for \(day).")
            }
            return event(
                .occurrenceNoticed(
                    action: id, day: day, word: try RepairText.optional(word, field: "word", as: "A word")))

        case .withdrawReport(let id, let day):
            try requireAction(id, doneBy: actor).checkWithdrawable(day, now: now)
            return event(.occurrenceWithdrawn(action: id, day: day))

        case .addNote(let id, let day, let text):
            guard let action = repair.action(id), action.asker == actor || action.doer == actor else {
                throw .notFound("action")
            }
            let occurrence = action.occurrences[day]
            guard occurrence?.outcome != nil || occurrence?.noticed != nil else {
                throw .conflict("nothing_to_discuss", "There is no report for \(day) to talk about yet.")
            }
            guard !(occurrence?.notes.isEmpty ?? true) || actor == action.asker else {
                throw .notYours("Your partner starts this conversation, if they want to.")
            }
            guard (occurrence?.notes.count ?? 0) < RepairState.notesPerOccurrence else {
                throw .conflict("exchange_full", "This exchange is long enough; talk it through together.")
            }
            return event(
                .occurrenceNote(
                    action: id, day: day, text: try RepairText.validated(text, field: "text", as: "Your note")))
        }
    }

    private static let notAwaiting = StepRefusal.conflict(
        "not_awaiting_answer", "This action is not waiting for your answer.")

    private func requireActiveArea(_ id: AreaID) throws(StepRefusal) {
        guard let area = area(id) else { throw .notFound("area") }
        guard !area.isArchived else { throw .conflict("area_archived", "That area is archived; restore it first.") }
    }

    private func requireAction(_ id: ActionID, doneBy actor: MemberID) throws(StepRefusal) -> RepairAction {
        guard let action = repair.action(id), action.asker == actor || action.doer == actor else {
            throw .notFound("action")
        }
        guard action.doer == actor else { throw .notYours("This step belongs to the partner doing the action.") }
        return action
    }

    private func requireAction(_ id: ActionID, askedBy actor: MemberID) throws(StepRefusal) -> RepairAction {
        guard let action = repair.action(id), action.asker == actor || action.doer == actor else {
            throw .notFound("action")
        }
        guard action.asker == actor else { throw .notYours("This step belongs to the partner who asked.") }
        return action
    }
}
