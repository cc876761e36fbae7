import Foundation
import TrellisCore

/// Clinicians' profiles: what they tell couples, and whether this installation's directory lists
/// them. Each profile is sealed under a key of its own (wrapped by the master key, gone with the
/// account); only whether it is listed is in clear, so the directory can be read in one query.
public protocol ClinicianStore: Sendable {
    /// Keeps `profile` as `member`'s, in place of any earlier one.
    func saveClinicianProfile(_ profile: ClinicianProfile, for member: MemberID) async throws
    func clinicianProfile(of member: MemberID) async throws -> ClinicianProfile?
    /// Every profile whose clinician chose to be listed.
    func listedClinicians() async throws -> [(id: MemberID, profile: ClinicianProfile)]
    /// The couples that ever asked `clinician` in (whether they may see anything now is each
    /// couple's record to say).
    func couples(askingIn clinician: MemberID) async throws -> [CoupleID]
}

/// How a profile is stored and opened, the same for every backend (JSON, sealed under the
/// profile's own key; the form is pinned by a fixture).
package enum ClinicianProfileSeal {
    package static func owner(_ member: MemberID) -> String { "clinician:\(member)" }
    package static func context(_ member: MemberID) -> String { "clinician profile member:\(member)" }

    package static func seal(_ profile: ClinicianProfile, for member: MemberID, keys: KeyRing) throws -> (
        key: Data, body: Data
    ) {
        let (key, wrapped) = try keys.newDataKey(owner: owner(member))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (wrapped, try Sealer.seal(try encoder.encode(profile), with: key, context: context(member)))
    }

    package static func open(_ body: Data, key wrapped: Data, of member: MemberID, keys: KeyRing) throws
        -> ClinicianProfile
    {
        let key = try keys.unwrap(wrapped, owner: owner(member))
        return try JSONDecoder().decode(
            ClinicianProfile.self, from: try Sealer.open(body, with: key, context: context(member)))
    }
}
