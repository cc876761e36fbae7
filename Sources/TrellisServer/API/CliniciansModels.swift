import Foundation
import TrellisCore
import TrellisLanguage

/// A clinician's profile, as documented in openapi.yaml (the same shape in and out).
struct ClinicianProfileBody: Codable, Equatable, Sendable {
    let name: String
    let approaches: [String]
    let online: Bool
    let place: String?
    let languages: [String]
    let about: String
    let listed: Bool

    init(_ profile: ClinicianProfile) {
        name = profile.name
        approaches = Approach.allCases.filter(profile.approaches.contains).map(\.rawValue)
        online = profile.online
        place = profile.place
        languages = profile.languages
        about = profile.about
        listed = profile.listed
    }

    func profile() throws -> ClinicianProfile {
        let known = try approaches.map { name in
            try Approach(rawValue: name).orInvalid(
                "approaches",
                say(
                    "refusals.api.approaches", ["approaches": Approach.allCases.map(\.rawValue).joined(separator: ", ")]
                ))
        }
        return ClinicianProfile(
            name: name, approaches: Set(known), online: online, place: place, languages: languages, about: about,
            listed: listed)
    }
}

struct DirectoryBody: Encodable, Equatable {
    let clinicians: [DirectoryEntryBody]
}

/// One clinician found, with why they match.
struct DirectoryEntryBody: Encodable, Equatable {
    let id: String
    let profile: ClinicianProfileBody
    let reasons: [String]

    init(_ match: ClinicianSearch.Match<MemberID>) {
        id = match.id.description
        profile = ClinicianProfileBody(match.profile)
        reasons = match.reasons
    }
}

/// Which approaches fit which situation, and why.
struct GuideBody: Encodable, Equatable {
    struct Fit: Encodable, Equatable {
        let approach: String
        let title: String
        let why: String
    }

    struct SituationBody: Encodable, Equatable {
        let situation: String
        let title: String
        let fits: [Fit]
    }

    let situations: [SituationBody] = Situation.allCases.map { situation in
        SituationBody(
            situation: situation.rawValue, title: situation.title,
            fits: ClinicianGuide.fits(for: situation).map {
                Fit(approach: $0.approach.rawValue, title: $0.approach.title, why: $0.why)
            })
    }
}
