import Foundation

/// Where one piece of feedback stands, for the one who received it and for the one who gave it:
/// the rule the decisions keep and the pages show, in one place.
extension Feedback {
    public enum Stage: Sendable, Equatable {
        /// Received, not yet read with a pause.
        case toPause
        /// The pause has begun; the reply opens then.
        case pausing(until: Date)
        /// The pause is over: the receiver may name back the one true thing they heard.
        case toNameBack
        /// Named back; the giver has not answered yet.
        case namedBack
        /// The giver said "not quite": the receiver may name it back again.
        case notQuite
        /// The giver said "yes, that's it".
        case landed
    }

    /// The stage at `now`. Before the receiver's pause the giver sees `toPause` too: the pause
    /// and its end are the receiver's own.
    public func stage(at now: Date) -> Stage {
        if reflection != nil {
            switch landed {
            case .some(true): return .landed
            case .some(false): return .notQuite
            case .none: return .namedBack
            }
        }
        guard let opens = replyOpensAt else { return .toPause }
        return opens > now ? .pausing(until: opens) : .toNameBack
    }
}
