import Foundation

// The named fields of each repair step; see `EventPayload`'s format for the rules.
extension RepairEvent {
    /// The step of this kind, or nil when the kind is not a repair step.
    init?(kind: String, _ c: FieldContainer) throws {
        switch kind {
        case "switchSet": self = .switchSet(area: try c.id(.area), on: try c.decode(Bool.self, forKey: .on))
        case "hurtRecorded":
            self = .hurtRecorded(
                id: try c.id(.id), area: try c.id(.area), what: try c.text(.what), help: try c.text(.help))
        case "questionAsked":
            self = .questionAsked(
                id: try c.id(.id), area: try c.id(.area),
                kind: try c.decode(RepairQuestion.Kind.self, forKey: .question))
        case "questionAnswered": self = .questionAnswered(id: try c.id(.id), answer: try c.text(.answer))
        case "actionRequested":
            self = .actionRequested(
                id: try c.id(.id), area: try c.id(.area), doer: try c.id(.doer), what: try c.text(.what),
                cadence: try c.decode(Cadence.self, forKey: .cadence),
                note: try c.decodeIfPresent(String.self, forKey: .note))
        case "actionAccepted":
            self = .actionAccepted(id: try c.id(.id), since: try c.decodeIfPresent(Day.self, forKey: .since))
        case "rewordProposed":
            self = .rewordProposed(
                id: try c.id(.id), what: try c.text(.what), cadence: try c.decode(Cadence.self, forKey: .cadence))
        case "rewordAnswered":
            self = .rewordAnswered(
                id: try c.id(.id), accepted: try c.decode(Bool.self, forKey: .accepted),
                since: try c.decodeIfPresent(Day.self, forKey: .since))
        case "retirementProposed": self = .retirementProposed(id: try c.id(.id))
        case "retirementAnswered":
            self = .retirementAnswered(id: try c.id(.id), retired: try c.decode(Bool.self, forKey: .retired))
        case "occurrenceReported":
            self = .occurrenceReported(
                action: try c.id(.action), day: try c.decode(Day.self, forKey: .day),
                outcome: try c.decode(Outcome.self, forKey: .outcome))
        case "occurrenceAcknowledged":
            self = .occurrenceAcknowledged(
                action: try c.id(.action), day: try c.decode(Day.self, forKey: .day),
                word: try c.decodeIfPresent(String.self, forKey: .word))
        case "occurrenceNoticed":
            self = .occurrenceNoticed(
                action: try c.id(.action), day: try c.decode(Day.self, forKey: .day),
                word: try c.decodeIfPresent(String.self, forKey: .word))
        case "occurrenceWithdrawn":
            self = .occurrenceWithdrawn(action: try c.id(.action), day: try c.decode(Day.self, forKey: .day))
        case "occurrenceNote":
            self = .occurrenceNote(
                action: try c.id(.action), day: try c.decode(Day.self, forKey: .day), text: try c.text(.text))
        default: return nil
        }
    }

    func encodeFields(into c: inout FieldWriter) throws {
        switch self {
        case .switchSet(let area, let on):
            try c.encode(area.rawValue, as: .area)
            try c.encode(on, forKey: .on)
        case .hurtRecorded(let id, let area, let what, let help):
            try c.encode(id, as: .id)
            try c.encode(area.rawValue, as: .area)
            try c.encode(what, forKey: .what)
            try c.encode(help, forKey: .help)
        case .questionAsked(let id, let area, let kind):
            try c.encode(id, as: .id)
            try c.encode(area.rawValue, as: .area)
            try c.encode(kind, forKey: .question)
        case .questionAnswered(let id, let answer):
            try c.encode(id, as: .id)
            try c.encode(answer, forKey: .answer)
        case .actionRequested(let id, let area, let doer, let what, let cadence, let note):
            try c.encode(id, as: .id)
            try c.encode(area.rawValue, as: .area)
            try c.encode(doer.rawValue, as: .doer)
            try c.encode(what, forKey: .what)
            try c.encode(cadence, forKey: .cadence)
            try c.encodeIfPresent(note, forKey: .note)
        case .actionAccepted(let id, let since):
            try c.encode(id, as: .id)
            try c.encodeIfPresent(since, forKey: .since)
        case .rewordProposed(let id, let what, let cadence):
            try c.encode(id, as: .id)
            try c.encode(what, forKey: .what)
            try c.encode(cadence, forKey: .cadence)
        case .rewordAnswered(let id, let accepted, let since):
            try c.encode(id, as: .id)
            try c.encode(accepted, forKey: .accepted)
            try c.encodeIfPresent(since, forKey: .since)
        case .retirementProposed(let id): try c.encode(id, as: .id)
        case .retirementAnswered(let id, let retired):
            try c.encode(id, as: .id)
            try c.encode(retired, forKey: .retired)
        case .occurrenceReported(let action, let day, let outcome):
            try c.encode(action, as: .action)
            try c.encode(day, forKey: .day)
            try c.encode(outcome, forKey: .outcome)
        case .occurrenceAcknowledged(let action, let day, let word), .occurrenceNoticed(let action, let day, let word):
            try c.encode(action, as: .action)
            try c.encode(day, forKey: .day)
            try c.encodeIfPresent(word, forKey: .word)
        case .occurrenceWithdrawn(let action, let day):
            try c.encode(action, as: .action)
            try c.encode(day, forKey: .day)
        case .occurrenceNote(let action, let day, let text):
            try c.encode(action, as: .action)
            try c.encode(day, forKey: .day)
            try c.encode(text, forKey: .text)
        }
    }
}
