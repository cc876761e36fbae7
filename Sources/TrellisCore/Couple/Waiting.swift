import Foundation

/// What is waiting for a member now, in the order to take it, and what they are waiting for from
/// their partner: the home page's "today". Nothing here is a count of failures or a score.
public struct Waiting: Sendable, Equatable {
    /// Something the member can do now, each one tap away.
    public enum ForMe: Sendable, Equatable {
        /// The partner told the member the week before a day is hard for them, until the day has
        /// passed: a moment to offer a clear action or trust.
        case hardWeek(HardWeek)
        /// One of the member's hard dates is a week away or less: a moment to get ready.
        case hardDate(HardDate, coming: Day)
        /// The partner proposed a day and time for the weekly check-in.
        case talkProposed(TalkRhythm)
        /// Both turns of a week are open: the partner's waits to be read and heard.
        case turnsOpen(Turn)
        /// The member's turn this week: on the agreed day, or once the partner's is written.
        case yourTurn(week: Day, partnerReady: Bool)
        /// The partner asked about an area where the member's switch is off.
        case question(RepairQuestion)
        /// Actions the partner asked of the member: accept them, or propose other words.
        case requests([RepairAction])
        /// The doer proposed other words for an action the member asked for.
        case reword(RepairAction)
        /// The doer proposed retiring an action the member asked for.
        case retirement(RepairAction)
        /// An agreed action due today that the member has not reported yet.
        case report(RepairAction)
        /// Feedback from the partner, to pause on and name back.
        case feedback(Feedback)
        /// The partner named back what they heard: was it what the member meant?
        case reflection(Feedback)
        /// The member's reflection was "not quite": they may name it back again.
        case tryAgain(Feedback)
        /// Tonight's journal entry, once the member's evening has come.
        case journal
        /// The partner will share their core fears in this area when the member shares theirs.
        case fearsReady(AreaID)
        /// A core fear the partner shared, not answered yet (answering is the member's choice).
        case sharedFear(CoreFear)
        /// Trust the partner gave the member, to accept or not.
        case grant(TrustGrant)
        /// Words the partner proposed for an expectation, to agree to or not.
        case words(Expectation)
        /// The partner withdrew consent: the expectation no longer holds. A notice, not a task.
        case consentWithdrawn(Expectation)
        /// The partner told the member something against their promise. A notice, not a task.
        case told(Expectation, Expectation.Disclosure)
        /// A Transparency Window the partner invites the member to, or one they are both in now.
        case window(TransparencyWindow)
        /// A rupture the partner shared that the member has not answered with a step yet, or one
        /// the partner says feels repaired while the member has not said so.
        case rupture(Rupture)
        /// The partner asked a clinician in: choose what they may see, or withdraw.
        case clinicianAskedIn(OutsideHelpState.Invitation)
        /// A clinician's suggestion the member may take on or decline.
        case suggestion(Suggestion)

        /// A notice is only news: home shows it until the member opens it, not until they act.
        /// The member's own rhythm (tonight's journal, a hard date close): nothing anyone asked.
        public var isOwn: Bool {
            switch self {
            case .journal, .hardDate: true
            default: false
            }
        }

        public var isNotice: Bool {
            switch self {
            case .consentWithdrawn, .told: true
            default: false
            }
        }
    }

    /// Something the member asked for that is now with their partner.
    public enum FromPartner: Sendable, Equatable {
        case answer(RepairQuestion)
        /// Actions the member asked for that the partner has not agreed to yet.
        case requests([RepairAction])
        /// Feedback the member gave that the partner has not named back yet.
        case reflection(Feedback)
        /// Trust the member gave, not accepted or declined yet.
        case grant(TrustGrant)
        /// Words the member proposed, not agreed to or declined yet.
        case words(Expectation)
        /// The window the member started, until the partner joins or says not now.
        case window(TransparencyWindow)
    }

    public let forMe: [ForMe]
    public let fromPartner: [FromPartner]
}

extension CoupleState {
    /// What waits for `viewer` on `today` (their own day); `isEvening` says whether their evening
    /// hour has come. Nil for anyone who is not a member.
    public func waiting(for viewer: MemberID, today: Day, isEvening: Bool) -> Waiting? {
        guard isMember(viewer) else { return nil }
        let asked = repair.actions.filter { $0.asker == viewer }
        let askedOfMe = repair.actions.filter { $0.doer == viewer }
        var forMe: [Waiting.ForMe] = hardDatesForMe(viewer, today: today) + talkForMe(viewer, today: today)
        forMe += repair.questions.filter { $0.asker != viewer && $0.answer == nil }.map { .question($0) }
        let requests = askedOfMe.filter { $0.status == .requested }
        if !requests.isEmpty { forMe.append(.requests(requests)) }
        for action in asked {
            if case .rewordProposed = action.status { forMe.append(.reword(action)) }
            if let proposer = action.retirementProposedBy, proposer != viewer { forMe.append(.retirement(action)) }
        }
        forMe += askedOfMe.filter { $0.isDue(on: today) }.map { .report($0) }
        forMe += integrity.feedback.newest { $0.receiver == viewer && $0.reflection == nil }.map { .feedback($0) }
        forMe += integrity.feedback.newest { $0.giver == viewer && $0.reflection != nil && $0.landed == nil }
            .map { .reflection($0) }
        forMe += integrity.feedback.newest { $0.receiver == viewer && $0.landed == false }.map { .tryAgain($0) }
        let fearsView = fearsView(for: viewer)
        forMe += fearsView.filter { $0.partnerIsReady && !$0.iAmWaiting }.map { .fearsReady($0.area.id) }
        forMe += fearsView.flatMap(\.partners).filter { $0.answer == nil }.map { .sharedFear($0) }
        forMe += buildingForMe(viewer)
        if let window = windows.live, window.isParticipant(viewer), window.asker != viewer || window.phase != .invited {
            forMe.append(.window(window))
        }
        forMe += ruptures.ruptures.filter { $0.awaits(viewer) }.map { .rupture($0) }
        forMe += help.active.filter { $0.consent(of: viewer) == nil }.map { .clinicianAskedIn($0) }
        forMe += help.openSuggestions.filter { $0.canBeTakenOn(by: viewer) }.map { .suggestion($0) }
        // The member's own evening prompt comes after everything someone waits on.
        if isEvening, integrity.journal(of: viewer, on: today) == nil { forMe.append(.journal) }

        var fromPartner: [Waiting.FromPartner] = repair.questions.filter { $0.asker == viewer && $0.answer == nil }
            .map { .answer($0) }
        let pending = asked.filter { $0.status == .requested }
        if !pending.isEmpty { fromPartner.append(.requests(pending)) }
        fromPartner += integrity.feedback.newest { $0.giver == viewer && $0.reflection == nil }.map { .reflection($0) }
        fromPartner += buildingFromPartner(viewer)
        if let window = windows.live, window.asker == viewer, window.phase == .invited {
            fromPartner.append(.window(window))
        }
        return Waiting(forMe: forMe, fromPartner: fromPartner)
    }
}

extension Array {
    /// The newest `limit` elements that `include` keeps, oldest first: of a list a person can grow
    /// without end (feedback, things told), no more than a screen's worth waits at once, and what
    /// is older waits in its own place (whose list pages back) or its turn.
    public func newest(_ limit: Int = ListLimit.waitingOnHome, where include: (Element) -> Bool) -> [Element] {
        var kept: [Element] = []
        var index = endIndex
        while index > startIndex, kept.count < limit {
            index -= 1
            if include(self[index]) { kept.append(self[index]) }
        }
        return kept.reversed()
    }
}

extension RepairAction {
    /// Agreed, scheduled on `day`, counting by then, and not reported yet.
    public func isDue(on day: Day) -> Bool {
        isScheduled(on: day) && occurrences[day]?.outcome == nil
    }
}
