import Foundation
import ServiceLifecycle
import TrellisCore
import TrellisStore

/// The nudges no partner's step brings: on a day a member has clear actions of their own to do,
/// and the week's look back on Mondays, for the members who chose them. It writes them to the
/// outbox every few minutes, once a day each (the id sees to it, whichever instance writes); the
/// sender keeps each to the member's hours.
struct NudgeScheduler: Service {
    static let every: Duration = .seconds(300)

    let storage: any AccountStore & OutboxStore & NudgeStore
    let couples: CoupleService
    let clock: any WallClock

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await schedule()
                // Cancelled at shutdown: the sleep ends early and the loop stops, which is no failure.
                try? await Task.sleep(for: Self.every)
            }
        }
    }

    /// Writes what is due today and not written yet; how many it wrote.
    @discardableResult
    func schedule() async -> Int {
        var written = 0
        for kind in [NudgePreferences.Kind.commitmentsToday, .weeklyDigest] {
            for member in (try? await storage.members(wanting: kind)) ?? [] {
                guard let account = try? await storage.account(id: member) else { continue }
                let now = clock.now()
                let today = account.settings.today(at: now)
                guard NudgePreferences.isScheduledDay(kind, today) else { continue }
                if kind == .commitmentsToday {
                    // The shared record: an action is shared, and no one's private key is needed.
                    guard let couple = account.coupleID, let state = try? await couples.sharedState(of: couple),
                        state.repair.actions.contains(where: { $0.doer == member && $0.isDue(on: today) })
                    else { continue }
                }
                if (try? await storage.enqueueOnce(NudgeID.item(kind, for: member, on: today, at: now))) == true {
                    written += 1
                }
            }
        }
        return written
    }
}
