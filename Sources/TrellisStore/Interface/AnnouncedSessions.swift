/// A shared database whose announcements (`LogAnnouncements`) also say when a session, an account,
/// a private key or a phone's privacy changed, on any instance: a server that follows them
/// (`--freshness announced`) hands them here, and the storage keeps signed-in sessions in memory
/// while a listening connection is in place (see `KeptSessions`). Another instance's log-out or
/// password change then counts once its announcement arrives, a few milliseconds later, as
/// another instance's append does for kept folds.
public protocol AnnouncedSessions: Sendable {
    func hearSessions(_ news: LogNews)
}
