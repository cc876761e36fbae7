extension CoupleState {
    /// Whom these events by `actor`, about to be appended, give a reason to be nudged outside the
    /// app, and of which kind: a shared step that waits for the partner, or a window opened for
    /// them. Nothing private, and nothing about the partner's absence, ever makes one.
    public func nudges(after events: [PendingEvent], by actor: MemberID) -> [(
        member: MemberID, kind: NudgePreferences.Kind
    )] {
        guard let partner = partner(of: actor)?.id else { return [] }
        var state = self
        var kinds: [NudgePreferences.Kind] = []
        for event in events where event.visibility == .shared {
            let numbered = event.numbered(state.seq + 1)
            if let kind = state.news(of: numbered)?.what.nudge, !kinds.contains(kind) { kinds.append(kind) }
            state.apply(numbered)
        }
        return kinds.map { (partner, $0) }
    }
}

extension NewsItem.What {
    /// The nudge this step gives its reader a reason for, if any: a step that waits for them.
    var nudge: NudgePreferences.Kind? {
        switch self {
        case .asked, .actionAsked, .feedbackGiven, .feedbackReflected, .grant(_, .offered), .rupture(.shared),
            .clinician(.askedIn, _):
            .partnerWaiting
        case .window(.started): .windowOpened
        default: nil
        }
    }
}
