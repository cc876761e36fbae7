import Foundation
import TrellisCore
import TrellisLanguage

/// A clinician's suggestion as both partners and its clinician see it, as documented in
/// openapi.yaml: `kind` is clearAction (with the `doerId` who would do it) or expectation.
struct SuggestionBody: Encodable, Equatable {
    struct Answer: Encodable, Equatable {
        let accepted: Bool
        let memberId: String
        let at: Date
    }

    let id: String
    let clinicianId: String
    let name: String
    let kind: String
    let doerId: String?
    let words: String
    let at: Date
    let answer: Answer?

    init(_ suggestion: Suggestion) {
        id = suggestion.id.description
        clinicianId = suggestion.clinician.description
        name = suggestion.name
        kind = suggestion.kind.rawValue
        doerId = suggestion.doer?.description
        words = suggestion.words
        at = suggestion.at
        answer = suggestion.answer.map { Answer(accepted: $0.accepted, memberId: $0.by.description, at: $0.at) }
    }
}

/// A clinician suggests: `kind`, the partner who would do a clear action, and the words.
struct SuggestRequest: Decodable, Sendable {
    let kind: String
    let doerId: String?
    let words: String

    func command() throws -> ClinicianCommand {
        let kind = try Suggestion.Kind(rawValue: kind).orInvalid(
            "kind",
            say(
                "refusals.api.suggestionKind",
                ["kinds": Suggestion.Kind.allCases.map(\.rawValue).joined(separator: ", ")]))
        let doer = try doerId.map { try MemberID($0).orInvalid("doerId", say("refusals.api.doerId")) }
        return .suggest(id: SuggestionID(), kind: kind, doer: doer, words: words)
    }
}

/// A partner takes a suggestion on: the area it belongs in, and when, for a clear action.
struct TakeOnRequest: Decodable, Sendable {
    let areaId: String
    let cadence: CadenceBody?

    func command(_ suggestion: SuggestionID) throws -> HelpCommand {
        let area = try AreaID(areaId).orInvalid("areaId", say("refusals.api.areaId"))
        return .takeOn(suggestion: suggestion, as: UUID(), area: area, cadence: try cadence?.cadence())
    }
}
