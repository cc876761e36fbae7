import Foundation
import TrellisCore
import TrellisStore

/// The JSON shapes of grants of trust, as documented in openapi.yaml.
struct GrantsBody: Encodable, Equatable {
    struct NextStep: Encodable, Equatable {
        let areaId: String
        let size: String
    }

    let seq: Int64
    let given: [GrantBody]
    /// Pass as `earlier` for the closed grants given before these; absent at the oldest.
    let givenEarlier: String?
    let received: [GrantBody]
    let receivedEarlier: String?
    let nextSteps: [NextStep]

    init(_ state: CoupleState, for account: Account, earlier: ListCursor? = nil) {
        let view = state.grantsView(for: account.id, earlier: earlier)
        seq = state.seq
        given = view.given.items.map(GrantBody.init)
        givenEarlier = view.given.earlier?.description
        received = view.received.items.map(GrantBody.init)
        receivedEarlier = view.received.earlier?.description
        nextSteps = view.nextStep.sorted { $0.key.description < $1.key.description }.map {
            NextStep(areaId: $0.key.description, size: $0.value.rawValue)
        }
    }
}

struct GrantBody: Encodable, Equatable {
    let id: String
    let areaId: String
    let fearId: String?
    let what: String
    let stakes: String
    let size: String
    let reviewOn: String?
    let status: String
    let used: String?
    let honoured: Bool?
    let hurt: String?

    init(_ grant: TrustGrant) {
        id = grant.id.description
        areaId = grant.area.description
        fearId = grant.fear?.description
        what = grant.what
        stakes = grant.stakes
        size = grant.size.rawValue
        reviewOn = grant.reviewOn?.description
        status =
            switch grant.status {
            case .offered: "offered"
            case .accepted: "accepted"
            case .declined: "declined"
            case .withdrawn: "withdrawn"
            }
        used = grant.used
        honoured = grant.honoured
        hurt = grant.hurt
    }

    private enum CodingKeys: String, CodingKey {
        case id, areaId, fearId, what, stakes, size, reviewOn, status, used, honoured, hurt
    }

    /// Every field is always present; null means "not yet" or "none".
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(areaId, forKey: .areaId)
        try c.encode(fearId, forKey: .fearId)
        try c.encode(what, forKey: .what)
        try c.encode(stakes, forKey: .stakes)
        try c.encode(size, forKey: .size)
        try c.encode(reviewOn, forKey: .reviewOn)
        try c.encode(status, forKey: .status)
        try c.encode(used, forKey: .used)
        try c.encode(honoured, forKey: .honoured)
        try c.encode(hurt, forKey: .hurt)
    }
}
