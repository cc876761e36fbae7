import Foundation
import TrellisLanguage

extension CoupleState {
    /// Decides a check-in or an urge. The actor is already known to be a current member; `today`
    /// is their own day.
    func decideOutOfReach(_ command: OutOfReachCommand, by actor: MemberID, at now: Date, today: Day)
        throws(StepRefusal) -> [PendingEvent]
    {
        func event(_ step: OutOfReachEvent, _ visibility: Visibility) -> [PendingEvent] {
            [PendingEvent(at: now, author: actor, visibility: visibility, payload: .outOfReach(step))]
        }

        switch command {
        case .checkSigns(let id, let levels, let note, let shared):
            guard Set(levels.keys) == Set(Sign.allCases), levels.values.allSatisfy(CheckInsState.levelRange.contains)
            else {
                throw .invalid("levels", say("reach.signs.levelsNeeded"))
            }
            let mine = checkIns.checkIns.filter { $0.author == actor && $0.day == today }
            guard mine.count < CheckInsState.perDay else {
                throw .conflict(
                    "enough_for_today", say("reach.signs.enoughForToday", ["most": Say.number(CheckInsState.perDay)]))
            }
            return event(
                .signsChecked(
                    id: id, day: today, levels: levels,
                    note: try RepairText.optional(
                        note, field: "note", as: say("reach.signs.noteLabel"), limit: CheckInsState.maximumNote)),
                shared ? .shared : .private)

        case .shareCheckIn(let id):
            guard let checkIn = checkIns.checkIn(id), checkIn.author == actor else { throw .notFound("check_in") }
            guard checkIn.visibility == .private else {
                throw .conflict("already_shared", say("reach.signs.alreadyShared"))
            }
            return event(
                .signsChecked(id: id, day: checkIn.day, levels: checkIn.levels, note: checkIn.note), .shared)

        case .logUrge(let id, let kind, let actedOn, let helped, let trigger, let area):
            if let area, self.area(area) == nil { throw .notFound("area") }
            guard urges.urges(of: actor).filter({ $0.day == today }).count < UrgeLog.perDay else {
                throw .conflict(
                    "enough_for_today", say("reach.urges.enoughForToday", ["most": Say.number(UrgeLog.perDay)]))
            }
            return event(
                .urgeLogged(
                    id: id, day: today, kind: kind, actedOn: actedOn,
                    helped: try RepairText.optional(
                        helped, field: "helped", as: say("reach.urges.helpedLabel"), limit: UrgeLog.maximumText),
                    trigger: try RepairText.optional(
                        trigger, field: "trigger", as: say("reach.urges.triggerLabel"), limit: UrgeLog.maximumText),
                    area: area),
                .private)
        }
    }
}
