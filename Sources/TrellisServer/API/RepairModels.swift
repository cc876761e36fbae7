import Foundation
import TrellisCore
import TrellisLanguage

// The JSON shapes of the repair routes, as documented in openapi.yaml.

/// `{"kind": "once", "by": "2026-12-01"}`, `{"kind": "daily"}`,
/// `{"kind": "weekdays", "days": ["monday", "thursday"]}` or `{"kind": "whenever", "situation": "..."}`.
struct CadenceBody: Codable, Equatable, Sendable {
    let kind: String
    let by: Day?
    let days: [String]?
    let situation: String?

    init(_ cadence: Cadence) {
        switch cadence {
        case .once(let day): (kind, by, days, situation) = ("once", day, nil, nil)
        case .daily: (kind, by, days, situation) = ("daily", nil, nil, nil)
        case .weekdays(let list):
            (kind, by, days, situation) = ("weekdays", nil, list.map(\.code), nil)
        case .whenever(let text): (kind, by, days, situation) = ("whenever", nil, nil, text)
        }
    }

    func cadence() throws -> Cadence {
        switch kind {
        case "once":
            guard let by else {
                throw TrellisError.invalid("cadence", say("refusals.api.onceNeedsBy"))
            }
            return .once(by: by)
        case "daily": return .daily
        case "weekdays":
            let parsed = try (days ?? []).map { name in
                guard let day = Weekday(name: name) else {
                    throw TrellisError.invalid("cadence", say("refusals.api.notAWeekday", ["name": name]))
                }
                return day
            }
            return .weekdays(parsed)
        case "whenever": return .whenever(situation: situation ?? "")
        default:
            throw TrellisError.invalid("cadence", say("refusals.api.cadenceKind"))
        }
    }
}

struct SwitchBody: Encodable, Equatable {
    let on: Bool?
    /// The newest settings, oldest first among them, as the list always was.
    let history: [Flip]
    /// Pass as `earlier` for the settings before these; absent at the oldest.
    let historyEarlier: String?

    struct Flip: Encodable, Equatable {
        let at: Date
        let on: Bool
    }

    init(_ trustSwitch: TrustSwitch?, history recent: Recent<TrustSwitch.Flip>) {
        on = trustSwitch?.isOn
        history = recent.items.reversed().map { Flip(at: $0.at, on: $0.on) }
        historyEarlier = recent.earlier?.description
    }
}

struct HurtBody: Encodable, Equatable {
    let id: String
    let author: String
    let what: String
    let help: String
    let visibility: String
    let recordedAt: Date

    init(_ hurt: Hurt) {
        id = hurt.id.description
        author = hurt.author.description
        what = hurt.what
        help = hurt.help
        visibility = hurt.visibility.rawValue
        recordedAt = hurt.recordedAt
    }
}

struct QuestionBody: Encodable, Equatable {
    let id: String
    let asker: String
    let kind: String
    let question: String
    let askedAt: Date
    let answer: String?

    init(_ question: RepairQuestion) {
        id = question.id.description
        asker = question.asker.description
        kind = question.kind.rawValue
        self.question = question.kind.wording
        askedAt = question.askedAt
        answer = question.answer
    }
}

struct AreaRepairBody: Encodable, Equatable {
    let areaId: String
    let name: String
    let mySwitch: SwitchBody
    let partnerSwitch: SwitchBody
    let hurts: [HurtBody]
    /// Pass as `earlier` for the hurts before these; absent at the oldest.
    let hurtsEarlier: String?
    let questions: [QuestionBody]
    let questionsEarlier: String?

    /// The newest of each list, oldest first among them, as the lists always were.
    init(_ area: RepairView.AreaRepair) {
        areaId = area.area.id.description
        name = area.area.name
        mySwitch = SwitchBody(area.mySwitch, history: area.myHistory)
        partnerSwitch = SwitchBody(area.partnerSwitch, history: area.partnerHistory)
        hurts = area.hurts.items.reversed().map(HurtBody.init)
        hurtsEarlier = area.hurts.earlier?.description
        questions = area.questions.items.reversed().map(QuestionBody.init)
        questionsEarlier = area.questions.earlier?.description
    }
}
