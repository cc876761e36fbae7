import Foundation
import Synchronization
import Testing
import TrellisCore
import TrellisStore

@testable import TrellisServer

@Suite("Seen marks known in memory")
struct KnownSeenTests {
    /// Seen marks in memory that writes down what it was asked.
    final class Marks: SeenStore {
        let marks = Mutex<Set<String>>([])
        let asked = Mutex<[[String]]>([])
        let written = Mutex<[[String]]>([])

        func markSeen(_ keys: [String], by member: MemberID, at time: Date) async throws {
            written.withLock { $0.append(keys) }
            marks.withLock { $0.formUnion(keys.map { "\(member)/\($0)" }) }
        }

        func seen(_ keys: [String], by member: MemberID) async throws -> Set<String> {
            asked.withLock { $0.append(keys) }
            let marks = marks.withLock { $0 }
            return Set(keys.filter { marks.contains("\(member)/\($0)") })
        }
    }

    let maya = MemberID()
    let sam = MemberID()
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func aKeyKnownSeenIsNeverAskedForAgainButOneNotSeenIsAskedEachTime() async throws {
        let marks = Marks()
        try await marks.markSeen(["question:1"], by: maya, at: now)  // by another instance
        let known = KnownSeen(marks)
        #expect(try await known.seen(["question:1", "question:2"], by: maya) == ["question:1"])
        #expect(try await known.seen(["question:1", "question:2"], by: maya) == ["question:1"])
        #expect(marks.asked.withLock { $0 } == [["question:1", "question:2"], ["question:2"]])
        // Seen elsewhere since: the next read finds it, as nothing said it was not.
        try await marks.markSeen(["question:2"], by: maya, at: now)
        #expect(try await known.seen(["question:1", "question:2"], by: maya) == ["question:1", "question:2"])
        #expect(try await known.seen(["question:2"], by: maya) == ["question:2"])
        #expect(marks.asked.withLock { $0.count } == 3)
    }

    @Test func onlyKeysNotKnownAreWrittenAndWhatWasWrittenIsKnown() async throws {
        let marks = Marks()
        let known = KnownSeen(marks)
        try await known.markSeen(["news:4", "news:5"], by: maya, at: now)
        try await known.markSeen(["news:5", "news:6"], by: maya, at: now)
        try await known.markSeen(["news:5"], by: maya, at: now)
        #expect(marks.written.withLock { $0 } == [["news:4", "news:5"], ["news:6"]])
        #expect(try await known.seen(["news:4", "news:6"], by: maya) == ["news:4", "news:6"])
        #expect(marks.asked.withLock { $0.isEmpty })
    }

    @Test func eachMemberHasTheirOwn() async throws {
        let marks = Marks()
        let known = KnownSeen(marks)
        try await known.markSeen(["news:4"], by: maya, at: now)
        #expect(try await known.seen(["news:4"], by: sam) == [])
        #expect(marks.asked.withLock { $0 } == [["news:4"]])
    }

    @Test func pastItsCapacityAllAreLetGoAndLearntAgain() async throws {
        let marks = Marks()
        let known = KnownSeen(marks, capacity: 3)
        try await known.markSeen(["a", "b", "c"], by: maya, at: now)
        #expect(known.count == 3)
        try await known.markSeen(["d"], by: sam, at: now)
        #expect(known.count == 1)
        #expect(try await known.seen(["a"], by: maya) == ["a"])
        #expect(marks.asked.withLock { $0 } == [["a"]])
    }
}
