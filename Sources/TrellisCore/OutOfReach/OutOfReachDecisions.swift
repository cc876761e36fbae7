import Foundation

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
                throw .invalid(
                    "levels", "Give each of the four signs a level from 0 (not at all) to 4 (almost all the time).")
            }
            let mine = checkIns.checkIns.filter { $0.author == actor && $0.day == today }
            guard mine.count < CheckInsState.perDay else {
                throw .conflict(
                    "enough_for_today", "You have checked in \(CheckInsState.perDay) times today; that is plenty.")
            }
            return event(
                .signsChecked(
                    id: id, day: today, levels: levels,
                    note: try RepairText.optional(note, field: "note", as: "A note", limit: CheckInsState.maximumNote)),
                shared ? .shared : .private)

        case .shareCheckIn(let id):
            guard let checkIn = checkIns.checkIn(id), checkIn.author == actor else { throw .notFound("check_in") }
            guard checkIn.visibility == .private else { throw .conflict("already_shared", "This is already shared.") }
            return event(
                .signsChecked(id: id, day: checkIn.day, levels: checkIn.levels, note: checkIn.note), .shared)

        case .logUrge(let id, let kind, let actedOn, let helped, let trigger, let area):
            if let area, self.area(area) == nil { throw .notFound("area") }
            guard urges.urges(of: actor).filter({ $0.day == today }).count < UrgeLog.perDay else {
                throw .conflict(
                    "enough_for_today", "You have noted \(UrgeLog.perDay) urges today; that is the most a day holds.")
            }
            return event(
                .urgeLogged(
                    id: id, day: today, kind: kind, actedOn: actedOn,
                    helped: try RepairText.optional(
                        helped, field: "helped", as: "What helped", limit: UrgeLog.maximumText),
                    trigger: try RepairText.optional(
                        trigger, field: "trigger", as: "What set it off", limit: UrgeLog.maximumText), area: area),
                .private)
        }
    }
}
