import Foundation
import TrellisCore

/// The clinicians a couple asked in, each partner's consent, and what each clinician may see
/// today, as documented in openapi.yaml.
struct OutsideHelpBody: Encodable {
    struct Consent: Encodable {
        let memberId: String
        let parts: [String]
        let until: String
    }

    struct Access: Encodable {
        let parts: [String]
        let until: String
    }

    struct Clinician: Encodable {
        let id: String
        let name: String
        let invitedBy: String
        let invitedAt: Date
        let withdrawn: Bool
        let consents: [Consent]
        let access: Access?
    }

    let seq: Int64
    let clinicians: [Clinician]

    init(_ state: CoupleState, today: Day) {
        seq = state.seq
        let members = state.members.map(\.id)
        clinicians = state.help.invitations.map { invitation in
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
