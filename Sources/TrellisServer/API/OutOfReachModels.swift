import Foundation
import TrellisCore
import TrellisStore

/// The JSON shapes of check-ins on the signs and of the urge log, as documented in openapi.yaml.
struct SignsBody: Encodable, Equatable {
    struct SignBody: Encodable, Equatable {
        let sign: String
        let feeling: String
        let why: String
    }

    struct CheckInBody: Encodable, Equatable {
        let id: String
        let day: String
        let levels: [String: Int]
        let note: String?
        let shared: Bool

        init(_ checkIn: SignsCheckIn) {
            id = checkIn.id.description
            day = checkIn.day.description
            levels = Dictionary(uniqueKeysWithValues: checkIn.levels.map { ($0.key.rawValue, $0.value) })
            note = checkIn.note
            shared = checkIn.visibility == .shared
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(day, forKey: .day)
            try c.encode(levels, forKey: .levels)
            try c.encode(note, forKey: .note)
            try c.encode(shared, forKey: .shared)
        }

        private enum CodingKeys: String, CodingKey { case id, day, levels, note, shared }
    }

    let signs: [SignBody]
    let mine: [CheckInBody]
    /// Pass as `earlier` for the caller's check-ins before these; absent at the oldest.
    let mineEarlier: String?
    let partners: [CheckInBody]
    let partnersEarlier: String?

    init(_ state: CoupleState, for account: Account, earlier: ListCursor? = nil) {
        let view = state.signsView(for: account.id, earlier: earlier)
        signs = Sign.allCases.map { SignBody(sign: $0.rawValue, feeling: $0.feeling, why: $0.why) }
        mine = view.mine.items.map(CheckInBody.init)
        mineEarlier = view.mine.earlier?.description
        partners = view.partners.items.map(CheckInBody.init)
        partnersEarlier = view.partners.earlier?.description
    }
}

struct UrgesBody: Encodable, Equatable {
    struct UrgeBody: Encodable, Equatable {
        let id: String
        let day: String
        let kind: String
        let actedOn: Bool
        let helped: String?
        let trigger: String?
        let areaId: String?

        init(_ urge: Urge) {
            id = urge.id.description
            day = urge.day.description
            kind = urge.kind.rawValue
            actedOn = urge.actedOn
            helped = urge.helped
            trigger = urge.trigger
            areaId = urge.area?.description
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(day, forKey: .day)
            try c.encode(kind, forKey: .kind)
            try c.encode(actedOn, forKey: .actedOn)
            try c.encode(helped, forKey: .helped)
            try c.encode(trigger, forKey: .trigger)
            try c.encode(areaId, forKey: .areaId)
        }

        private enum CodingKeys: String, CodingKey { case id, day, kind, actedOn, helped, trigger, areaId }
    }

    struct WeekBody: Encodable, Equatable {
        let last: String
        let resisted: Int
        let actedOn: Int
    }

    struct HelpBody: Encodable, Equatable {
        let what: String
        let times: Int
    }

    let urges: [UrgeBody]
    /// Pass as `earlier` for the urges before these; absent at the oldest.
    let urgesEarlier: String?
    let weeks: [WeekBody]
    let helped: [HelpBody]
    let summary: String
    let suggestions: [String]

    init(_ state: CoupleState, for account: Account, today: Day, earlier: ListCursor? = nil) {
        let pattern = state.urgePattern(for: account.id, today: today, earlier: earlier)
        urges = pattern.recent.items.map(UrgeBody.init)
        urgesEarlier = pattern.recent.earlier?.description
        weeks = pattern.weeks.map { WeekBody(last: $0.last.description, resisted: $0.resisted, actedOn: $0.actedOn) }
        helped = pattern.helped.map { HelpBody(what: $0.what, times: $0.times) }
        summary = pattern.summary
        suggestions = UrgeLog.suggestions
    }
}
