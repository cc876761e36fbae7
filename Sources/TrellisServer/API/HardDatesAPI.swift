import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Hard dates for API clients: the caller's own private list (never the partner's, nor whether
/// they keep one), getting ready, telling the partner a week is hard, and what the partner told.
struct HardDatesAPI {
    let couples: CoupleService
    let clock: any WallClock

    func register(in book: inout APIRouteBook) {
        book.read("/couples/{coupleId}/hard-dates") { _, context in
            let (account, couple) = try context.member()
            return HardDatesBody(try await couples.authorised(account, couple).state, for: account, at: clock.now())
        }
        step(&book, "/couples/{coupleId}/hard-dates", HardDateRequest.self, status: .created) { body, _ in
            .add(
                id: HardDateID(), what: body.what,
                day: try Day(iso: body.day).orInvalid("day", say("refusals.api.hardDateDay")),
                yearly: body.yearly ?? true)
        }
        step(&book, "/couples/{coupleId}/hard-dates/{hardDateId}/preparation", PrepareRequest.self) { body, id in
            .prepare(id: id, helped: body.helped, ask: body.ask)
        }
        step(&book, "/couples/{coupleId}/hard-dates/{hardDateId}/tell", TellRequest.self) { body, id in
            .tell(id: id, week: HardWeekID(), words: body.words)
        }
        step(&book, "/couples/{coupleId}/hard-dates/{hardDateId}/remove", Empty.self) { _, id in .remove(id: id) }
    }

    /// A POST whose body becomes one step on the caller's own day; the answer is the caller's view.
    private func step<Body: Decodable & Sendable>(
        _ book: inout APIRouteBook, _ path: String, _ type: Body.Type, status: HTTPResponse.Status = .ok,
        _ command: @escaping @Sendable (Body, HardDateID) throws -> HardDateCommand
    ) {
        book.step(
            .post, path, type, status: status, couples: couples,
            command: { body, parameters, account in
                let id =
                    path.contains("{hardDateId}")
                    ? try parameters.identifier("hardDateId", as: HardDateID.self) : HardDateID()
                return .hardDate(try command(body, id), today: account.settings.today(at: clock.now()))
            },
            answer: { state, account in HardDatesBody(state, for: account, at: clock.now()) })
    }
}

struct HardDateRequest: Decodable, Sendable {
    let what: String
    let day: String
    let yearly: Bool?
}

struct PrepareRequest: Decodable, Sendable {
    let helped: String?
    let ask: String?
}

struct TellRequest: Decodable, Sendable { let words: String? }
