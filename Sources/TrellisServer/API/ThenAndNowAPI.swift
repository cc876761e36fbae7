import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Then and now for API clients: the caller's answers per area and the partner's shared ones,
/// answering once a month where the caller's trust is on, and sharing an answer.
struct ThenAndNowAPI {
    let couples: CoupleService
    let clock: any WallClock

    func register(in book: inout APIRouteBook) {
        book.read("/couples/{coupleId}/then-and-now") { _, context in
            let (account, couple) = try context.member()
            return ThenAndNowBody(try await couples.authorised(account, couple).state, for: account, at: clock.now())
        }
        step(&book, "/couples/{coupleId}/areas/{areaId}/then-and-now", ThenAndNowRequest.self, status: .created) {
            body, parameters in
            .answer(
                id: ThenAndNowID(), area: try parameters.identifier("areaId", as: AreaID.self),
                levels: try body.levels(), words: body.words, shared: body.shared ?? false)
        }
        step(&book, "/couples/{coupleId}/then-and-now/{answerId}/share", Empty.self) { _, parameters in
            .share(id: try parameters.identifier("answerId", as: ThenAndNowID.self))
        }
    }

    /// A POST whose body becomes one step on the caller's own day; the answer is the caller's view.
    private func step<Body: Decodable & Sendable>(
        _ book: inout APIRouteBook, _ path: String, _ type: Body.Type, status: HTTPResponse.Status = .ok,
        _ command: @escaping @Sendable (Body, Parameters) throws -> ThenAndNowCommand
    ) {
        book.step(
            .post, path, type, status: status, couples: couples,
            command: { body, parameters, account in
                .thenAndNow(try command(body, parameters), today: account.settings.today(at: clock.now()))
            },
            answer: { state, account in ThenAndNowBody(state, for: account, at: clock.now()) })
    }
}

struct ThenAndNowRequest: Decodable, Sendable {
    let predictability: String
    let dependability: String
    let faith: String
    let words: String?
    let shared: Bool?

    /// Each part's answer; one that is not among the five is refused, naming its part.
    func levels() throws -> [ThenAndNowAnswer.Part: ThenAndNowAnswer.Level] {
        var levels: [ThenAndNowAnswer.Part: ThenAndNowAnswer.Level] = [:]
        for (part, raw) in [
            (ThenAndNowAnswer.Part.predictability, predictability), (.dependability, dependability), (.faith, faith),
        ] {
            levels[part] = try ThenAndNowAnswer.Level(rawValue: raw).orInvalid(
                part.rawValue, say("refusals.api.thenAndNowLevels"))
        }
        return levels
    }
}
