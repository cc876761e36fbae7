import TrellisCore

/// Word from a shared database (PostgreSQL's LISTEN/NOTIFY) that a couple's log grew, whoever
/// wrote it: every instance's kept folds then know where each couple stands without asking, and
/// live pages on every instance hear shared steps. For servers only: it carries the position of
/// private writes too, so it never goes to a page or an app as it is.
public protocol LogAnnouncements: Sendable {
    /// Listens until the task is cancelled, handing `hear` `.listening` each time a listening
    /// connection is (again) in place, `.grew` for every committed append from then on, `.deaf`
    /// when the connection is lost (anything written until the next `.listening` may go unheard).
    /// It runs in its caller's task, so whoever listens also decides when it stops.
    func listen(_ hear: @escaping @Sendable (LogNews) -> Void) async
}

public enum LogNews: Sendable, Equatable {
    case listening
    /// The couple's log reached `position` (all streams); `sharedSeq` is where its shared stream
    /// stands when the append held a shared event, nil when it was private only.
    case grew(CoupleID, position: Int64, sharedSeq: Int64?)
    /// A session, an account, a private key or a phone's privacy changed (see `AnnouncedSessions`).
    case sessionsChanged
    case deaf
}
