import Foundation
import TrellisLanguage

/// The work of repair as the couple's record holds it: switches, hurts, questions and actions.
public struct RepairState: Sendable, Equatable, Codable {
    /// At most this many actions are active (or waiting for an answer) in each direction.
    public static let actionsPerDirection = 4
    /// A report can be made this many days after the occurrence's day, and no later.
    public static let reportWindowDays = 7
    /// The exchange about one occurrence stays short: it is a repair, not a trial.
    public static let notesPerOccurrence = 10
    /// How long a report made by mistake can be taken back: a few minutes, before it is relied on.
    public static let withdrawWindow: TimeInterval = 10 * 60
    public static let maximumActionLength = 300

    public internal(set) var switches: [TrustSwitch] = []
    public internal(set) var hurts: [Hurt] = []
    public internal(set) var questions: [RepairQuestion] = []
    public internal(set) var actions: [RepairAction] = []

    public init() {}

    public func trustSwitch(of truster: MemberID, in area: AreaID) -> TrustSwitch? {
        switches.first { $0.truster == truster && $0.area == area }
    }

    public func action(_ id: ActionID) -> RepairAction? { actions.first { $0.id == id } }

    /// Actions asked by `asker` of their partner that are active or awaiting an answer.
    public func liveActions(askedBy asker: MemberID) -> [RepairAction] {
        actions.filter { $0.asker == asker && ($0.isActive || $0.isPending) }
    }

    public func openQuestion(by asker: MemberID, in area: AreaID) -> RepairQuestion? {
        questions.first { $0.asker == asker && $0.area == area && $0.answer == nil }
    }

    /// Whether `asker` may ask `kind` about `partner`'s switch in `area`: the one rule the
    /// decision keeps and the pages ask before offering a button. Only where the partner turned
    /// their switch off (one never set is not off: they have not decided), not while a question
    /// waits, and each question once since the switch last went off.
    func checkCanAsk(_ kind: RepairQuestion.Kind, by asker: MemberID, of partner: MemberID, in area: AreaID)
        throws(StepRefusal)
    {
        guard let turnedOff = trustSwitch(of: partner, in: area).flatMap({ $0.isOn ? nil : $0.history.last?.at })
        else {
            throw .conflict("switch_not_off", say("repair.refusal.switchNotOff"))
        }
        guard openQuestion(by: asker, in: area) == nil else {
            throw .conflict(
                "question_open", say("repair.refusal.questionOpen"))
        }
        let asked = questions.contains {
            $0.asker == asker && $0.area == area && $0.kind == kind && $0.askedAt >= turnedOff
        }
        guard !asked else {
            throw .conflict("already_asked", say("repair.refusal.alreadyAsked"))
        }
    }

    mutating func apply(_ event: RepairEvent, by author: MemberID, at time: Date, visibility: Visibility) {
        switch event {
        case .switchSet(let area, let on):
            if let index = switches.firstIndex(where: { $0.truster == author && $0.area == area }) {
                switches[index].isOn = on
                switches[index].history.append(.init(at: time, on: on))
            } else {
                switches.append(TrustSwitch(truster: author, area: area, isOn: on, history: [.init(at: time, on: on)]))
            }
        case .hurtRecorded(let id, let area, let what, let help):
            if let index = hurts.firstIndex(where: { $0.id == id }) {
                hurts[index].visibility = visibility
            } else {
                hurts.append(
                    Hurt(
                        id: id, author: author, area: area, what: what, help: help, visibility: visibility,
                        recordedAt: time))
            }
        case .questionAsked(let id, let area, let kind):
            questions.append(RepairQuestion(id: id, asker: author, area: area, kind: kind, askedAt: time))
        case .questionAnswered(let id, let answer):
            if let index = questions.firstIndex(where: { $0.id == id }) { questions[index].answer = answer }
        case .actionRequested(let id, let area, let doer, let what, let cadence, let note):
            actions.append(
                RepairAction(
                    id: id, area: area, asker: author, doer: doer, what: what, cadence: cadence, note: note,
                    status: .requested))
        case .actionAccepted(let id, let since):
            updateAction(id) {
                $0.status = .active
                $0.activeSince = since ?? Day(time)
            }
        case .rewordProposed(let id, let what, let cadence):
            updateAction(id) { $0.status = .rewordProposed(what: what, cadence: cadence) }
        case .rewordAnswered(let id, let accepted, let since):
            updateAction(id) {
                if accepted, case .rewordProposed(let what, let cadence) = $0.status {
                    $0.what = what
                    $0.cadence = cadence
                    $0.status = .active
                    $0.activeSince = since ?? Day(time)
                } else {
                    $0.status = .requested
                }
            }
        case .retirementProposed(let id):
            updateAction(id) { $0.retirementProposedBy = author }
        case .retirementAnswered(let id, let retired):
            updateAction(id) {
                $0.retirementProposedBy = nil
                if retired { $0.status = .retired }
            }
        case .occurrenceReported(let id, let day, let outcome):
            updateOccurrence(id, day) {
                $0.outcome = outcome
                $0.reportedAt = time
            }
        case .occurrenceWithdrawn(let id, let day):
            updateOccurrence(id, day) {
                $0.outcome = nil
                $0.reportedAt = nil
            }
        case .occurrenceAcknowledged(let id, let day, let word):
            updateOccurrence(id, day) { $0.acknowledged = OccurrenceNote(author: author, at: time, text: word ?? "") }
        case .occurrenceNoticed(let id, let day, let word):
            updateOccurrence(id, day) { $0.noticed = OccurrenceNote(author: author, at: time, text: word ?? "") }
        case .occurrenceNote(let id, let day, let text):
            updateOccurrence(id, day) { $0.notes.append(OccurrenceNote(author: author, at: time, text: text)) }
        }
    }

    private mutating func updateAction(_ id: ActionID, _ change: (inout RepairAction) -> Void) {
        guard let index = actions.firstIndex(where: { $0.id == id }) else { return }
        change(&actions[index])
    }

    private mutating func updateOccurrence(_ id: ActionID, _ day: Day, _ change: (inout Occurrence) -> Void) {
        updateAction(id) { action in
            var occurrence = action.occurrences[day] ?? Occurrence()
            change(&occurrence)
            action.occurrences[day] = occurrence.isEmpty ? nil : occurrence
        }
    }
}
