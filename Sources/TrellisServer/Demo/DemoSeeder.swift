import Foundation
import TrellisCore
import TrellisStore

/// Fills a data directory with couples that have a lived-in history: the demo couple a new user
/// logs in as, and the long histories the benchmarks measure.
public struct DemoSeeder: Sendable {
    /// A demo account and the password to log in with.
    public struct Login: Sendable {
        public let name: String
        public let email: String
        public let password: String
    }

    /// A seeded couple, how many events its log holds, and its first member with a session token.
    public struct Seeded: Sendable {
        public let couple: CoupleID
        public let events: Int64
        public let member: MemberID
        public let token: String
    }

    public static let demoEmails = ["sam.demo@example.org", "alex.demo@example.org"]

    private let storage: any TrellisStorage
    private let now: Date
    private let hasher: PasswordHasher

    public init(storage: any TrellisStorage, now: Date = Date(), hasher: PasswordHasher = PasswordHasher()) {
        self.storage = storage
        self.now = now
        self.hasher = hasher
    }

    /// Sam and Alex, `days` days into repairing trust about money. Refuses when they exist already.
    public func seedDemoCouple(days: Int = 28) async throws -> [Login] {
        for email in Self.demoEmails where try await storage.account(email: email) != nil {
            throw DemoError("this data directory already has the demo accounts; log in as \(email)")
        }
        let logins = zip(["Sam", "Alex"], Self.demoEmails).map { name, email in
            Login(name: name, email: email, password: SecretToken.inviteCode().value.lowercased())
        }
        var accounts: [Account] = []
        for login in logins {
            let hash = try await hasher.hash(login.password)
            accounts.append(try await account(login.name, email: login.email, passwordHash: hash).account)
        }
        let couple = try await DemoCouple.start(
            asker: accounts[0], doer: accounts[1], storage: storage, daysBefore: days, now: now)
        let actions = try await DemoStory.begin(couple)
        for index in 1..<days {
            try await DemoStory.day(index, couple, actions)
            if index == days / 3 { try await DemoStory.feedback(couple) }
        }
        return logins
    }

    /// `count` couples whose logs hold at least `events` events each (ordinary days of the demo
    /// story, back-dated as far as needed). Nobody can log in to them with a password: the
    /// returned session tokens are the way in.
    public func seedCouples(_ count: Int, events: Int) async throws -> [Seeded] {
        let unusable = hasher.hashNow(SecretToken.session().value)
        var seeded: [Seeded] = []
        for index in 0..<count {
            let (first, token) = try await account(
                "Sam", email: "sam.\(index).\(UUID())@bench.example.org", passwordHash: unusable)
            let (second, _) = try await account(
                "Alex", email: "alex.\(index).\(UUID())@bench.example.org", passwordHash: unusable)
            // About three events a day: enough days back for the history asked for.
            let days = events / 3 + 2
            let couple = try await DemoCouple.start(
                asker: first, doer: second, storage: storage, daysBefore: days, now: now)
            if try await couple.events() < events {
                let actions = try await DemoStory.begin(couple)
                var day = 1
                while try await couple.events() < events, day < days {
                    try await DemoStory.day(day, couple, actions)
                    day += 1
                }
            }
            seeded.append(
                Seeded(couple: couple.couple, events: try await couple.events(), member: first.id, token: token))
        }
        return seeded
    }

    /// A new account with a first session; returns it and the session's token.
    private func account(_ name: String, email: String, passwordHash: String) async throws -> (
        account: Account, token: String
    ) {
        let account = Account(id: MemberID(), email: email, name: name, passwordHash: passwordHash, coupleID: nil)
        let token = SecretToken.session().value
        let session = SessionRecord.opening(
            for: account.id, at: now, expiresAt: now.addingTimeInterval(30 * 24 * 3600),
            client: "Set up by trellis demo")
        try await storage.createAccount(account, session: (SecretToken.hash(token), session))
        return (account, token)
    }
}

public struct DemoError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
