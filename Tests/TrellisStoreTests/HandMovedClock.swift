import Synchronization

/// A clock a test moves by hand, for what lets go of things after a while.
final class HandMovedClock: Sendable {
    private let instant = Mutex(ContinuousClock.now)
    var now: ContinuousClock.Instant { instant.withLock { $0 } }
    func advance(minutes: Int) { instant.withLock { $0 += .seconds(minutes * 60) } }
}
