import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Rupture and repair for API clients: record (private or shared), share, add repair steps, and
/// say it feels repaired. Every step is one core command; this file only maps requests onto them.
struct RupturesAPI {
    let couples: CoupleService

    func register(in book: inout APIRouteBook) {
        book.read("/couples/{coupleId}/ruptures") { request, context in
            let (account, couple) = try context.member()
            let earlier = try ListCursor.fromQuery(request)
            return RupturesBody(try await couples.authorised(account, couple).state, for: account, earlier: earlier)
        }
        step(&book, "/couples/{coupleId}/ruptures", RuptureRequest.self, status: .created) { body, _ in
            .record(
                id: RuptureID(),
                area: try body.areaId.map { try AreaID($0).orInvalid("areaId", say("refusals.api.chooseArea")) },
                what: body.what, felt: body.felt, shared: body.shared ?? false)
        }
        let one = "/couples/{coupleId}/ruptures/{ruptureId}"
        step(&book, one + "/share", Empty.self) { _, parameters in
            .share(id: try parameters.identifier("ruptureId", as: RuptureID.self))
        }
        step(&book, one + "/steps", RepairStepRequest.self, status: .created) { body, parameters in
            .addStep(
                rupture: try parameters.identifier("ruptureId", as: RuptureID.self), step: UUID(),
                kind: try Rupture.Step.Kind(rawValue: body.kind).orInvalid(
                    "kind", say("refusals.api.ruptureStepKind")),
                text: body.text,
                action: try body.actionId.map {
                    try ActionID($0).orInvalid("actionId", say("refusals.api.chooseAction"))
                },
                expectation: try body.expectationId.map {
                    try ExpectationID($0).orInvalid("expectationId", say("refusals.api.chooseExpectation"))
                })
        }
        step(&book, one + "/repaired", FeelsRepairedRequest.self) { body, parameters in
            .feelsRepaired(rupture: try parameters.identifier("ruptureId", as: RuptureID.self), repaired: body.repaired)
        }
    }

    /// A POST whose body becomes one step; it answers with the member's ruptures.
    private func step<Body: Decodable & Sendable>(
        _ book: inout APIRouteBook, _ path: String, _ type: Body.Type, status: HTTPResponse.Status = .ok,
        _ command: @escaping @Sendable (Body, Parameters) throws -> RuptureCommand
    ) {
        book.step(
            .post, path, type, status: status, couples: couples,
            command: { body, parameters, _ in .rupture(try command(body, parameters)) },
            answer: { state, account in RupturesBody(state, for: account) })
    }
}

struct RuptureRequest: Decodable, Sendable {
    let areaId: String?
    let what: String
    let felt: String
    let shared: Bool?
}

struct RepairStepRequest: Decodable, Sendable {
    let kind: String
    let text: String
    let actionId: String?
    let expectationId: String?
}

struct FeelsRepairedRequest: Decodable, Sendable { let repaired: Bool }
