import Foundation
import Synchronization
import TrellisCore
import TrellisStore

/// The seen marks this process has already read or written, kept in memory over `storage`. A mark
/// is never taken back (only closing the account removes them, with the account), so a key known
/// to be seen needs no read again, on this instance or any other; only keys not known yet are
/// asked for, and only keys not known yet are written. Bounded: past `capacity` keys, all are let
/// go and learnt again as they come.
final class KnownSeen: SeenStore {
    private struct Table {
        var marks: [MemberID: Set<String>] = [:]
        var count = 0
    }

    private let storage: any SeenStore
    private let table = Mutex(Table())
    let capacity: Int

    init(_ storage: any SeenStore, capacity: Int = 50_000) {
        (self.storage, self.capacity) = (storage, max(1, capacity))
    }

    func markSeen(_ keys: [String], by member: MemberID, at time: Date) async throws {
        let unknown = self.unknown(keys, of: member)
        guard !unknown.isEmpty else { return }
        try await storage.markSeen(unknown, by: member, at: time)
        learn(unknown, of: member)
    }

    func seen(_ keys: [String], by member: MemberID) async throws -> Set<String> {
        let unknown = self.unknown(keys, of: member)
        let known = Set(keys).subtracting(unknown)
        guard !unknown.isEmpty else { return known }
        let found = try await storage.seen(unknown, by: member)
        learn(Array(found), of: member)
        return known.union(found)
    }

    /// How many keys are kept now (for tests).
    var count: Int { table.withLock { $0.count } }

    private func unknown(_ keys: [String], of member: MemberID) -> [String] {
        table.withLock { table in
            guard let known = table.marks[member] else { return keys }
            return keys.filter { !known.contains($0) }
        }
    }

    private func learn(_ keys: [String], of member: MemberID) {
        guard !keys.isEmpty else { return }
        table.withLock { table in
            if table.count + keys.count > capacity { table = Table() }
            let before = table.marks[member]?.count ?? 0
            table.marks[member, default: []].formUnion(keys)
            table.count += (table.marks[member]?.count ?? 0) - before
        }
    }
}
