import Foundation
import TrellisCore
import TrellisStore

/// The JSON shapes of rupture and repair, as documented in openapi.yaml; absent values are null.
struct RupturesBody: Encodable, Equatable {
    let seq: Int64
    /// The caller's own private ruptures and every shared one: the open ones, newest first, then
    /// the newest repaired ones.
    let ruptures: [RuptureBody]
    /// Pass as `earlier` for the repaired ruptures before these; absent at the oldest.
    let rupturesEarlier: String?

    init(_ state: CoupleState, for account: Account, earlier: ListCursor? = nil) {
        seq = state.seq
        let recent = state.ruptures.recent(before: earlier)
        ruptures = recent.items.map { RuptureBody($0, for: account.id) }
        rupturesEarlier = recent.earlier?.description
    }
}

struct RuptureBody: Encodable, Equatable {
    let id: String
    let mine: Bool
    let areaId: String?
    let what: String
    let felt: String
    let at: Date
    let shared: Bool
    let steps: [StepBody]
    let repairedByMe: Bool
    let repairedByPartner: Bool
    let closedAt: Date?

    struct StepBody: Encodable, Equatable {
        let id: String
        let byMe: Bool
        let kind: String
        let text: String
        let actionId: String?
        let expectationId: String?
        let at: Date

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(byMe, forKey: .byMe)
            try c.encode(kind, forKey: .kind)
            try c.encode(text, forKey: .text)
            try c.encode(actionId, forKey: .actionId)
            try c.encode(expectationId, forKey: .expectationId)
            try c.encode(at, forKey: .at)
        }

        private enum CodingKeys: String, CodingKey { case id, byMe, kind, text, actionId, expectationId, at }
    }

    init(_ rupture: Rupture, for viewer: MemberID) {
        id = rupture.id.description
        mine = rupture.author == viewer
        areaId = rupture.area?.description
        what = rupture.what
        felt = rupture.felt
        at = rupture.at
        shared = rupture.visibility == .shared
        steps = rupture.steps.map {
            StepBody(
                id: $0.id.uuidString.lowercased(), byMe: $0.author == viewer, kind: $0.kind.rawValue, text: $0.text,
                actionId: $0.action?.description, expectationId: $0.expectation?.description,
                at: $0.at)
        }
        repairedByMe = rupture.repairedFor.contains(viewer)
        repairedByPartner = rupture.repairedFor.contains(where: { $0 != viewer })
        closedAt = rupture.closedAt
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(mine, forKey: .mine)
        try c.encode(areaId, forKey: .areaId)
        try c.encode(what, forKey: .what)
        try c.encode(felt, forKey: .felt)
        try c.encode(at, forKey: .at)
        try c.encode(shared, forKey: .shared)
        try c.encode(steps, forKey: .steps)
        try c.encode(repairedByMe, forKey: .repairedByMe)
        try c.encode(repairedByPartner, forKey: .repairedByPartner)
        try c.encode(closedAt, forKey: .closedAt)
    }

    private enum CodingKeys: String, CodingKey {
        case id, mine, areaId, what, felt, at, shared, steps, repairedByMe, repairedByPartner, closedAt
    }
}
