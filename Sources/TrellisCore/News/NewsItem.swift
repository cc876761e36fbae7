import Foundation

/// One step a partner took that the other should see: news on home. Only shared steps make news,
/// so nothing private of anyone, nor that a private entry exists, is ever in it. Each item names
/// what it is about by id; the words come from where it is shown.
public struct NewsItem: Sendable, Equatable, Codable {
    public enum What: Sendable, Equatable, Codable {
        /// An answer to the reader's question about an area.
        case answered(area: AreaID)
        /// The author asked the reader about an area where the reader's switch is off.
        case asked(area: AreaID, kind: RepairQuestion.Kind)
        /// The author turned their own switch in an area.
        case switchTurned(area: AreaID, on: Bool)
        /// The author shared the hurt behind a switch.
        case hurtShared(area: AreaID)
        /// The author asked an action of the reader.
        case actionAsked(action: ActionID)
        /// The author agreed to an action the reader asked for.
        case actionAccepted(action: ActionID)
        /// The author reported a day of an action the reader asked for.
        case reported(action: ActionID, day: Day, outcome: Outcome)
        /// The author noticed the reader's report, or saw it happen, with the word they chose.
        case reportNoticed(action: ActionID, day: Day, word: String?)
        case feedbackGiven
        /// The author named back what they heard in the reader's feedback.
        case feedbackReflected
        /// The author said whether the reader's reflection was what they meant.
        case reflectionMarked(landed: Bool)
        /// An appreciation: a noticing the author shared.
        case appreciation(area: AreaID?)
        case slidingDoor(area: AreaID?, toward: Bool)
        /// An evening journal entry the author chose to share.
        case journalShared
        /// "I did this" on a safe behaviour the reader named.
        case didThis(behaviour: BehaviourID)
        case grant(GrantID, GrantStep)
        case wordsAgreed(expectation: ExpectationID)
        case consentWithdrawn(expectation: ExpectationID)
        case told(expectation: ExpectationID)
        case window(WindowStep)
        case rupture(RuptureStep)
        /// A clinician's step, or a partner's about one: `name` is the clinician's.
        case clinician(ClinicianStep, name: String)
        /// The partner joined the couple the reader started.
        case joined
        case left
        case accountClosed
        /// The partner's password was reset: what the reader kept for them waits for their recovery code.
        case passwordReset
        /// The author told the reader the week before `day` is hard for them.
        case hardWeek(day: Day)
        /// The author shared where their trust in the reader stands in an area, then and now.
        case thenAndNow(area: AreaID)
        /// A step of the weekly check-in.
        case talk(TalkStep)
    }

    public enum TalkStep: String, Sendable, Equatable, Codable {
        case proposed, agreed, stopped, ready, opened, heard, thanked
    }

    public enum GrantStep: String, Sendable, Equatable, Codable {
        case offered, accepted, declined, used, honoured, hurt, withdrawn
    }
    public enum WindowStep: String, Sendable, Equatable, Codable {
        case started, joined, declined, ended, reflectionShared
    }
    public enum RuptureStep: String, Sendable, Equatable, Codable { case shared, step, feelsRepaired, repaired }
    public enum ClinicianStep: String, Sendable, Equatable, Codable {
        case askedIn, consented, looked, noteLeft, suggested
    }

    /// The shared event that made it: its place in the record, and its identity.
    public let seq: Int64
    /// Who took the step: the partner, or a clinician.
    public let author: MemberID
    public let at: Date
    public let what: What
}

extension NewsItem.What {
    /// A stable name for the kind of step, for the API.
    public var kind: String {
        switch self {
        case .answered: "answered"
        case .asked: "asked"
        case .switchTurned: "switchTurned"
        case .hurtShared: "hurtShared"
        case .actionAsked: "actionAsked"
        case .actionAccepted: "actionAccepted"
        case .reported: "reported"
        case .reportNoticed: "reportNoticed"
        case .feedbackGiven: "feedbackGiven"
        case .feedbackReflected: "feedbackReflected"
        case .reflectionMarked: "reflectionMarked"
        case .appreciation: "appreciation"
        case .slidingDoor: "slidingDoor"
        case .journalShared: "journalShared"
        case .didThis: "didThis"
        case .grant(_, let step): "grant." + step.rawValue
        case .wordsAgreed: "wordsAgreed"
        case .consentWithdrawn: "consentWithdrawn"
        case .told: "told"
        case .window(let step): "window." + step.rawValue
        case .rupture(let step): "rupture." + step.rawValue
        case .clinician(let step, _): "clinician." + step.rawValue
        case .joined: "joined"
        case .left: "left"
        case .accountClosed: "accountClosed"
        case .passwordReset: "passwordReset"
        case .hardWeek: "hardWeek"
        case .thenAndNow: "thenAndNow"
        case .talk(let step): "talk." + step.rawValue
        }
    }
}
