import Foundation
import TrellisLanguage

extension CoupleState {
    /// Decides a step of the weekly check-in. The actor is already known to be a current member.
    func decideTalk(_ command: TalkCommand, by actor: MemberID, at now: Date, today: Day)
        throws(StepRefusal) -> [PendingEvent]
    {
        func event(_ step: TalkEvent, _ visibility: Visibility = .shared, by author: MemberID? = nil) -> PendingEvent {
            PendingEvent(at: now, author: author ?? actor, visibility: visibility, payload: .talk(step))
        }
        let partner = try requirePartner(of: actor)
        switch command {
        case .propose(let weekday, let time):
            guard Self.isTime(time) else { throw .invalid("time", say("recent.talk.refusal.time")) }
            return [event(.proposed(weekday: weekday, time: time))]

        case .agree:
            guard let rhythm = talk.rhythm, !rhythm.agreed, rhythm.proposedBy == partner else {
                throw .conflict("nothing_to_agree", say("recent.talk.refusal.nothingToAgree"))
            }
            return [event(.agreed)]

        case .stop:
            guard talk.rhythm != nil else { throw .conflict("not_started", say("recent.talk.refusal.notStarted")) }
            return [event(.stopped)]

        case .writeTurn(let parts, let partnerTurn):
            guard talk.rhythm?.agreed == true else {
                throw .conflict("not_agreed", say("recent.talk.refusal.notAgreed"))
            }
            let week = Turn.week(of: today)
            guard talk.turn(of: actor, week: week) == nil else {
                throw .conflict("already_written", say("recent.talk.refusal.alreadyWritten"))
            }
            var written: [Turn.Part: String] = [:]
            for (part, text) in parts {
                written[part] = try RepairText.optional(
                    text, field: part.rawValue, as: say("recent.talk.refusal.partLabel"),
                    limit: WeeklyTalkState.maximumPart)
            }
            guard !written.isEmpty else { throw .invalid("feel", say("recent.talk.refusal.writeOnePart")) }
            let mine = [event(.turnWritten(week: week, parts: written), .private), event(.turnReady(week: week))]
            guard let theirs = talk.turn(of: partner, week: week), !theirs.opened else { return mine }
            // The partner's turn is ready: both open now, in this one append, or not at all.
            guard let partnerTurn else {
                throw .conflict("partner_turn_sealed", say("recent.talk.refusal.partnerTurnSealed"))
            }
            return mine + [
                event(.turnOpened(week: week, parts: partnerTurn), by: partner),
                event(.turnOpened(week: week, parts: written)),
            ]

        case .answer(let week, let answer):
            guard let turn = talk.turn(of: partner, week: week), turn.opened else { throw .notFound("turn") }
            guard turn.answer == nil else {
                throw .conflict("already_answered", say("recent.talk.refusal.alreadyAnswered"))
            }
            return [event(.turnAnswered(week: week, owner: partner, answer: answer))]
        }
    }

    private static func isTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return false }
        return (0...23).contains(hour) && (0...59).contains(minute)
    }
}
