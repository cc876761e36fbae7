import Foundation

/// What a clinician asks of a couple's record. Nothing else is open to them: they read, and they
/// leave notes, only while both partners consent.
public enum ClinicianCommand: Sendable, Equatable {
    /// Read the parts open today; the read itself is written to the couple's access log.
    case read
    case note(id: UUID, text: String)
}

extension CoupleState {
    /// Decides a clinician's step. Anyone without both partners' consent today, a partner
    /// included, is told only that there is nothing here.
    func decideClinician(_ command: ClinicianCommand, by clinician: MemberID, at now: Date, today: Day)
        throws(StepRefusal) -> [PendingEvent]
    {
        guard !isMember(clinician),
            let access = help.access(for: clinician, members: members.map(\.id), on: today)
        else { throw .notFound("couple") }
        let step: HelpEvent =
            switch command {
            case .read: .viewed(parts: HelpScope.ordered(access.parts))
            case .note(let id, let raw):
                .noteLeft(id: id, text: try RepairText.validated(raw, field: "text", limit: 2000))
            }
        return [PendingEvent(at: now, author: clinician, visibility: .shared, payload: .help(step))]
    }
}
