import Foundation
import TrellisLanguage

/// What a clinician asks of a couple's record. Nothing else is open to them: they read, and they
/// leave notes, only while both partners consent.
public enum ClinicianCommand: Sendable, Equatable {
    /// Read the parts open today; the read itself is written to the couple's access log.
    case read
    case note(id: NoteID, text: String)
    /// Suggest a clear action (done by `doer`) or an expectation, in a part open to them.
    case suggest(id: SuggestionID, kind: Suggestion.Kind, doer: MemberID?, words: String)
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
                .noteLeft(
                    id: id,
                    text: try RepairText.validated(
                        raw, field: "text", as: say("reach.clinician.noteLabel"), limit: 2000))
            case .suggest(let id, let kind, let doer, let raw):
                try suggestion(id: id, kind: kind, doer: doer, words: raw, by: clinician, open: access.parts)
            }
        return [PendingEvent(at: now, author: clinician, visibility: .shared, payload: .help(step))]
    }

    /// A suggestion in a part open to the clinician, naming a partner as doer exactly when it is a
    /// clear action, with no more waiting from them than the couple's pace allows.
    private func suggestion(
        id: SuggestionID, kind: Suggestion.Kind, doer: MemberID?, words raw: String, by clinician: MemberID,
        open parts: Set<HelpScope>
    ) throws(StepRefusal) -> HelpEvent {
        guard parts.contains(kind.part) else {
            let sentence =
                switch kind.part {
                case .repair: say("reach.suggest.notOpenRepair")
                case .integrity: say("reach.suggest.notOpenIntegrity")
                case .expectations: say("reach.suggest.notOpenExpectations")
                case .windows: say("reach.suggest.notOpenWindows")
                }
            throw .conflict("part_not_open", sentence)
        }
        switch (kind, doer) {
        case (.clearAction, let doer?) where isMember(doer): break
        case (.clearAction, _): throw .invalid("doer", say("reach.suggest.chooseDoer"))
        case (.expectation, nil): break
        case (.expectation, _?): throw .invalid("doer", say("reach.suggest.expectationNoDoer"))
        }
        let waiting = help.openSuggestions.filter { $0.clinician == clinician }.count
        guard waiting < OutsideHelpState.maximumOpenSuggestions else {
            throw .conflict(
                "too_many_suggestions",
                say("reach.suggest.tooMany", ["most": Say.number(OutsideHelpState.maximumOpenSuggestions)]))
        }
        let words = try RepairText.validated(
            raw, field: "words", as: say("reach.suggest.wordsLabel"), limit: kind.limit)
        return .suggested(id: id, kind: kind, doer: doer, words: words)
    }
}
