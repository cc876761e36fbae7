import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Check-ins on the four signs and the urge log, for API clients. Both are the caller's own: the
/// answers hold the caller's entries (and, for signs, what the partner shared), never the
/// partner's private ones, and nothing about whether they exist.
struct OutOfReachAPI {
    let couples: CoupleService
    let clock: any WallClock

    func register(in book: inout APIRouteBook) {
        book.read("/couples/{coupleId}/signs") { request, context in
            let (account, couple) = try context.member()
            let earlier = try ListCursor.fromQuery(request)
            return SignsBody(try await couples.authorised(account, couple).state, for: account, earlier: earlier)
        }
        step(&book, "/couples/{coupleId}/signs", CheckInRequest.self, status: .created) { body, _ in
            .checkSigns(id: CheckInID(), levels: try body.signLevels(), note: body.note, shared: body.shared ?? false)
        } answer: { state, account in
            SignsBody(state, for: account)
        }
        step(&book, "/couples/{coupleId}/signs/{checkInId}/share", Empty.self) { _, parameters in
            .shareCheckIn(id: try parameters.identifier("checkInId", as: CheckInID.self))
        } answer: { state, account in
            SignsBody(state, for: account)
        }

        book.read("/couples/{coupleId}/urges") { request, context in
            let (account, couple) = try context.member()
            let earlier = try ListCursor.fromQuery(request)
            let state = try await couples.authorised(account, couple).state
            return UrgesBody(state, for: account, today: account.settings.today(at: clock.now()), earlier: earlier)
        }
        step(&book, "/couples/{coupleId}/urges", UrgeRequest.self, status: .created) { body, _ in
            .logUrge(
                id: UrgeID(),
                kind: try Urge.Kind(rawValue: body.kind).orInvalid(
                    "kind", say("refusals.api.urgeKind")),
                actedOn: body.actedOn, helped: body.helped, trigger: body.trigger,
                area: try body.areaId.map { try AreaID($0).orInvalid("areaId", say("refusals.api.chooseArea")) })
        } answer: { state, account in
            UrgesBody(state, for: account, today: account.settings.today(at: clock.now()))
        }
    }

    /// A POST whose body becomes one step on the caller's own day.
    private func step<Body: Decodable & Sendable, Answer: Encodable>(
        _ book: inout APIRouteBook, _ path: String, _ type: Body.Type, status: HTTPResponse.Status = .ok,
        _ command: @escaping @Sendable (Body, Parameters) throws -> OutOfReachCommand,
        answer: @escaping @Sendable (CoupleState, Account) -> Answer
    ) {
        book.step(
            .post, path, type, status: status, couples: couples,
            command: { body, parameters, account in
                .outOfReach(try command(body, parameters), today: account.settings.today(at: clock.now()))
            },
            answer: { state, account in answer(state, account) })
    }
}

struct CheckInRequest: Decodable, Sendable {
    let levels: [String: Int]
    let note: String?
    let shared: Bool?

    /// The levels by sign; a name that is not one of the four is refused, not ignored.
    func signLevels() throws -> [Sign: Int] {
        var result: [Sign: Int] = [:]
        for (name, level) in levels {
            result[try Sign(rawValue: name).orInvalid("levels", say("refusals.api.signs"))] = level
        }
        return result
    }
}

struct UrgeRequest: Decodable, Sendable {
    let kind: String
    let actedOn: Bool
    let helped: String?
    let trigger: String?
    let areaId: String?
}
