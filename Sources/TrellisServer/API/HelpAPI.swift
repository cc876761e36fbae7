import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Outside help for API clients: ask a clinician in, consent to what they may see and until when,
/// or withdraw. Every step is one core command; the clinician's name comes from their profile.
struct HelpAPI {
    let couples: CoupleService
    let clinicians: Clinicians
    let clock: any WallClock

    func register(in book: inout APIRouteBook) {
        let all = "/couples/{coupleId}/clinicians"
        book.read(all) { request, context in
            let (account, couple) = try context.member()
            let earlier = try ListCursor.fromQuery(request)
            let state = try await couples.authorised(account, couple).state
            return OutsideHelpBody(state, today: account.settings.today(at: clock.now()), earlier: earlier)
        }
        book.on(.post, all) { request, context in
            let (account, couple) = try context.member()
            let body = try await JSONCoding.decode(InviteClinicianRequest.self, from: request)
            let id = try MemberID(body.clinicianId).orInvalid("clinicianId", say("refusals.api.noSuchClinician"))
            let profile = try await clinicians.profile(of: id).orInvalid(
                "clinicianId", say("refusals.api.noSuchClinician"))
            let consent = try body.consent()
            return try await answer(
                .invite(clinician: id, name: profile.name, parts: consent.parts, until: consent.until), couple, account,
                status: .created)
        }
        book.on(.put, all + "/{clinicianId}/consent") { request, context in
            let (account, couple) = try context.member()
            let clinician = try context.parameters.identifier("clinicianId", as: MemberID.self)
            let consent = try await JSONCoding.decode(ConsentRequest.self, from: request).consent()
            return try await answer(
                .consent(clinician: clinician, parts: consent.parts, until: consent.until), couple, account)
        }
        book.on(.post, all + "/{clinicianId}/withdraw") { request, context in
            let (account, couple) = try context.member()
            let clinician = try context.parameters.identifier("clinicianId", as: MemberID.self)
            _ = try await JSONCoding.decode(Empty.self, from: request)
            return try await answer(.withdraw(clinician: clinician), couple, account)
        }
        let suggestion = "/couples/{coupleId}/suggestions/{suggestionId}"
        book.on(.post, suggestion + "/take") { request, context in
            let (account, couple) = try context.member()
            let id = try context.parameters.identifier("suggestionId", as: SuggestionID.self)
            let command = try await JSONCoding.decode(TakeOnRequest.self, from: request).command(id)
            return try await answer(command, couple, account)
        }
        book.on(.post, suggestion + "/decline") { request, context in
            let (account, couple) = try context.member()
            let id = try context.parameters.identifier("suggestionId", as: SuggestionID.self)
            _ = try await JSONCoding.decode(Empty.self, from: request)
            return try await answer(.decline(suggestion: id), couple, account)
        }
    }

    private func answer(
        _ step: HelpCommand, _ couple: CoupleID, _ account: Account, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let today = account.settings.today(at: clock.now())
        let state = try await couples.perform(.help(step, today: today), in: couple, by: account)
        return try JSONCoding.response(OutsideHelpBody(state, today: today), status: status)
    }
}

struct ConsentRequest: Decodable, Sendable {
    let parts: [String]
    let until: String

    func consent() throws -> (parts: Set<HelpScope>, until: Day) {
        let parts = try self.parts.map { name in
            try HelpScope(rawValue: name).orInvalid(
                "parts",
                say("refusals.api.helpParts", ["parts": HelpScope.allCases.map(\.rawValue).joined(separator: ", ")]))
        }
        return (Set(parts), try Day(iso: until).orInvalid("until", say("refusals.api.dateLike", ["name": "until"])))
    }
}

struct InviteClinicianRequest: Decodable, Sendable {
    let clinicianId: String
    let parts: [String]
    let until: String

    func consent() throws -> (parts: Set<HelpScope>, until: Day) {
        try ConsentRequest(parts: parts, until: until).consent()
    }
}
