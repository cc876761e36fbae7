import Foundation
import TrellisLanguage

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
                throw .conflict(
                    "switch_unchanged",
                    on ? say("repair.refusal.switchAlreadyOn") : say("repair.refusal.switchAlreadyOff"))
            }
            return event(.switchSet(area: area, on: on))

        case .recordHurt(let id, let area, let what, let help, let visibility):
            try requireActiveArea(area)
            guard repair.trustSwitch(of: actor, in: area)?.isOn != true else {
                throw .conflict("switch_on", say("repair.refusal.switchOn"))
            }
            let whatText = try RepairText.validated(what, field: "what", as: say("repair.field.whatHappened"))
            let helpText = try RepairText.validated(help, field: "help", as: say("repair.field.whatWouldHelp"))
            return event(.hurtRecorded(id: id, area: area, what: whatText, help: helpText), visibility)

        case .shareHurt(let id):
            // A partner's private hurt is not in their fold at all, so it is "not found", never "not yours".
            guard let hurt = repair.hurts.first(where: { $0.id == id && $0.author == actor }) else {
                throw .notFound("hurt")
            }
            guard hurt.visibility == .private else {
                throw .conflict("already_shared", say("repair.refusal.hurtAlreadyShared"))
            }
            return event(.hurtRecorded(id: id, area: hurt.area, what: hurt.what, help: hurt.help))

        case .ask(let id, let area, let kind):
            try requireActiveArea(area)
            try repair.checkCanAsk(kind, by: actor, of: try requirePartner(of: actor), in: area)
            return event(.questionAsked(id: id, area: area, kind: kind))

        case .answer(let id, let text):
            guard let question = repair.questions.first(where: { $0.id == id }) else { throw .notFound("question") }
            guard question.asker != actor else { throw .notYours(say("repair.refusal.ownQuestion")) }
            guard question.answer == nil else {
                throw .conflict("already_answered", say("repair.refusal.alreadyAnswered"))
            }
            return event(
                .questionAnswered(
                    id: id, answer: try RepairText.validated(text, field: "answer", as: say("repair.field.yourAnswer")))
            )

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
                        what, field: "what", as: say("repair.field.whatExactly"), limit: RepairState.maximumActionLength
                    ),
                    cadence: try cadence.validated(from: today),
                    note: try RepairText.optional(note, field: "note", as: say("repair.field.whyItMatters"))))

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
                        what, field: "what", as: say("repair.field.whatExactly"), limit: RepairState.maximumActionLength
                    ),
                    cadence: try cadence.validated(from: today)))

        case .answerReword(let id, let accept):
            let action = try requireAction(id, askedBy: actor)
            guard case .rewordProposed = action.status else {
                throw .conflict("no_reword", say("repair.refusal.noReword"))
            }
            return event(.rewordAnswered(id: id, accepted: accept, since: today))

        case .proposeRetirement(let id):
            guard let action = repair.action(id), action.asker == actor || action.doer == actor else {
                throw .notFound("action")
            }
            guard action.status != .retired else {
                throw .conflict("already_retired", say("repair.refusal.alreadyRetired"))
            }
            if action.asker == actor { return event(.retirementAnswered(id: id, retired: true)) }
            guard action.retirementProposedBy == nil else {
                throw .conflict("retirement_pending", say("repair.refusal.retirementPending"))
            }
            return event(.retirementProposed(id: id))

        case .answerRetirement(let id, let retire):
            let action = try requireAction(id, askedBy: actor)
            guard action.retirementProposedBy != nil else {
                throw .conflict("no_retirement", say("repair.refusal.noRetirement"))
            }
            return event(.retirementAnswered(id: id, retired: retire))

        case .report(let id, let day, let outcome):
            let action = try requireAction(id, doneBy: actor)
            try action.checkReportable(day, today: today, early: outcome == .done)
            guard action.occurrences[day]?.outcome == nil else {
                throw .conflict("already_reported", say("repair.refusal.alreadyReported", ["day": day.spoken]))
            }
            // One state per occurrence: what the partner already saw stands as it is.
            guard action.occurrences[day]?.noticed == nil else {
                throw .conflict("already_noticed", say("repair.refusal.alreadyNoticed", ["day": day.spoken]))
            }
            return event(.occurrenceReported(action: id, day: day, outcome: outcome))

        case .acknowledge(let id, let day, let word):
            let action = try requireAction(id, askedBy: actor)
            guard action.occurrences[day]?.outcome == .done else {
                throw .conflict("not_reported_done", say("repair.refusal.notReportedDone"))
            }
            guard action.occurrences[day]?.acknowledged == nil else {
                throw .conflict("already_acknowledged", say("repair.refusal.alreadyAcknowledged"))
            }
            return event(
                .occurrenceAcknowledged(
                    action: id, day: day,
                    word: try RepairText.optional(word, field: "word", as: say("repair.field.aWord"))))

        case .notice(let id, let day, let word):
            let action = try requireAction(id, askedBy: actor)
            try action.checkReportable(day, today: today, early: false)
            guard action.occurrences[day]?.outcome == nil, action.occurrences[day]?.noticed == nil else {
                throw .conflict("already_recorded", say("repair.refusal.alreadyRecorded", ["day": day.spoken]))
            }
            return event(
                .occurrenceNoticed(
                    action: id, day: day,
                    word: try RepairText.optional(word, field: "word", as: say("repair.field.aWord"))))

        case .withdrawReport(let id, let day):
            try requireAction(id, doneBy: actor).checkWithdrawable(day, now: now)
            return event(.occurrenceWithdrawn(action: id, day: day))

        case .addNote(let id, let day, let text):
            guard let action = repair.action(id), action.asker == actor || action.doer == actor else {
                throw .notFound("action")
            }
            let occurrence = action.occurrences[day]
            guard occurrence?.outcome != nil || occurrence?.noticed != nil else {
                throw .conflict("nothing_to_discuss", say("repair.refusal.nothingToDiscuss", ["day": day.spoken]))
            }
            guard !(occurrence?.notes.isEmpty ?? true) || actor == action.asker else {
                throw .notYours(say("repair.refusal.askerStartsTalk"))
            }
            guard (occurrence?.notes.count ?? 0) < RepairState.notesPerOccurrence else {
                throw .conflict("exchange_full", say("repair.refusal.exchangeFull"))
            }
            return event(
                .occurrenceNote(
                    action: id, day: day,
                    text: try RepairText.validated(text, field: "text", as: say("repair.field.yourNote"))))
        }
    }

    private static var notAwaiting: StepRefusal {
        .conflict("not_awaiting_answer", say("repair.refusal.notAwaiting"))
    }

    private func requireActiveArea(_ id: AreaID) throws(StepRefusal) {
        guard let area = area(id) else { throw .notFound("area") }
        guard !area.isArchived else { throw .conflict("area_archived", say("repair.refusal.areaArchived")) }
    }

    private func requireAction(_ id: ActionID, doneBy actor: MemberID) throws(StepRefusal) -> RepairAction {
        guard let action = repair.action(id), action.asker == actor || action.doer == actor else {
            throw .notFound("action")
        }
        guard action.doer == actor else { throw .notYours(say("repair.refusal.doersStep")) }
        return action
    }

    private func requireAction(_ id: ActionID, askedBy actor: MemberID) throws(StepRefusal) -> RepairAction {
        guard let action = repair.action(id), action.asker == actor || action.doer == actor else {
            throw .notFound("action")
        }
        guard action.asker == actor else { throw .notYours(say("repair.refusal.askersStep")) }
        return action
    }
}
