import Foundation
import TrellisCore
import TrellisStore

/// The JSON shapes of emotional trust and the pyramid, as documented in openapi.yaml. The
/// caller's own trust, per area, as weeks of evidence; the pyramid for both directions, each
/// level with its verdict, evidence and what it needs; and the safe behaviours both ways.
/// No field adds trust up across areas.
struct TrustBody: Encodable, Equatable {
    struct AreaTrust: Encodable, Equatable {
        struct Week: Encodable, Equatable {
            let start: Date
            let safeBehaviours: Int
            let actionsDone: Int
            let acknowledged: Int
            let honestMisses: Int
        }

        let areaId: String
        let switchOnSince: Date?
        let weeks: [Week]
        let waitingForSwitch: Int
        let steadyWeeks: Int
        let quietWeeks: Int

        init(_ trust: EmotionalTrust) {
            areaId = trust.area.description
            switchOnSince = trust.onSince
            weeks = trust.weeks.map {
                Week(
                    start: $0.start, safeBehaviours: $0.counts[.safeBehaviour] ?? 0,
                    actionsDone: $0.counts[.actionDone] ?? 0, acknowledged: $0.counts[.acknowledged] ?? 0,
                    honestMisses: $0.counts[.honestMiss] ?? 0)
            }
            waitingForSwitch = trust.waiting.values.reduce(0, +)
            steadyWeeks = trust.steadyWeeks
            quietWeeks = trust.quietWeeks
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(areaId, forKey: .areaId)
            try c.encode(switchOnSince, forKey: .switchOnSince)
            try c.encode(weeks, forKey: .weeks)
            try c.encode(waitingForSwitch, forKey: .waitingForSwitch)
            try c.encode(steadyWeeks, forKey: .steadyWeeks)
            try c.encode(quietWeeks, forKey: .quietWeeks)
        }

        private enum CodingKeys: String, CodingKey {
            case areaId, switchOnSince, weeks, waitingForSwitch, steadyWeeks, quietWeeks
        }
    }

    struct PyramidBody: Encodable, Equatable {
        struct Level: Encodable, Equatable {
            let level: String
            let criterion: String
            let met: Bool
            let holds: Bool
            let evidence: [String]
            let needs: String?
            let holdingBack: [String]

            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(level, forKey: .level)
                try c.encode(criterion, forKey: .criterion)
                try c.encode(met, forKey: .met)
                try c.encode(holds, forKey: .holds)
                try c.encode(evidence, forKey: .evidence)
                try c.encode(needs, forKey: .needs)
                try c.encode(holdingBack, forKey: .holdingBack)
            }

            private enum CodingKeys: String, CodingKey {
                case level, criterion, met, holds, evidence, needs, holdingBack
            }
        }

        let place: String?
        let levels: [Level]

        init(_ pyramid: Pyramid) {
            place = pyramid.place?.rawValue
            levels = pyramid.checks.map {
                Level(
                    level: $0.level.rawValue, criterion: $0.level.criterion, met: $0.met,
                    holds: pyramid.holds($0.level),
                    evidence: $0.evidence, needs: $0.needs, holdingBack: $0.holdingBack.map(\.description))
            }
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(place, forKey: .place)
            try c.encode(levels, forKey: .levels)
        }

        private enum CodingKeys: String, CodingKey { case place, levels }
    }

    struct Behaviour: Encodable, Equatable {
        struct Moment: Encodable, Equatable {
            let id: String
            let day: String
            let word: String?
            let claimed: Bool
            let confirmed: Bool?

            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(id, forKey: .id)
                try c.encode(day, forKey: .day)
                try c.encode(word, forKey: .word)
                try c.encode(claimed, forKey: .claimed)
                try c.encode(confirmed, forKey: .confirmed)
            }

            private enum CodingKeys: String, CodingKey { case id, day, word, claimed, confirmed }
        }

        let id: String
        let areaId: String
        let what: String
        let retired: Bool
        let moments: [Moment]
        /// Pass as `earlier` for the times before these; absent at the oldest.
        let momentsEarlier: String?

        init(_ behaviour: SafeBehaviour, earlier: ListCursor?) {
            id = behaviour.id.description
            areaId = behaviour.area.description
            what = behaviour.what
            retired = behaviour.retired
            let recent = behaviour.recentMoments(before: earlier)
            momentsEarlier = recent.earlier?.description
            moments = recent.items.map {
                Moment(
                    id: $0.id.uuidString.lowercased(), day: $0.day.description, word: $0.word, claimed: $0.claimed,
                    confirmed: $0.confirmed)
            }
        }
    }

    let seq: Int64
    /// The caller's trust in their partner, area by area.
    let areas: [AreaTrust]
    let myPyramid: PyramidBody?
    let partnersPyramid: PyramidBody?
    /// Safe behaviours the caller named, and those their partner asked of them.
    let named: [Behaviour]
    let askedOfMe: [Behaviour]

    init(_ state: CoupleState, for account: Account, at now: Date, earlier: ListCursor? = nil) {
        seq = state.seq
        areas = state.activeAreas.compactMap { state.emotionalTrust(of: account.id, in: $0.id, at: now) }.map(
            AreaTrust.init)
        let partner = state.partner(of: account.id)?.id
        myPyramid = state.pyramid(for: account.id, at: now).map(PyramidBody.init)
        partnersPyramid = partner.flatMap { state.pyramid(for: $0, at: now) }.map(PyramidBody.init)
        named = state.safeBehaviours.behaviours.filter { $0.truster == account.id }.map {
            Behaviour($0, earlier: earlier)
        }
        askedOfMe = state.safeBehaviours.behaviours.filter { $0.doer == account.id }.map {
            Behaviour($0, earlier: earlier)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(seq, forKey: .seq)
        try c.encode(areas, forKey: .areas)
        try c.encode(myPyramid, forKey: .myPyramid)
        try c.encode(partnersPyramid, forKey: .partnersPyramid)
        try c.encode(named, forKey: .named)
        try c.encode(askedOfMe, forKey: .askedOfMe)
    }

    private enum CodingKeys: String, CodingKey { case seq, areas, myPyramid, partnersPyramid, named, askedOfMe }
}
