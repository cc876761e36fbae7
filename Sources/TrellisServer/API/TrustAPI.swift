import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Emotional trust and the Intimacy Pyramid for API clients: safe behaviours named, happened,
/// confirmed and retired, and the caller's view of trust over time. There is no single trust
/// figure anywhere: per area and direction, evidence; per direction, a level with its reasons.
struct TrustAPI {
    let couples: CoupleService
    let clock: any WallClock

    func register(in book: inout APIRouteBook) {
        book.read("/couples/{coupleId}/trust") { request, context in
            let (account, couple) = try context.member()
            let state = try await couples.authorised(account, couple).state
            return TrustBody(state, for: account, at: clock.now(), earlier: try ListCursor.fromQuery(request))
        }
        step(&book, "/couples/{coupleId}/safe-behaviours", SafeBehaviourRequest.self, status: .created) { body, _ in
            .name(
                id: BehaviourID(), area: try AreaID(body.areaId).orInvalid("areaId", say("refusals.api.chooseArea")),
                what: body.what)
        }
        let one = "/couples/{coupleId}/safe-behaviours/{behaviourId}"
        step(&book, one + "/retire", Empty.self) { _, parameters in
            .retire(id: try parameters.identifier("behaviourId", as: BehaviourID.self))
        }
        step(&book, one + "/happened", HappenedRequest.self, status: .created) { body, parameters in
            .happened(
                id: try parameters.identifier("behaviourId", as: BehaviourID.self), moment: UUID(), word: body.word)
        }
        step(&book, one + "/moments/{momentId}/confirm", ConfirmMomentRequest.self) { body, parameters in
            .confirm(
                id: try parameters.identifier("behaviourId", as: BehaviourID.self),
                moment: try parameters.uuid("momentId"), yes: body.yes)
        }
    }

    /// A POST whose body becomes one step on the caller's own day; it answers with their trust view.
    private func step<Body: Decodable & Sendable>(
        _ book: inout APIRouteBook, _ path: String, _ type: Body.Type, status: HTTPResponse.Status = .ok,
        _ command: @escaping @Sendable (Body, Parameters) throws -> SafeBehaviourCommand
    ) {
        book.step(
            .post, path, type, status: status, couples: couples,
            command: { body, parameters, account in
                .safeBehaviour(try command(body, parameters), today: account.settings.today(at: clock.now()))
            },
            answer: { state, account in TrustBody(state, for: account, at: clock.now()) })
    }
}

struct SafeBehaviourRequest: Decodable, Sendable {
    let areaId: String
    let what: String
}

struct HappenedRequest: Decodable, Sendable, OptionalBody { let word: String? }
struct ConfirmMomentRequest: Decodable, Sendable { let yes: Bool }
