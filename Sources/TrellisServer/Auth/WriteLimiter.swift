import Foundation
import NIOConcurrencyHelpers
import TrellisCore

/// How much one member may write: a bucket of `burst` writes that refills at `perMinute`.
/// Generous enough that a person, however fast they tap, never meets it (a burst of 120, then one
/// a second), while a script writing thousands of notes a minute to swamp the partner's feed is
/// stopped within seconds.
public struct WriteLimit: Sendable {
    public var burst: Int
    public var perMinute: Int

    public init(burst: Int = 120, perMinute: Int = 60) {
        self.burst = burst
        self.perMinute = perMinute
    }
}

/// One token bucket per signed-in session, in memory (per process): a flood from one device (a
/// stolen token, say) spends only its own allowance, never the owner's other devices'.
final class WriteLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var at: Date
    }

    private let limit: WriteLimit
    private let buckets = NIOLockedValueBox<[String: Bucket]>([:])

    init(limit: WriteLimit) { self.limit = limit }

    /// Takes one write from the session's bucket, or throws `tooManyWrites` with the seconds
    /// until the next write is allowed.
    func take(
        for session: String, at now: Date,
        refusal: (_ retryAfter: Int) -> TrellisError = TrellisError.tooManyWrites(retryAfter:)
    ) throws(TrellisError) {
        let rate = Double(limit.perMinute) / 60
        let wait = buckets.withLockedValue { table -> Double? in
            var bucket = table[session] ?? Bucket(tokens: Double(limit.burst), at: now)
            bucket.tokens = min(Double(limit.burst), bucket.tokens + max(0, now.timeIntervalSince(bucket.at)) * rate)
            bucket.at = now
            defer { table[session] = bucket }
            guard bucket.tokens >= 1 else { return (1 - bucket.tokens) / rate }
            bucket.tokens -= 1
            // A bucket that has refilled is the same as none: forget it, so the table holds only recent writers.
            if table.count > 10_000 {
                table = table.filter {
                    now.timeIntervalSince($0.value.at) * rate < Double(limit.burst) - $0.value.tokens
                }
            }
            return nil
        }
        if let wait { throw refusal(max(1, Int(wait.rounded(.up)))) }
    }
}
