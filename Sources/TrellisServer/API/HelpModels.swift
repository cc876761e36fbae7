import Foundation
import TrellisCore

/// The clinicians a couple asked in, each partner's consent, and what each clinician may see
/// today, as documented in openapi.yaml.
struct OutsideHelpBody: Encodable, Equatable {
    struct Consent: Encodable, Equatable {
        let memberId: String
        let parts: [String]
        let until: String
    }

    struct Access: Encodable, Equatable {
        let parts: [String]
        let until: String
    }

    struct Clinician: Encodable, Equatable {
        let id: String
        let name: String
        let invitedBy: String
        let invitedAt: Date
        let withdrawn: Bool
        let consents: [Consent]
        let access: Access?
    }

    /// One read by someone other than the two partners: the access log. `reader` is clinician
    /// (with their id and name) or operator (an export of one partner's data, `memberId`).
    struct Look: Encodable, Equatable {
        let reader: String
        let clinicianId: String?
        let name: String?
        let memberId: String?
        let parts: [String]
        /// The first read of this entry; `count` reads in all, the last at `last`.
        let at: Date
        let count: Int
        let last: Date

        init(_ look: OutsideHelpState.Look) {
            switch look.reader {
            case .clinician(let id, let name):
                (reader, clinicianId, self.name, memberId) = ("clinician", id.description, name, nil)
            case .operatorExport(let member):
                (reader, clinicianId, name, memberId) = ("operator", nil, nil, member.description)
            }
            parts = look.parts.map(\.rawValue)
            at = look.at
            count = look.count
            last = look.last
        }
    }

    struct Note: Encodable, Equatable {
        let id: String
        let clinicianId: String
        let name: String
        let text: String
        let at: Date
    }

    let seq: Int64
    let clinicians: [Clinician]
    /// Pass as `earlier` for the withdrawn clinicians before these; absent at the oldest.
    let cliniciansEarlier: String?
    let log: [Look]
    /// Pass as `earlier` for the entries before these; absent at the oldest.
    let logEarlier: String?
    let notes: [Note]
    let notesEarlier: String?
    let suggestions: [SuggestionBody]
    let suggestionsEarlier: String?

    /// Each list is its newest part, oldest first within it, as the lists always were.
    init(_ state: CoupleState, today: Day, earlier: ListCursor? = nil) {
        seq = state.seq
        let suggestions = state.help.recentSuggestions(before: earlier)
        self.suggestions = suggestions.items.reversed().map(SuggestionBody.init)
        suggestionsEarlier = suggestions.earlier?.description
        let log = state.help.recentLog(before: earlier)
        self.log = log.items.reversed().map(Look.init)
        logEarlier = log.earlier?.description
        let notes = state.help.recentNotes(before: earlier)
        notesEarlier = notes.earlier?.description
        self.notes = notes.items.reversed().map {
            Note(
                id: $0.id.description, clinicianId: $0.clinician.description, name: $0.name, text: $0.text,
                at: $0.at)
        }
        let members = state.members.map(\.id)
        let invitations = state.help.recentInvitations(before: earlier)
        cliniciansEarlier = invitations.earlier?.description
        // Oldest first, as the list always was.
        clinicians = invitations.items.sorted { $0.invitedAt < $1.invitedAt }.map { invitation in
            let current = state.help.invitation(of: invitation.clinician) == invitation
            let access = current ? state.help.access(for: invitation.clinician, members: members, on: today) : nil
            return Clinician(
                id: invitation.clinician.description, name: invitation.name,
                invitedBy: invitation.invitedBy.description, invitedAt: invitation.invitedAt,
                withdrawn: invitation.isWithdrawn,
                consents: invitation.consents.map {
                    Consent(
                        memberId: $0.member.description, parts: HelpScope.ordered($0.parts).map(\.rawValue),
                        until: $0.until.description)
                },
                access: access.map {
                    Access(parts: HelpScope.ordered($0.parts).map(\.rawValue), until: $0.until.description)
                })
        }
    }
}
