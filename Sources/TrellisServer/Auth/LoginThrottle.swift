import Foundation
import NIOConcurrencyHelpers

/// Counts failed logins per account and per network address, and sign-ups per address, in a
/// sliding window, and refuses further attempts once it is full. Successful logins clear the
/// account's count.
final class LoginThrottle: Sendable {
    struct Limits: Sendable {
        var perAccount = 5
        var perAddress = 20
        var signUpsPerAddress = 10
        var window: TimeInterval = 15 * 60
    }

    private let limits: Limits
    private let failures = NIOLockedValueBox<[String: [Date]]>([:])

    init(limits: Limits = Limits()) { self.limits = limits }

    /// Counts this attempt as a failure in advance, or throws `tooManyAttempts` when the account or
    /// the address has used up its window. Checking and counting under one lock means parallel
    /// guesses cannot all slip through before any of them is counted.
    func reserve(account: String, address: String, at now: Date) throws(TrellisError) {
        try reserve([("account:" + account, limits.perAccount), ("address:" + address, limits.perAddress)], at: now)
    }

    /// Counts a sign-up from this address: each costs a slow password hash, so an address gets a few.
    func reserveSignUp(address: String, at now: Date) throws(TrellisError) {
        try reserve([("signup:" + address, limits.signUpsPerAddress)], at: now)
    }

    private func reserve(_ keys: [(String, Int)], at now: Date) throws(TrellisError) {
        let wait = failures.withLockedValue { table -> TimeInterval? in
            let waits = keys.compactMap { key, limit -> TimeInterval? in
                let recent = Self.recent(table[key] ?? [], now: now, window: limits.window)
                guard recent.count >= limit, let oldest = recent.first else { return nil }
                return oldest.addingTimeInterval(limits.window).timeIntervalSince(now)
            }
            guard waits.isEmpty else { return waits.max() }
            for (key, _) in keys { table[key] = Self.recent(table[key] ?? [], now: now, window: limits.window) + [now] }
            // Forget quiet keys so the table cannot grow without bound.
            if table.count > 10_000 {
                table = table.filter { !Self.recent($0.value, now: now, window: limits.window).isEmpty }
            }
            return nil
        }
        if let wait { throw .tooManyAttempts(retryAfter: Int(wait.rounded(.up))) }
    }

    /// A correct password: the attempt reserved for it does not count against the account or address.
    func recordSuccess(account: String, address: String) {
        failures.withLockedValue { table in
            table.removeValue(forKey: "account:" + account)
            _ = table["address:" + address]?.popLast()
        }
    }

    private static func recent(_ times: [Date], now: Date, window: TimeInterval) -> [Date] {
        times.filter { now.timeIntervalSince($0) < window }
    }
}
