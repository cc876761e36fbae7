import Foundation

/// One device's lock, as its session holds it: when it locks, whether it is locked now, and when
/// the lock was last given. A pure decision: the server stores what it returns and shows what it
/// says, so every rule of the lock is here and tested with no I/O.
public struct DeviceLock: Sendable, Equatable {
    /// The lock times a member may choose for a device, in seconds; the standard is five minutes.
    public static let choices: [Int] = [60, 300, 900, 3600]
    public static let standardAfter = 300
    /// A use is written down at most this often when nothing locks (the idle timeout and the list
    /// of devices need no more).
    static let quietTouch: TimeInterval = 300

    /// Seconds without use after which the device locks.
    public var after: Int
    public var locked: Bool
    /// When the lock (or the password, at log-in) was last given on this device.
    public var unlockedAt: Date

    public init(after: Int, locked: Bool, unlockedAt: Date) {
        self.after = after
        self.locked = locked
        self.unlockedAt = unlockedAt
    }

    public enum Verdict: Sendable, Equatable {
        /// Show what was asked; `touch` says to write this use down.
        case open(touch: Bool)
        /// The lock time passed unused: store the device as locked, then show the lock.
        case lockNow
        /// Locked already: show only the lock.
        case locked
        /// The rest is open, but this private page asks for the lock again first.
        case askAgain
    }

    /// What a request at `now` may see. `privatePage` is true for a private page being opened.
    public func verdict(
        for privacy: PhonePrivacy, lastUsedAt: Date, now: Date, privatePage: Bool
    ) -> Verdict {
        let idle = now.timeIntervalSince(lastUsedAt)
        guard privacy.locks else { return .open(touch: idle > Self.quietTouch) }
        if locked { return .locked }
        let after = TimeInterval(after)
        if idle >= after { return .lockNow }
        if privatePage, privacy.privatePagesAskAgain, now.timeIntervalSince(unlockedAt) >= after { return .askAgain }
        // Often enough that a device in use never looks idle to the lock.
        return .open(touch: idle > min(Self.quietTouch, after / 4))
    }

    /// The device once its lock was given at `now`.
    public func unlocked(at now: Date) -> DeviceLock {
        DeviceLock(after: after, locked: false, unlockedAt: now)
    }

    /// A fresh device's lock, opened at log-in.
    public static func opening(at now: Date) -> DeviceLock {
        DeviceLock(after: standardAfter, locked: false, unlockedAt: now)
    }
}
