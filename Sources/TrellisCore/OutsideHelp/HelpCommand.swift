import Foundation

/// What a member asks about outside help.
public enum HelpCommand: Sendable, Equatable {
    /// Ask a clinician in, consenting at once to what the asker is willing to show.
    case invite(clinician: MemberID, name: String, parts: Set<HelpScope>, until: Day)
    /// Consent (or change one's consent) to what the clinician may see, until a review day.
    case consent(clinician: MemberID, parts: Set<HelpScope>, until: Day)
    /// End the clinician's access at once, for both partners.
    case withdraw(clinician: MemberID)
    /// Log that whoever runs this Trellis exported the member's data (only `trellis export` asks).
    case recordOperatorExport
    /// Take a clinician's suggestion on, in `area`: a clear action (with `cadence`) is asked of
    /// its doer, an expectation proposed to the partner, as `id`.
    case takeOn(suggestion: SuggestionID, as: UUID, area: AreaID, cadence: Cadence?)
    /// Decline a clinician's suggestion, for both.
    case decline(suggestion: SuggestionID)
}
