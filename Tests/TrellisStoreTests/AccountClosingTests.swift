import Crypto
import Foundation
import GRDB
import Testing
import TrellisCore

@testable import TrellisStore

/// Closing an account shreds what it kept private: its key is destroyed and overwritten, so even
/// someone holding the database file and the master key cannot open those entries again.
@Suite("Closing an account")
struct AccountClosingTests {
    /// Alice and Bob in one couple; Bob has written private entries with marker words.
    private struct Pair {
        let store: BackendStore
        let alice: Account
        let bob: Account
        let couple: CoupleID
    }

    private func pair(_ store: BackendStore) async throws -> Pair {
        let alice = StoreFixture.account("Alice")
        let bob = StoreFixture.account("Bobsworth", email: "bobsworth@example.org")
        let couple = try await StoreFixture.couple(foundedBy: alice, in: store.storage)
        try await StoreFixture.register(bob, in: store.storage)
        let day = Day(year: 2027, month: 1, day: 15)!
        try await append(
            [
                PendingEvent(
                    at: StoreFixture.now, author: bob.id, visibility: .shared, payload: .partnerJoined(name: bob.name))
            ],
            to: couple, effects: [.assign(bob.id)], in: store)
        try await append(
            [
                PendingEvent(
                    at: StoreFixture.now, author: bob.id, visibility: .private,
                    payload: .integrity(.journalWritten(id: EntryID(), day: day, text: "Quetzal night"))),
                PendingEvent(
                    at: StoreFixture.now, author: bob.id, visibility: .private,
                    payload: .integrity(.noticed(id: EntryID(), day: day, what: "Quetzal morning", area: nil))),
                PendingEvent(
                    at: StoreFixture.now, author: bob.id, visibility: .shared,
                    payload: .areaAdded(id: AreaID(), name: "Shared by Bob")),
            ], to: couple, in: store)
        return Pair(store: store, alice: alice, bob: bob, couple: couple)
    }

    private func append(
        _ events: [PendingEvent], to couple: CoupleID, effects: [AppendBatch.Effect] = [], in store: BackendStore
    ) async throws {
        let founder = try #require(events.first).author
        let seen = try await store.storage.events(of: couple, visibleTo: founder)
        let seq = seen.last { $0.visibility == .shared }?.seq ?? 0
        _ = try await store.storage.append(
            AppendBatch(couple: couple, expectedSeq: seq, events: events, effects: effects))
    }

    private func leave(_ member: MemberID, _ couple: CoupleID, in store: BackendStore) async throws {
        try await append(
            [PendingEvent(at: StoreFixture.now, author: member, visibility: .shared, payload: .memberLeft)], to: couple,
            effects: [.release(member)], in: store)
    }

    /// Bob's private rows as stored, and his wrapped key.
    private func privateRows(of member: MemberID, in store: TemporaryStore) async throws -> (rows: [Row], key: Data) {
        try await store.storage.pool.read { db in
            (
                try Row.fetchAll(
                    db, sql: "SELECT couple_id, seq, author, visibility, at, body FROM events WHERE stream = ?",
                    arguments: [member.description]),
                try Data.fetchOne(
                    db, sql: "SELECT member_key FROM accounts WHERE id = ?", arguments: [member.description])!
            )
        }
    }

    /// SQLite's file, read as bytes: PostgreSQL leaves freed rows to its own vacuum.
    @Test func theClosedMembersPrivateEntriesCannotBeOpenedWithTheMasterKey() async throws {
        let file = try TemporaryStore()
        defer { file.remove() }
        let pair = try await pair(
            BackendStore(storage: file.storage, masterKey: file.masterKey) {
                file.storage
            } remove: {
            })
        let (rows, wrappedKey) = try await privateRows(of: pair.bob.id, in: file)
        try #require(rows.count == 2)
        // Before: someone with the file and the master key could open them.
        let ring = KeyRing(master: file.masterKey)
        let bobKey = try ring.unwrap(wrappedKey, owner: SealContext.memberKey(pair.bob.id))
        for row in rows { #expect((try? open(row, with: bobKey)) != nil) }

        try await leave(pair.bob.id, pair.couple, in: pair.store)
        let changed = try await pair.store.storage.closeAccount(pair.bob.id, at: StoreFixture.now)
        #expect(changed == [pair.couple])

        // After: the wrapped key and the sealed bodies are not in the file or its log any more...
        let bytes = try file.allBytes()
        #expect(bytes.range(of: wrappedKey) == nil)
        for row in rows { #expect(bytes.range(of: row["body"] as Data) == nil) }
        // ...and no key this database still holds (with the master key) opens any of them.
        let fresh = KeyRing(master: file.masterKey)
        let keys = try await file.storage.pool.read { db in
            let couples = try Row.fetchAll(db, sql: "SELECT 'couple:' || id AS owner, data_key AS wrapped FROM couples")
            return couples
                + (try Row.fetchAll(db, sql: "SELECT 'member:' || id AS owner, member_key AS wrapped FROM accounts"))
        }
        try #require(!keys.isEmpty)
        for key in keys {
            let opened = try fresh.unwrap(key["wrapped"], owner: key["owner"])
            for row in rows { #expect((try? open(row, with: opened)) == nil) }
        }
        #expect(try await pair.store.storage.account(id: pair.bob.id) == nil)
        #expect(try await pair.store.storage.account(email: pair.bob.email) == nil)
    }

    @Test(arguments: StoreBackend.all) func theSharedRecordStaysWithThePartnerUnderAFormerPartner(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let pair = try await pair(store)
        try await leave(pair.bob.id, pair.couple, in: pair.store)
        _ = try await pair.store.storage.closeAccount(pair.bob.id, at: StoreFixture.now)

        let events = try await pair.store.storage.events(of: pair.couple, visibleTo: pair.alice.id)
        let state = CoupleState.folding(events)
        #expect(state.formerMembers.map(\.name) == [Member.formerPartnerName])
        #expect(state.activeAreas.contains { $0.name == "Shared by Bob" })
        #expect(events.last?.payload == .accountClosed)
        #expect(!events.contains { $0.payload == .partnerJoined(name: pair.bob.name) })
    }

    @Test(arguments: StoreBackend.all) func aMemberWhoLeftEarlierIsForgottenTooAndALastLeaverTakesTheCoupleWithThem(
        backend: StoreBackend
    ) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let pair = try await pair(store)
        try await leave(pair.bob.id, pair.couple, in: pair.store)
        #expect(try await pair.store.storage.head(of: pair.couple) > 0)
        // Alice leaves too: nobody belongs to the couple, so it goes, with its key and record.
        try await leave(pair.alice.id, pair.couple, in: pair.store)
        #expect(try await pair.store.storage.head(of: pair.couple) == 0)
        #expect(try await pair.store.storage.events(of: pair.couple, visibleTo: pair.alice.id).isEmpty)
        // Bob closing now has nothing left to change.
        #expect(try await pair.store.storage.closeAccount(pair.bob.id, at: StoreFixture.now).isEmpty)
    }

    @Test(arguments: StoreBackend.all) func theSameEmailSignsUpAgainAsSomeoneNew(backend: StoreBackend) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let pair = try await pair(store)
        try await leave(pair.bob.id, pair.couple, in: pair.store)
        _ = try await pair.store.storage.closeAccount(pair.bob.id, at: StoreFixture.now)
        let again = StoreFixture.account("Bobsworth", email: pair.bob.email)
        try await StoreFixture.register(again, in: pair.store.storage)
        let found = try await pair.store.storage.account(email: pair.bob.email)
        #expect(found?.id == again.id && found?.coupleID == nil)
    }

    private func open(_ row: Row, with key: SymmetricKey) throws -> Data {
        let context = SealContext.event(
            couple: row["couple_id"] as String, seq: row["seq"], author: row["author"] as String,
            visibility: Visibility(rawValue: row["visibility"])!, at: Date(timeIntervalSinceReferenceDate: row["at"]))
        return try Sealer.open(row["body"], with: key, context: context)
    }
}
