import Foundation
import TrellisStore

/// Slows password guessing without letting anyone lock the owner out.
///
/// Every attempt is counted as a failure before its password is checked (checking and counting
/// in one transaction, so parallel guesses cannot slip through uncounted, on any instance); a correct password takes
/// its count back. An attempt from a device that has logged in to the account before counts only
/// against that device, which has a small budget of its own: so a partner who knows the email and
/// keeps guessing cannot keep the owner's phone out. Every other attempt counts against the
/// account and against the network address. The account's first few failures are free; after
/// them each attempt waits for a pause that doubles, up to a quarter of an hour: guessing slows
/// to a crawl, but the door never shuts for good. Addresses, and sign-ups per address (each costs
/// a slow hash), have a plain limit per window. The attempts are kept in the database
/// (`AttemptLog`), so every instance over it counts the same ones.
struct LoginThrottle: Sendable {
    struct Limits: Sendable {
        var perDevice = 5
        var freePerAccount = 5
        var firstPause: TimeInterval = 15
        var longestPause: TimeInterval = 15 * 60
        var perAddress = 20
        var signUpsPerAddress = 10
        /// "Forgot my password" links mailed per email and per address in a window.
        var resetMailsPerEmail = 3
        var resetMailsPerAddress = 10
        var window: TimeInterval = 15 * 60
        /// How long an account's failures are remembered, so the pauses can grow.
        var accountMemory: TimeInterval = 60 * 60
    }

    /// Whose budget a password check spends.
    enum Attempt: Sendable {
        case knownDevice(String)
        case unknownDevice(account: String, address: String)
        /// A signed-in member confirming their current password (to change it, or to open a lock).
        case signedIn(member: String)
        /// A locked device's lock code: its own budget, so guessing the code never spends the
        /// password's, which always opens the lock too.
        case lockCode(member: String)
    }

    private let limits: Limits
    private let log: any AttemptLog

    init(log: any AttemptLog, limits: Limits = Limits()) {
        self.log = log
        self.limits = limits
    }

    func reserve(_ attempt: Attempt, at now: Date) async throws {
        switch attempt {
        case .knownDevice(let device):
            try await reserve([Bucket("device:" + device, .window(limits.perDevice))], at: now)
        case .signedIn(let member):
            try await reserve([Bucket("member:" + member, .window(limits.perDevice))], at: now)
        case .lockCode(let member):
            try await reserve([Bucket("lock-code:" + member, .pausing(free: limits.perDevice))], at: now)
        case .unknownDevice(let account, let address):
            try await reserve(
                [
                    Bucket("account:" + account, .pausing(free: limits.freePerAccount)),
                    Bucket("address:" + address, .window(limits.perAddress)),
                ], at: now)
        }
    }

    /// Counts a sign-up from this address: each costs a slow password hash, so an address gets a few.
    func reserveSignUp(address: String, at now: Date) async throws {
        try await reserve([Bucket("signup:" + address, .window(limits.signUpsPerAddress))], at: now)
    }

    /// Counts a mail of `purpose` ("reset" for "forgot my password", "device" for a link that
    /// lets a device in) for this email (whether or not an account has it, so the limit tells
    /// nothing) and this address; false when either has had its share.
    func reserveMail(_ purpose: String, email: String, address: String, at now: Date) async -> Bool {
        (try? await reserve(
            [
                Bucket("\(purpose)-mail:" + email, .window(limits.resetMailsPerEmail)),
                Bucket("\(purpose)-mail-address:" + address, .window(limits.resetMailsPerAddress)),
            ], at: now)) != nil
    }

    /// A correct password: the failure reserved for it is taken back, and an account or device
    /// that got in starts afresh.
    func recordSuccess(_ attempt: Attempt) async throws {
        switch attempt {
        case .knownDevice(let device):
            try await log.takeBackAttempt("device:" + device, all: true)
        case .signedIn(let member):
            try await log.takeBackAttempt("member:" + member, all: false)
        case .lockCode(let member):
            try await log.takeBackAttempt("lock-code:" + member, all: true)
        case .unknownDevice(let account, let address):
            try await log.takeBackAttempt("account:" + account, all: true)
            try await log.takeBackAttempt("address:" + address, all: false)
        }
    }

    private struct Bucket: Sendable {
        enum Rule: Sendable {
            case window(Int)
            case pausing(free: Int)
        }
        let key: String
        let rule: Rule
        init(_ key: String, _ rule: Rule) {
            self.key = key
            self.rule = rule
        }
    }

    private func reserve(_ buckets: [Bucket], at now: Date) async throws {
        let pause = try await log.reserveAttempt(
            buckets.map(\.key), since: now.addingTimeInterval(-limits.accountMemory), at: now
        ) { [self] recorded in
            buckets.compactMap { wait(for: $0, recent(recorded[$0.key] ?? [], $0, now), now: now) }.max()
        }
        if let pause { throw TrellisError.tooManyAttempts(retryAfter: Int(pause.rounded(.up))) }
    }

    /// How long this bucket must wait before another attempt, or nil if it may go now.
    private func wait(for bucket: Bucket, _ recent: [Date], now: Date) -> TimeInterval? {
        switch bucket.rule {
        case .window(let limit):
            guard recent.count >= limit, let oldest = recent.first else { return nil }
            return oldest.addingTimeInterval(limits.window).timeIntervalSince(now)
        case .pausing(let free):
            guard recent.count >= free, let latest = recent.last else { return nil }
            let doublings = Double(min(recent.count - free, 20))
            let pause = min(limits.longestPause, limits.firstPause * pow(2, doublings))
            let wait = latest.addingTimeInterval(pause).timeIntervalSince(now)
            return wait > 0 ? wait : nil
        }
    }

    private func recent(_ times: [Date], _ bucket: Bucket, _ now: Date) -> [Date] {
        let memory: TimeInterval
        switch bucket.rule {
        case .window: memory = limits.window
        case .pausing: memory = limits.accountMemory
        }
        return times.filter { now.timeIntervalSince($0) < memory }
    }
}
