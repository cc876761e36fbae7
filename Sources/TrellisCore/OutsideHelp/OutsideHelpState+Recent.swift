extension OutsideHelpState {
    /// The names of its lists in a `ListCursor`.
    public enum List {
        public static let log = "log"
        public static let notes = "notes"
        public static let suggestions = "suggestions"
        public static let clinicians = "clinicians"
    }

    /// Every clinician asked in and not withdrawn (a rule keeps them few), then the newest
    /// `ListLimit.withdrawnClinicians` withdrawn ones, kept for the record.
    public func recentInvitations(before earlier: ListCursor? = nil) -> Recent<Invitation> {
        invitations.openThenRecent(
            ListLimit.withdrawnClinicians, list: List.clinicians, before: earlier, where: { _ in true },
            isOpen: { !$0.isWithdrawn })
    }

    /// Who looked, the newest `ListLimit.accessLog` entries, newest first.
    public func recentLog(before earlier: ListCursor? = nil) -> Recent<Look> {
        log.recent(ListLimit.accessLog, list: List.log, before: earlier)
    }

    /// Clinicians' notes (or one clinician's, for `by`), the newest `ListLimit.clinicianNotes`,
    /// newest first.
    public func recentNotes(by clinician: MemberID? = nil, before earlier: ListCursor? = nil) -> Recent<Note> {
        notes.recent(ListLimit.clinicianNotes, list: List.notes, before: earlier) {
            clinician == nil || $0.clinician == clinician
        }
    }

    /// Every suggestion still open (a clinician has at most a few), then the newest answered ones;
    /// one clinician's only, for `by`.
    public func recentSuggestions(by clinician: MemberID? = nil, before earlier: ListCursor? = nil)
        -> Recent<Suggestion>
    {
        suggestions.openThenRecent(
            ListLimit.answeredSuggestions, list: List.suggestions, before: earlier,
            where: { clinician == nil || $0.clinician == clinician }, isOpen: { $0.answer == nil })
    }
}
