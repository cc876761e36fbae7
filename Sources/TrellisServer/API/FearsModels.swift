import Foundation
import TrellisCore
import TrellisStore

/// The JSON shapes of core fears, as documented in openapi.yaml.
struct FearsBody: Encodable, Equatable {
    struct AreaBody: Encodable, Equatable {
        let areaId: String
        let name: String
        let mine: [FearBody]
        let partners: [FearBody]
        let iAmWaiting: Bool
        let partnerIsReady: Bool
    }

    let seq: Int64
    let areas: [AreaBody]

    init(_ state: CoupleState, for account: Account) {
        seq = state.seq
        areas = state.fearsView(for: account.id).map {
            AreaBody(
                areaId: $0.area.id.description, name: $0.area.name, mine: $0.mine.map(FearBody.init),
                partners: $0.partners.map(FearBody.init), iAmWaiting: $0.iAmWaiting, partnerIsReady: $0.partnerIsReady)
        }
    }
}

struct FearBody: Encodable, Equatable {
    let id: String
    let what: String
    let why: String
    let visibility: String
    let answer: String?

    init(_ fear: CoreFear) {
        id = fear.id.description
        what = fear.what
        why = fear.why
        visibility = fear.visibility.rawValue
        answer = fear.answer
    }

    private enum CodingKeys: String, CodingKey { case id, what, why, visibility, answer }

    /// `answer` is always present: null means "not answered yet".
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(what, forKey: .what)
        try container.encode(why, forKey: .why)
        try container.encode(visibility, forKey: .visibility)
        try container.encode(answer, forKey: .answer)
    }
}
