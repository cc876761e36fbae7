import Foundation
import TrellisCore
import TrellisStore

/// Then and now, per area: the caller's answers, and beside them (never combined) the partner's
/// shared ones, each the newest twelve, oldest first. Only areas where the caller's trust is on
/// or where there is something to show.
struct ThenAndNowBody: Encodable, Equatable {
    struct Answer: Encodable, Equatable {
        let id: String
        let day: String
        let predictability: String
        let dependability: String
        let faith: String
        let words: String?
        let shared: Bool

        init(_ answer: ThenAndNowAnswer) {
            id = answer.id.description
            day = answer.day.description
            predictability = answer.levels[.predictability]?.rawValue ?? ""
            dependability = answer.levels[.dependability]?.rawValue ?? ""
            faith = answer.levels[.faith]?.rawValue ?? ""
            words = answer.words
            shared = answer.visibility == .shared
        }

        /// `words` is null rather than missing.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(day, forKey: .day)
            try c.encode(predictability, forKey: .predictability)
            try c.encode(dependability, forKey: .dependability)
            try c.encode(faith, forKey: .faith)
            try c.encode(words, forKey: .words)
            try c.encode(shared, forKey: .shared)
        }

        enum CodingKeys: String, CodingKey { case id, day, predictability, dependability, faith, words, shared }
    }

    struct AreaBody: Encodable, Equatable {
        let areaId: String
        /// The caller's trust is on here, so the questions may be answered.
        let switchOn: Bool
        let answeredThisMonth: Bool
        let mine: [Answer]
        let partners: [Answer]
    }

    let seq: Int64
    let areas: [AreaBody]

    init(_ state: CoupleState, for account: Account, at now: Date) {
        let viewer = account.id
        let today = account.settings.today(at: now)
        let partner = state.partner(of: viewer)?.id
        seq = state.seq
        areas = state.activeAreas.compactMap { area in
            let mine = state.thenAndNow.answers(by: viewer, in: area.id, seenBy: viewer)
            let theirs = partner.map { state.thenAndNow.answers(by: $0, in: area.id, seenBy: viewer) } ?? []
            let on = state.repair.trustSwitch(of: viewer, in: area.id)?.isOn == true
            guard on || !mine.isEmpty || !theirs.isEmpty else { return nil }
            return AreaBody(
                areaId: area.id.description, switchOn: on,
                answeredThisMonth: state.thenAndNow.answered(by: viewer, in: area.id, monthOf: today),
                mine: mine.map(Answer.init), partners: theirs.map(Answer.init))
        }
    }
}
