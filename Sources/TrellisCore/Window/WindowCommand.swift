import Foundation

/// What a member asks of a Transparency Window. Time comes with the decision (`now`).
public enum WindowCommand: Sendable, Equatable {
    /// Start a window with the question the asker has been afraid to ask, for `seconds` of open time.
    case start(id: WindowID, question: String, seconds: Int)
    /// Join the window the partner started. `question` is the asker's private question, filled in
    /// by whoever holds the asker's record, so it is shown to both in the same step.
    case join(id: WindowID, question: String?)
    case decline(id: WindowID)
    case rate(id: WindowID, rating: Int)
    case ready(id: WindowID)
    /// End the window, at any moment, without a reason.
    case leave(id: WindowID)
    /// Record what time alone has brought (open time used up, or a window nobody is in).
    case settle
    case reflect(id: WindowID, text: String, shared: Bool)
    /// Share one's private reflection.
    case shareReflection(id: WindowID)
}
