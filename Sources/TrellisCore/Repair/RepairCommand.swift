import Foundation

/// A member's step in the work of repair. New ids come with the command so deciding stays pure.
public enum RepairCommand: Sendable, Equatable {
    case setSwitch(area: AreaID, on: Bool)
    case recordHurt(id: HurtID, area: AreaID, what: String, help: String, visibility: Visibility)
    case shareHurt(id: HurtID)
    case ask(id: QuestionID, area: AreaID, kind: RepairQuestion.Kind)
    case answer(question: QuestionID, text: String)
    case requestAction(id: ActionID, area: AreaID, what: String, cadence: Cadence, note: String?)
    case acceptAction(id: ActionID)
    case proposeReword(id: ActionID, what: String, cadence: Cadence)
    case answerReword(id: ActionID, accept: Bool)
    /// From the doer, a proposal; from the asker, the decision itself.
    case proposeRetirement(id: ActionID)
    case answerRetirement(id: ActionID, retire: Bool)
    case report(action: ActionID, day: Day, outcome: Outcome)
    case acknowledge(action: ActionID, day: Day, word: String?)
    case notice(action: ActionID, day: Day, word: String?)
    case addNote(action: ActionID, day: Day, text: String)
    /// The doer takes back a report made by mistake, within `RepairState.withdrawWindow`.
    case withdrawReport(action: ActionID, day: Day)
}
