import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Grants of trust for API clients: offered, answered, used, reviewed, withdrawn. Every step is
/// one core command; this file only maps requests onto them.
struct GrantsAPI {
    let couples: CoupleService
    let clock: any WallClock

    func register(in book: inout APIRouteBook) {
        book.read("/couples/{coupleId}/grants") { request, context in
            let (account, couple) = try context.member()
            let earlier = try ListCursor.fromQuery(request)
            return GrantsBody(try await couples.authorised(account, couple).state, for: account, earlier: earlier)
        }
        step(&book, .post, "/couples/{coupleId}/grants", GrantRequest.self, status: .created) { body, _ in
            .offer(
                id: GrantID(), area: try AreaID(body.areaId).orInvalid("areaId", say("refusals.api.chooseArea")),
                fear: try body.fearId.map { try FearID($0).orInvalid("fearId", say("refusals.api.chooseFear")) },
                what: body.what, stakes: body.stakes,
                size: try GrantSize(rawValue: body.size).orInvalid("size", say("refusals.api.grantSize")),
                reviewOn: try body.reviewOn.map {
                    try Day(iso: $0).orInvalid("reviewOn", say("refusals.api.dateLike", ["name": "reviewOn"]))
                })
        }
        step(&book, .post, "/couples/{coupleId}/grants/{grantId}/answer", GrantAnswerRequest.self) { body, parameters in
            .answer(id: try parameters.identifier("grantId", as: GrantID.self), accept: body.accept)
        }
        step(&book, .post, "/couples/{coupleId}/grants/{grantId}/withdraw", Empty.self) { _, parameters in
            .withdraw(id: try parameters.identifier("grantId", as: GrantID.self))
        }
        step(&book, .post, "/couples/{coupleId}/grants/{grantId}/use", GrantUseRequest.self) { body, parameters in
            .recordUse(id: try parameters.identifier("grantId", as: GrantID.self), text: body.text)
        }
        step(&book, .post, "/couples/{coupleId}/grants/{grantId}/review", GrantReviewRequest.self) {
            body, parameters in
            .review(id: try parameters.identifier("grantId", as: GrantID.self), honoured: body.honoured, why: body.why)
        }
    }

    /// A route whose body becomes one step; it answers with the member's view of grants.
    private func step<Body: Decodable & Sendable>(
        _ book: inout APIRouteBook, _ method: HTTPRequest.Method, _ path: String, _ type: Body.Type,
        status: HTTPResponse.Status = .ok,
        _ command: @escaping @Sendable (Body, Parameters) throws -> GrantCommand
    ) {
        book.step(
            method, path, type, status: status, couples: couples,
            command: { body, parameters, account in
                .grant(try command(body, parameters), today: account.settings.today(at: clock.now()))
            },
            answer: { state, account in GrantsBody(state, for: account) })
    }
}

struct GrantRequest: Decodable, Sendable {
    let areaId: String
    let fearId: String?
    let what: String
    let stakes: String
    let size: String
    let reviewOn: String?
}

struct GrantAnswerRequest: Decodable, Sendable { let accept: Bool }
struct GrantUseRequest: Decodable, Sendable { let text: String }
struct GrantReviewRequest: Decodable, Sendable {
    let honoured: Bool
    let why: String?
}
