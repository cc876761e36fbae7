import Foundation
import Hummingbird
import TrellisCore
import TrellisStore

/// Each partner's own clock for API clients: the partner's time zone, only if they let the caller
/// see it, and letting the partner see the caller's (their settings' time zone), or no longer.
struct ClockAPI {
    let couples: CoupleService

    func register(in book: inout APIRouteBook) {
        book.read("/couples/{coupleId}/clock") { _, context in
            let (account, couple) = try context.member()
            return ClockBody(try await couples.authorised(account, couple).state, for: account.id)
        }
        book.step(
            .put, "/couples/{coupleId}/clock", ShareClockRequest.self, couples: couples,
            command: { body, _, account in .shareClock(timeZone: body.share ? account.settings.timeZone : nil) },
            answer: { state, account in ClockBody(state, for: account.id) })
    }
}

struct ShareClockRequest: Decodable, Sendable { let share: Bool }

struct ClockBody: Encodable, Equatable {
    /// The time zone the partner sees, or null when the caller shares none.
    let mine: String?
    /// The partner's time zone, or null unless they let the caller see it.
    let partners: String?

    init(_ state: CoupleState, for viewer: MemberID) {
        mine = state.clocks.timeZone(of: viewer)
        partners = state.partner(of: viewer).flatMap { state.clocks.timeZone(of: $0.id) }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(mine, forKey: .mine)
        try c.encode(partners, forKey: .partners)
    }

    enum CodingKeys: String, CodingKey { case mine, partners }
}
