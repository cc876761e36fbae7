import Foundation
import Testing
import TrellisStore

@Suite("Login attempts shared by every instance")
struct AttemptLogTests {
    /// At most `limit` attempts per key: the rule the throttle hands the log, in small.
    static func atMost(_ limit: Int) -> @Sendable ([String: [Date]]) -> TimeInterval? {
        { recorded in recorded.values.contains { $0.count >= limit } ? 60 : nil }
    }

    @Test(arguments: StoreBackend.all) func parallelAttemptsOnTwoInstancesNeverPassTheLimit(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let other = try store.reopen()
        let since = Date().addingTimeInterval(-3600)
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<12 {
                let log: any AttemptLog = index.isMultiple(of: 2) ? store.storage : other
                group.addTask {
                    (try? await log.reserveAttempt(
                        ["account:sam@example.org", "address:10.0.0.\(index)"], since: since, at: Date(),
                        decide: Self.atMost(3))) == .some(nil)
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 3)
        // A refusal wrote nothing: the next one is refused for the same reason, on either instance.
        let wait = try await other.reserveAttempt(
            ["account:sam@example.org"], since: since, at: Date(), decide: Self.atMost(3))
        #expect(wait == 60)
    }

    @Test(arguments: StoreBackend.all) func aCorrectPasswordTakesItsAttemptBack(backend: StoreBackend) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let since = Date().addingTimeInterval(-3600)
        for _ in 0..<2 {
            _ = try await store.storage.reserveAttempt(["device:a"], since: since, at: Date(), decide: Self.atMost(2))
        }
        #expect(
            try await store.storage.reserveAttempt(["device:a"], since: since, at: Date(), decide: Self.atMost(2)) == 60
        )
        try await store.storage.takeBackAttempt("device:a", all: false)
        #expect(
            try await store.storage.reserveAttempt(["device:a"], since: since, at: Date(), decide: Self.atMost(2))
                == nil)
        try await store.storage.takeBackAttempt("device:a", all: true)
        let counted = try await store.storage.reserveAttempt(["device:a"], since: since, at: Date()) { recorded in
            recorded["device:a"]?.isEmpty == true ? nil : 1
        }
        #expect(counted == nil)
        // Attempts older than `since` are not counted (and are let go).
        let later = Date().addingTimeInterval(7200)
        #expect(
            try await store.storage.reserveAttempt(
                ["device:a"], since: later.addingTimeInterval(-60), at: later, decide: Self.atMost(1)) == nil)
    }
}
