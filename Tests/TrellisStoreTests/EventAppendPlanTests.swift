import Crypto
import Foundation
import Testing
import TrellisCore

@testable import TrellisStore

/// The append's rules on their own, with no database: how a batch is numbered stream by stream,
/// when it is refused as stale, and how its rows are sealed and placed.
@Suite("Event append plan")
struct EventAppendPlanTests {
    let couple = CoupleID()
    let alice = MemberID()
    let bob = MemberID()

    func journal(_ author: MemberID) -> PendingEvent {
        PendingEvent(
            at: StoreFixture.now, author: author, visibility: .private,
            payload: .integrity(.journalWritten(id: EntryID(), day: Day(StoreFixture.now), text: "kept")))
    }

    @Test func eachStreamIsNumberedFromItsOwnHead() throws {
        let area = StoreFixture.addArea("Money", by: alice)[0]
        let batch = AppendBatch(couple: couple, expectedSeq: 7, events: [area, journal(alice), area, journal(bob)])
        #expect(EventAppendPlan.privateAuthors(of: batch) == [alice, bob])
        let events = try EventAppendPlan.numbered(batch, shared: 7, privateHeads: [alice: 3, bob: 0])
        #expect(events.map(\.seq) == [8, 4, 9, 1])
        #expect(EventAppendPlan.stream(of: .private, author: alice) == alice.description)
        #expect(EventAppendPlan.stream(of: .shared, author: alice) == "shared")
    }

    @Test func aMovedStreamRefusesTheBatch() throws {
        let stale = AppendBatch(couple: couple, expectedSeq: 6, events: StoreFixture.addArea("Money", by: alice))
        #expect(throws: StoreError.staleSequence(current: 7)) { try EventAppendPlan.check(stale, shared: 7) }
        let batch = AppendBatch(couple: couple, expectedSeq: 7, expectedPrivateSeq: 2, events: [journal(alice)])
        #expect(throws: StoreError.staleSequence(current: 7)) {
            try EventAppendPlan.numbered(batch, shared: 7, privateHeads: [alice: 3])
        }
        #expect(try EventAppendPlan.numbered(batch, shared: 7, privateHeads: [alice: 2]).map(\.seq) == [3])
    }

    @Test func rowsAreSealedUnderTheirStreamsKeyAndPlacedInOrder() throws {
        let (coupleKey, aliceKey) = (SymmetricKey(size: .bits256), SymmetricKey(size: .bits256))
        let batch = AppendBatch(
            couple: couple, expectedSeq: 0, events: StoreFixture.addArea("Money", by: alice) + [journal(alice)])
        let events = try EventAppendPlan.numbered(batch, shared: 0, privateHeads: [alice: 0])
        let rows = try EventAppendPlan.rows(
            events, of: couple, after: 40, coupleKey: coupleKey, privateKeys: [alice: aliceKey])
        #expect(rows.map(\.position) == [41, 42])
        #expect(rows.map(\.stream) == ["shared", alice.description])
        let columns = rows.map {
            OpenedEvents.Columns(
                seq: $0.seq, author: $0.author.description, visibility: $0.visibility.rawValue,
                at: $0.at.timeIntervalSinceReferenceDate, body: $0.body)
        }
        let opened = try OpenedEvents.open(
            columns, of: couple, coupleKey: coupleKey, viewerKey: aliceKey, awaitingRecovery: false)
        #expect(opened.events == events)
        // Bob's key opens the shared row only; with Alice's from before a reset awaited, her row
        // is left out and noted as sealed.
        let awaiting = try OpenedEvents.open(
            columns, of: couple, coupleKey: coupleKey, viewerKey: SymmetricKey(size: .bits256), awaitingRecovery: true)
        #expect(awaiting.events == [events[0]] && awaiting.sealedThrough == 1)
        #expect(throws: StoreError.unreadable) {
            try EventAppendPlan.rows(events, of: self.couple, after: 0, coupleKey: coupleKey, privateKeys: [:])
        }
    }
}

@Suite("Forgetting")
struct ForgettingTests {
    @Test func aDeletionIsWrittenInEitherDialectWithItsValuesBound() {
        let deletion = Forgetting.Deletion("events", ["couple_id": "c", "stream": "m"])
        #expect(deletion.sql { _ in "?" } == "DELETE FROM events WHERE couple_id = ? AND stream = ?")
        #expect(deletion.sql { "$\($0)" } == "DELETE FROM events WHERE couple_id = $1 AND stream = $2")
        #expect(deletion.values == ["c", "m"])
    }

    @Test func closingTakesThePrivateStreamSnapshotsInvitesAndAccount() {
        let (member, couple) = (MemberID(), CoupleID())
        let tables = (Forgetting.closing(member, in: couple) + Forgetting.closing(member)).map(\.table)
        #expect(tables == ["events", "fold_snapshots", "invites", "accounts"])
        #expect(Forgetting.closing(member, in: couple)[0].values == [couple.description, member.description])
    }

    @Test func aResetTakesWhatWasHeldForTheMemberAndTheirSnapshots() {
        let member = MemberID()
        let reset = Forgetting.reset(member)
        #expect(reset.map(\.table) == ["held_for_partner", "fold_snapshots"])
        #expect(reset.map(\.columns) == [["recipient"], ["viewer"]])
        #expect(reset.allSatisfy { $0.values == [member.description] })
    }
}
