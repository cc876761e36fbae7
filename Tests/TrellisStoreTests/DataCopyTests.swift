import Foundation
import Testing
import TrellisCore

@testable import TrellisCopy
@testable import TrellisPostgres
@testable import TrellisStore

@Suite("Copying an installation to PostgreSQL")
struct DataCopyTests {
    /// Only where a PostgreSQL server is at hand (always in CI).
    static var targets: [String] {
        StoreBackend.all.compactMap { if case .postgres(let url) = $0 { url } else { nil } }
    }

    @Test(arguments: targets) func everythingArrivesSealedAsItWasAndFoldsTheSame(url: String) async throws {
        let source = try TemporaryStore()
        defer { source.remove() }
        let alice = StoreFixture.account("Alice")
        let bob = StoreFixture.account("Bob")
        let couple = try await StoreFixture.couple(foundedBy: alice, in: source.storage)
        try await StoreFixture.register(bob, in: source.storage)
        let head = try await source.storage.events(of: couple, visibleTo: alice.id).count
        let join = PendingEvent(
            at: StoreFixture.now, author: bob.id, visibility: .shared, payload: .partnerJoined(name: "Bob"))
        let secret = PendingEvent(
            at: StoreFixture.now, author: bob.id, visibility: .private,
            payload: .integrity(.journalWritten(id: EntryID(), day: Day(StoreFixture.now), text: "Bob's own night")))
        _ = try await source.storage.append(
            AppendBatch(couple: couple, expectedSeq: Int64(head), events: [join, secret], effects: [.assign(bob.id)]))
        try await source.storage.replaceCalendarFeed(for: bob.id, tokenHash: [9], token: "feed", at: StoreFixture.now)
        // Alice's private entries are under her own key, with a live session's wrap.
        let session = PrivateKeyTests.session()
        try await PrivateKeyTests.signIn(alice.id, session, in: source.storage)
        _ = try await source.storage.sealPrivateKey(of: alice.id, password: "a long password", session: session)

        let target = try await StoreBackend.postgres(url: url).open(masterKey: source.masterKey)
        defer { target.remove() }
        let postgres = try #require(target.storage as? PostgresStorage)
        let summary = try await DataCopy.copy(from: source.storage, to: postgres)
        #expect(summary.rows["accounts"] == 2 && summary.couplesChecked == 1)
        #expect(summary.rows["events"] == head + 2)
        #expect(
            try await postgres.events(of: couple, visibleTo: bob.id)
                == (try await source.storage.events(of: couple, visibleTo: bob.id)))
        #expect(try await postgres.calendarFeedToken(for: bob.id) == "feed")
        #expect(summary.rows["private_keys"] == 1)
        let elsewhere = try #require(try target.reopen() as? PostgresStorage)
        #expect(try await elsewhere.openPrivateKey(of: alice.id, session: session), "her session's wrap came along")
        // A second copy into a database that has data is refused, and changes nothing.
        await #expect(throws: DataCopyError.self) { try await DataCopy.copy(from: source.storage, to: postgres) }
        #expect(try await postgres.events(of: couple, visibleTo: alice.id).count == head + 1)
    }

    @Test(arguments: targets) func anotherMasterKeyIsRefusedBeforeAnythingIsCopied(url: String) async throws {
        let source = try TemporaryStore()
        defer { source.remove() }
        _ = try await StoreFixture.couple(foundedBy: StoreFixture.account("Alice"), in: source.storage)
        let target = try await StoreBackend.postgres(url: url).open()
        defer { target.remove() }
        let postgres = try #require(target.storage as? PostgresStorage)
        await #expect(throws: MasterKeyError.self) { try await DataCopy.copy(from: source.storage, to: postgres) }
        #expect(try await postgres.account(email: "alice@example.org") == nil)
    }
}
