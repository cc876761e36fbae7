import Foundation
import Hummingbird
import TrellisCore
import TrellisStore

/// Our timeline for API clients: the moments that marked the way, newest first, as the caller may
/// see them (shared ones, and the caller's own private ones).
struct TimelineAPI {
    let couples: CoupleService

    func register(in book: inout APIRouteBook) {
        book.read("/couples/{coupleId}/timeline") { _, context in
            let (account, couple) = try context.member()
            return TimelineBody(try await couples.authorised(account, couple).state, for: account.id)
        }
    }
}

struct TimelineBody: Encodable, Equatable {
    struct MomentBody: Encodable, Equatable {
        let kind: String
        let at: Date
        let byMe: Bool
        let areaId: String?
        /// The caller's alone: never on the partner's timeline.
        let `private`: Bool

        /// `areaId` is null rather than missing.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(at, forKey: .at)
            try c.encode(byMe, forKey: .byMe)
            try c.encode(areaId, forKey: .areaId)
            try c.encode(`private`, forKey: .private)
        }

        enum CodingKeys: String, CodingKey { case kind, at, byMe, areaId, `private` }
    }

    let moments: [MomentBody]

    init(_ state: CoupleState, for viewer: MemberID) {
        moments = state.timeline.moments.suffix(TimelineView.shown).reversed().map {
            MomentBody(
                kind: $0.kind.rawValue, at: $0.at, byMe: $0.author == viewer, areaId: $0.area?.description,
                private: $0.visibility == .private)
        }
    }
}
