import Foundation

/// A step of bringing in outside help. Cases are only ever added (see `EventPayload`).
public enum HelpEvent: Sendable, Equatable {
    /// The author asked a clinician (an account of this installation) to help the couple.
    case clinicianInvited(clinician: MemberID, name: String)
    /// The author lets the clinician see these parts until the review day (given again, it
    /// replaces the author's earlier choice).
    case consentGiven(clinician: MemberID, parts: [HelpScope], until: Day)
    /// The author ended the clinician's access, for both partners.
    case consentWithdrawn(clinician: MemberID)
    /// The author, a clinician, read these parts of the couple's record: the access log.
    case viewed(parts: [HelpScope])
    /// The author, a clinician, left a note for both partners.
    case noteLeft(id: NoteID, text: String)
    /// Whoever runs this Trellis exported the author's data (`trellis export`), which holds the
    /// couple's shared record: a read by someone other than the two partners, so it is logged.
    case exportedByOperator
    /// The author, a clinician, suggested a clear action (`doer` would do it) or an expectation.
    case suggested(id: SuggestionID, kind: Suggestion.Kind, doer: MemberID?, words: String)
    /// The author, a partner, took a suggestion on or declined it, for both.
    case suggestionAnswered(id: SuggestionID, accepted: Bool)

    public var kind: String {
        switch self {
        case .clinicianInvited: "clinicianInvited"
        case .consentGiven: "clinicianConsentGiven"
        case .consentWithdrawn: "clinicianConsentWithdrawn"
        case .viewed: "clinicianViewed"
        case .noteLeft: "clinicianNoteLeft"
        case .exportedByOperator: "operatorExported"
        case .suggested: "clinicianSuggested"
        case .suggestionAnswered: "clinicianSuggestionAnswered"
        }
    }
}
