import Foundation
import Testing

@testable import TrellisCore

/// When a device shows the lock: after its lock time unused, and for a private page once that
/// time has passed since the lock was last given; never when the member set no lock.
@Suite("Device lock")
struct DeviceLockTests {
    static let start = Date(timeIntervalSinceReferenceDate: 800_000_000)
    static func at(_ seconds: TimeInterval) -> Date { start.addingTimeInterval(seconds) }
    static let code = PhonePrivacy(lock: .code, privatePagesAskAgain: true, look: nil)
    static let fiveMinutes = DeviceLock.opening(at: start)

    @Test func withoutALockNothingLocksAndAUseIsWrittenOnlyNowAndThen() {
        let none = PhonePrivacy.standard
        let lock = DeviceLock(after: 60, locked: true, unlockedAt: Self.start)
        #expect(
            lock.verdict(for: none, lastUsedAt: Self.start, now: Self.at(3 * 3600), privatePage: true)
                == .open(touch: true))
        #expect(
            lock.verdict(for: none, lastUsedAt: Self.start, now: Self.at(200), privatePage: true) == .open(touch: false)
        )
    }

    @Test func theLockTimeUnusedLocksAndALockedDeviceStaysLocked() {
        let lock = Self.fiveMinutes
        #expect(
            lock.verdict(for: Self.code, lastUsedAt: Self.start, now: Self.at(299), privatePage: false)
                == .open(touch: true))
        #expect(lock.verdict(for: Self.code, lastUsedAt: Self.start, now: Self.at(300), privatePage: false) == .lockNow)
        var locked = lock
        locked.locked = true
        // Used a second ago, and still locked: only the lock opens it.
        #expect(
            locked.verdict(for: Self.code, lastUsedAt: Self.at(999), now: Self.at(1000), privatePage: false) == .locked)
        #expect(
            locked.unlocked(at: Self.at(1000)).verdict(
                for: Self.code, lastUsedAt: Self.at(1000), now: Self.at(1001), privatePage: false)
                == .open(touch: false))
    }

    @Test func aDeviceInUseIsWrittenDownOftenEnoughNeverToLookIdle() {
        let minute = DeviceLock(after: 60, locked: false, unlockedAt: Self.start)
        #expect(
            minute.verdict(for: Self.code, lastUsedAt: Self.start, now: Self.at(14), privatePage: false)
                == .open(touch: false))
        #expect(
            minute.verdict(for: Self.code, lastUsedAt: Self.start, now: Self.at(16), privatePage: false)
                == .open(touch: true))
    }

    @Test func aPrivatePageAsksAgainOnceTheLockTimePassedSinceItWasGiven() {
        let lock = Self.fiveMinutes
        // In use all along (used a minute ago), but the code was last given ten minutes ago.
        #expect(
            lock.verdict(for: Self.code, lastUsedAt: Self.at(540), now: Self.at(600), privatePage: true) == .askAgain)
        #expect(
            lock.verdict(for: Self.code, lastUsedAt: Self.at(540), now: Self.at(600), privatePage: false)
                == .open(touch: false))
        #expect(
            lock.verdict(for: Self.code, lastUsedAt: Self.at(240), now: Self.at(250), privatePage: true)
                == .open(touch: false))
        var relaxed = Self.code
        relaxed.privatePagesAskAgain = false
        #expect(
            lock.verdict(for: relaxed, lastUsedAt: Self.at(540), now: Self.at(600), privatePage: true)
                == .open(touch: false))
        // Given again: open for another lock time.
        #expect(
            lock.unlocked(at: Self.at(600)).verdict(
                for: Self.code, lastUsedAt: Self.at(600), now: Self.at(700), privatePage: true) == .open(touch: true))
    }

    @Test func aLockCodeIsShortButNotTrivial() throws {
        #expect(try LockCode.check(" 2580 ") == "2580")
        #expect(try LockCode.check("tulip7") == "tulip7")
        for bad in ["123", "1111", "12 34", "1234567890123", "12-34"] {
            #expect(throws: StepRefusal.self) { try LockCode.check(bad) }
        }
    }
}
