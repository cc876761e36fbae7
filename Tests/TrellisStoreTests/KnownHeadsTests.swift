import Foundation
import Testing
import TrellisCore

@testable import TrellisStore

@Suite("Known heads from the database's announcements")
struct KnownHeadsTests {
    let couple = CoupleID()

    /// A head checked against the database while listening.
    func checked(_ head: Int64, in heads: inout KnownHeads) {
        let ticket = heads.beginCheck(couple)
        heads.endCheck(couple, head: head, ticket)
    }

    @Test func nothingIsTrustedBeforeListening() {
        var heads = KnownHeads()
        checked(4, in: &heads)
        heads.hear(.grew(couple, position: 5, sharedSeq: 5))
        #expect(heads.head(of: couple) == nil)
    }

    @Test func aCheckedHeadIsTrustedAndFollowsAnnouncements() {
        var heads = KnownHeads()
        heads.hear(.listening)
        #expect(heads.head(of: couple) == nil)
        checked(4, in: &heads)
        #expect(heads.head(of: couple) == 4)
        heads.hear(.grew(couple, position: 6, sharedSeq: nil))
        #expect(heads.head(of: couple) == 6)
        heads.hear(.grew(couple, position: 5, sharedSeq: 5))  // a late announcement never moves it back
        #expect(heads.head(of: couple) == 6)
        heads.hear(.grew(CoupleID(), position: 9, sharedSeq: 9))
        #expect(heads.head(of: couple) == 6)
    }

    @Test func losingTheConnectionForgetsEverything() {
        var heads = KnownHeads()
        heads.hear(.listening)
        checked(4, in: &heads)
        heads.hear(.deaf)
        #expect(heads.head(of: couple) == nil)
        heads.hear(.listening)
        #expect(heads.head(of: couple) == nil, "writes made while deaf were not heard")
        checked(7, in: &heads)
        #expect(heads.head(of: couple) == 7)
    }

    @Test func aCheckBegunBeforeAReconnectionCountsForNothing() {
        var heads = KnownHeads()
        heads.hear(.listening)
        let ticket = heads.beginCheck(couple)
        heads.hear(.deaf)
        heads.hear(.listening)
        heads.endCheck(couple, head: 4, ticket)
        #expect(heads.head(of: couple) == nil)
    }

    /// The database answered 4, then a write to 5 committed and was announced before the answer
    /// was recorded: trusting 4 would hide that write until the next one.
    @Test func anAnnouncementHeardDuringACheckIsKept() {
        var heads = KnownHeads()
        heads.hear(.listening)
        let ticket = heads.beginCheck(couple)
        heads.hear(.grew(couple, position: 5, sharedSeq: 5))
        heads.endCheck(couple, head: 4, ticket)
        #expect(heads.head(of: couple) == 5)
    }

    @Test func aFailedCheckTrustsNothing() {
        var heads = KnownHeads()
        heads.hear(.listening)
        let failed = heads.beginCheck(couple)
        heads.hear(.grew(couple, position: 5, sharedSeq: 5))
        heads.endCheck(couple, head: nil, failed)
        #expect(heads.head(of: couple) == nil)
    }

    @Test func ownAppendsMoveOnlyTrustedHeads() {
        var heads = KnownHeads()
        heads.hear(.listening)
        heads.appended(couple, position: 3)
        #expect(heads.head(of: couple) == nil)
        checked(3, in: &heads)
        heads.appended(couple, position: 4)
        #expect(heads.head(of: couple) == 4)
        heads.forget(couple)
        #expect(heads.head(of: couple) == nil)
    }
}
