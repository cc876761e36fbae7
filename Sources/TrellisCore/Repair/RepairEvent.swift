import Foundation

/// What happened in the work of repair. The author of the enclosing event is who did it.
public enum RepairEvent: Sendable, Equatable {
    /// The author's own switch for the area, toward their partner.
    case switchSet(area: AreaID, on: Bool)
    /// A hurt behind an off switch; private or shared by the event's visibility. Recording a
    /// private hurt again as shared is how its author shares it later.
    case hurtRecorded(id: HurtID, area: AreaID, what: String, help: String)
    case questionAsked(id: QuestionID, area: AreaID, kind: RepairQuestion.Kind)
    case questionAnswered(id: QuestionID, answer: String)
    case actionRequested(id: ActionID, area: AreaID, doer: MemberID, what: String, cadence: Cadence, note: String?)
    /// `since`: the doer's own day when they accepted, from which occurrences count.
    case actionAccepted(id: ActionID, since: Day?)
    case rewordProposed(id: ActionID, what: String, cadence: Cadence)
    case rewordAnswered(id: ActionID, accepted: Bool, since: Day?)
    case retirementProposed(id: ActionID)
    case retirementAnswered(id: ActionID, retired: Bool)
    case occurrenceReported(action: ActionID, day: Day, outcome: Outcome)
    case occurrenceAcknowledged(action: ActionID, day: Day, word: String?)
    /// The asker saw it happen although the doer did not report it.
    case occurrenceNoticed(action: ActionID, day: Day, word: String?)
    /// A note in the short exchange about one occurrence (a report that did not match, or a miss).
    case occurrenceNote(action: ActionID, day: Day, text: String)
    /// The doer took back their report of the day: it is "not reported" again.
    case occurrenceWithdrawn(action: ActionID, day: Day)

    public var kind: String {
        switch self {
        case .switchSet: "switchSet"
        case .hurtRecorded: "hurtRecorded"
        case .questionAsked: "questionAsked"
        case .questionAnswered: "questionAnswered"
        case .actionRequested: "actionRequested"
        case .actionAccepted: "actionAccepted"
        case .rewordProposed: "rewordProposed"
        case .rewordAnswered: "rewordAnswered"
        case .retirementProposed: "retirementProposed"
        case .retirementAnswered: "retirementAnswered"
        case .occurrenceReported: "occurrenceReported"
        case .occurrenceAcknowledged: "occurrenceAcknowledged"
        case .occurrenceNoticed: "occurrenceNoticed"
        case .occurrenceWithdrawn: "occurrenceWithdrawn"
        case .occurrenceNote: "occurrenceNote"
        }
    }
}

/// What the doer says happened: done, or honestly missed.
public enum Outcome: String, Codable, Sendable, CaseIterable {
    case done
    case missed
}
