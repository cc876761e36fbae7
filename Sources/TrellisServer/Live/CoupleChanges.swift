import Foundation
import NIOConcurrencyHelpers
import ServiceLifecycle
import TrellisCore
import TrellisStore

/// Word that a couple's shared record moved on, for pages and apps that show it live (the
/// Transparency Window). Only the shared stream's position travels: a listener fetches its own
/// view, so nothing one partner may not see can reach them this way, and private writes are never
/// announced (the partner must not even learn that one happened).
///
/// One process keeps it in memory (`LocalCoupleChanges`); several instances over one database
/// carry it between them through the database (`SharedCoupleChanges`, over LISTEN/NOTIFY).
protocol CoupleChanges: Sendable {
    /// The couple's shared stream reached `seq`.
    func publish(_ couple: CoupleID, seq: Int64)
    /// Positions published from now on, until the listener stops iterating. A slow listener gets
    /// the newest position only: it refetches anyway.
    func changes(of couple: CoupleID) -> AsyncStream<Int64>
}

/// Fan-out within one process.
final class LocalCoupleChanges: CoupleChanges {
    private let listeners = NIOLockedValueBox<[CoupleID: [UUID: AsyncStream<Int64>.Continuation]]>([:])

    func publish(_ couple: CoupleID, seq: Int64) {
        for listener in listeners.withLockedValue({ Array(($0[couple] ?? [:]).values) }) { listener.yield(seq) }
    }

    func changes(of couple: CoupleID) -> AsyncStream<Int64> {
        let (stream, continuation) = AsyncStream.makeStream(of: Int64.self, bufferingPolicy: .bufferingNewest(1))
        let id = UUID()
        listeners.withLockedValue { $0[couple, default: [:]][id] = continuation }
        continuation.onTermination = { [listeners] _ in
            listeners.withLockedValue { all in
                all[couple]?[id] = nil
                if all[couple]?.isEmpty == true { all[couple] = nil }
            }
        }
        return stream
    }
}

/// Fan-out across instances: the database announces every append itself, whichever instance
/// made it, and everything it announces (this instance's own appends included) is handed to the
/// local listeners when a shared step moved, and to the kept folds when they follow
/// announcements. One listening connection, one path, so a page on any instance hears every move
/// in the same way.
///
/// It hears them while it runs as a service beside the server, stopped after the server has
/// drained its requests.
final class SharedCoupleChanges: CoupleChanges, Service {
    private let local = LocalCoupleChanges()
    private let announcements: any LogAnnouncements
    private let folds: KeptFolds?
    private let sessions: (any AnnouncedSessions)?

    init(announcements: any LogAnnouncements, folds: KeptFolds?, sessions: (any AnnouncedSessions)?) {
        self.announcements = announcements
        self.folds = folds
        self.sessions = sessions
    }

    func run() async throws {
        await cancelWhenGracefulShutdown { [local, folds, sessions, announcements] in
            await announcements.listen { news in
                folds?.hear(news)
                sessions?.hearSessions(news)
                if case .grew(let couple, _, .some(let seq)) = news { local.publish(couple, seq: seq) }
            }
        }
    }

    /// Nothing to do: the database announces the append when it commits.
    func publish(_ couple: CoupleID, seq: Int64) {}

    func changes(of couple: CoupleID) -> AsyncStream<Int64> { local.changes(of: couple) }
}
