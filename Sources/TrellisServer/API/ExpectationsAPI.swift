import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Expectations and promises to tell, for API clients. Every step is one core command; this file
/// only maps requests onto them. There is no route to ask for a disclosure, on purpose.
struct ExpectationsAPI {
    let couples: CoupleService
    let clock: any WallClock

    func register(in book: inout APIRouteBook) {
        book.read("/couples/{coupleId}/expectations") { request, context in
            let (account, couple) = try context.member()
            return ExpectationsBody(
                try await couples.authorised(account, couple).state, for: account,
                earlier: try ListCursor.fromQuery(request))
        }
        step(&book, .post, "/couples/{coupleId}/expectations", ExpectationProposeRequest.self, status: .created) {
            body, _ in
            .propose(
                id: ExpectationID(), area: try AreaID(body.areaId).orInvalid("areaId", say("refusals.api.chooseArea")),
                words: body.words, promise: body.promise ?? false, reviewOn: try Self.day(body.reviewOn))
        }
        let one = "/couples/{coupleId}/expectations/{expectationId}"
        step(&book, .post, one + "/reword", ExpectationRewordRequest.self) { body, parameters in
            .reword(
                id: try parameters.identifier("expectationId", as: ExpectationID.self), words: body.words,
                reviewOn: try Self.day(body.reviewOn))
        }
        step(&book, .post, one + "/agree", VersionRequest.self) { body, parameters in
            .agree(id: try parameters.identifier("expectationId", as: ExpectationID.self), version: body.version)
        }
        step(&book, .post, one + "/decline", VersionRequest.self) { body, parameters in
            .decline(id: try parameters.identifier("expectationId", as: ExpectationID.self), version: body.version)
        }
        step(&book, .post, one + "/withdraw-consent", Empty.self) { _, parameters in
            .withdrawConsent(id: try parameters.identifier("expectationId", as: ExpectationID.self))
        }
        step(&book, .post, one + "/disclosures", DiscloseRequest.self, status: .created) { body, parameters in
            .disclose(
                id: try parameters.identifier("expectationId", as: ExpectationID.self), disclosure: UUID(),
                text: body.text)
        }
        step(&book, .post, one + "/disclosures/{disclosureId}/thank", Empty.self) { _, parameters in
            .thank(
                id: try parameters.identifier("expectationId", as: ExpectationID.self),
                disclosure: try parameters.uuid("disclosureId"))
        }
    }

    private static func day(_ text: String?) throws -> Day? {
        try text.map { try Day(iso: $0).orInvalid("reviewOn", say("refusals.api.dateLike", ["name": "reviewOn"])) }
    }

    /// A route whose body becomes one step; it answers with the member's view of expectations.
    private func step<Body: Decodable & Sendable>(
        _ book: inout APIRouteBook, _ method: HTTPRequest.Method, _ path: String, _ type: Body.Type,
        status: HTTPResponse.Status = .ok,
        _ command: @escaping @Sendable (Body, Parameters) throws -> ExpectationCommand
    ) {
        book.step(
            method, path, type, status: status, couples: couples,
            command: { body, parameters, account in
                .expectation(try command(body, parameters), today: account.settings.today(at: clock.now()))
            },
            answer: { state, account in ExpectationsBody(state, for: account) })
    }
}

struct ExpectationProposeRequest: Decodable, Sendable {
    let areaId: String
    let words: String
    let promise: Bool?
    let reviewOn: String?
}

struct ExpectationRewordRequest: Decodable, Sendable {
    let words: String
    let reviewOn: String?
}

struct VersionRequest: Decodable, Sendable { let version: Int }
struct DiscloseRequest: Decodable, Sendable { let text: String }
