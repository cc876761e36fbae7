import Foundation
import TrellisCore
import TrellisStore

/// Clinicians' own profiles, and the directory couples search. A search is answered and
/// forgotten: nothing about who searched for what is kept or logged.
struct Clinicians: Sendable {
    let storage: any ClinicianStore

    /// Anyone's clinician profile: their own, or one a couple asks in (listed, or reached by
    /// the id the clinician gave them).
    func profile(of id: MemberID) async throws -> ClinicianProfile? {
        try await storage.clinicianProfile(of: id)
    }

    /// Keeps the profile, checked, as the account's (which makes the account a clinician's).
    func save(_ profile: ClinicianProfile, for account: Account) async throws -> ClinicianProfile {
        let valid: ClinicianProfile
        do {
            valid = try profile.validated()
        } catch {
            throw TrellisError(CoupleRuleError.step(error))
        }
        try await storage.saveClinicianProfile(valid, for: account.id)
        return valid
    }

    func search(_ search: ClinicianSearch) async throws -> [ClinicianSearch.Match<MemberID>] {
        search.rank(try await storage.listedClinicians())
    }
}
