import Foundation
import Synchronization
import Testing
import TrellisCore

@testable import TrellisStore

/// The rules of keeping sessions in memory, with no database: what is kept, and every way it is let go.
@Suite("Kept sessions")
struct KeptSessionsTests {
    /// A read that counts how often it is asked, answering `signedIn`.
    final class Reads: Sendable {
        let count = Mutex(0)
        let signedIn = Mutex<SignedIn?>(Reads.signedIn("Alice"))
        func read() -> SignedIn? {
            count.withLock { $0 += 1 }
            return signedIn.withLock { $0 }
        }
        var asked: Int { count.withLock { $0 } }

        static func signedIn(_ name: String) -> SignedIn {
            let account = StoreFixture.account(name)
            let record = SessionRecord.opening(
                for: account.id, at: StoreFixture.now, expiresAt: StoreFixture.now + 3600, client: "Test")
            return SignedIn(
                session: record, account: account, privacy: .standard, lockCodeHash: nil,
                privateKey: .noKeyOfTheirOwn, keyEpoch: 0)
        }
    }

    let token: [UInt8] = Array(repeating: 7, count: 32)

    @Test func nothingIsKeptUntilTheStorageCanTellWhenSessionsChange() async throws {
        let kept = KeptSessions()
        let reads = Reads()
        for _ in 0..<3 { _ = try await kept.session(token) { reads.read() } }
        #expect(reads.asked == 3)
        #expect(kept.count == 0)
    }

    @Test func aKeptSessionIsReadOnceThenServedFromMemory() async throws {
        let kept = KeptSessions()
        kept.trust(otherWrites: { 0 })
        let reads = Reads()
        for _ in 0..<5 { #expect(try await kept.session(token) { reads.read() } == reads.signedIn.withLock { $0 }) }
        #expect(reads.asked == 1)
    }

    @Test func aChangeHereOrElsewhereLetsEverySessionGo() async throws {
        let other = Atomic<Int64>(0)
        let kept = KeptSessions()
        kept.trust(otherWrites: { other.load(ordering: .relaxed) })
        let reads = Reads()
        _ = try await kept.session(token) { reads.read() }
        _ = try await kept.session([1]) { reads.read() }
        #expect(kept.count == 2)

        // This process changed a session (say, a log-out): the next read asks, and sees it gone.
        kept.changed()
        #expect(kept.count == 0)
        reads.signedIn.withLock { $0 = nil }
        #expect(try await kept.session(token) { reads.read() } == nil)
        #expect(reads.asked == 3)

        // Another process wrote: the next read asks again.
        reads.signedIn.withLock { $0 = Reads.signedIn("Alice") }
        _ = try await kept.session(token) { reads.read() }
        other.store(1, ordering: .relaxed)
        _ = try await kept.session(token) { reads.read() }
        _ = try await kept.session(token) { reads.read() }
        #expect(reads.asked == 5)

        // No longer told of changes: nothing is kept, every read asks.
        kept.distrust()
        _ = try await kept.session(token) { reads.read() }
        _ = try await kept.session(token) { reads.read() }
        #expect(reads.asked == 7)
    }

    @Test func whatChangedDuringTheReadIsNotKept() async throws {
        let kept = KeptSessions()
        kept.trust(otherWrites: { 0 })
        let reads = Reads()
        _ = try await kept.session(token) {
            kept.changed()  // a log-out commits while the read is on its way
            return reads.read()
        }
        #expect(kept.count == 0)
        _ = try await kept.session(token) { reads.read() }
        #expect(reads.asked == 2)
    }

    @Test func aKeptSessionIsReadAgainAfterAFewSecondsAtMost() async throws {
        let clock = Mutex(ContinuousClock.now)
        let kept = KeptSessions(now: { clock.withLock { $0 } })
        kept.trust(otherWrites: { 0 })
        let reads = Reads()
        for _ in 0..<3 { _ = try await kept.session(token) { reads.read() } }
        clock.withLock { $0 += kept.trustFor + .milliseconds(1) }
        for _ in 0..<3 { _ = try await kept.session(token) { reads.read() } }
        #expect(reads.asked == 2)
    }

    @Test func aSessionWhoseKeyDidNotOpenIsReadAgain() async throws {
        let kept = KeptSessions()
        kept.trust(otherWrites: { 0 })
        let reads = Reads()
        _ = try await kept.session(token) { reads.read() }
        let secret = SessionSecret(token: "t", hash: token)
        #expect(kept.opening(.opened, session: secret) == .opened)
        #expect(kept.count == 1)
        #expect(kept.opening(.readAgain, session: secret) == .readAgain)
        #expect(kept.count == 0)
        _ = try await kept.session(token) { reads.read() }
        #expect(kept.opening(.sessionHoldsNone, session: secret) == .sessionHoldsNone)
        #expect(kept.count == 0)
    }

    @Test func memoryIsBounded() async throws {
        let kept = KeptSessions(capacity: 3)
        kept.trust(otherWrites: { 0 })
        let reads = Reads()
        for index in 0..<10 {
            _ = try await kept.session([UInt8(index)]) { reads.read() }
            #expect(kept.count <= 3)
        }
    }
}
