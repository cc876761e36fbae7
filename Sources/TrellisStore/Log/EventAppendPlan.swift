import Crypto
import Foundation
import TrellisCore

/// An append's own rules, worked out once for both databases: which streams it writes, how each
/// event is numbered in its stream (refusing a stale expectation), and each row as it is stored,
/// sealed and placed in the couple's order. A backend reads the heads and keys it asks for,
/// then inserts the rows it returns; nothing here touches a database.
package enum EventAppendPlan {
    /// The stream an event is written to: "shared", or its author's own private stream.
    static func stream(of visibility: Visibility, author: MemberID) -> String {
        visibility == .shared ? "shared" : author.description
    }

    /// Refuses a batch written against an older shared head.
    package static func check(_ batch: AppendBatch, shared current: Int64) throws {
        guard current == batch.expectedSeq else { throw StoreError.staleSequence(current: current) }
    }

    /// The authors whose private streams `batch` writes: their heads and keys are read first.
    package static func privateAuthors(of batch: AppendBatch) -> [MemberID] {
        var seen: Set<MemberID> = []
        return batch.events.filter { $0.visibility == .private && seen.insert($0.author).inserted }.map(\.author)
    }

    /// The batch's events numbered from the heads of their streams. A private stream that moved
    /// since the writer read it (`expectedPrivateSeq`) refuses the batch, as the shared one does.
    package static func numbered(_ batch: AppendBatch, shared current: Int64, privateHeads: [MemberID: Int64]) throws
        -> [CoupleEvent]
    {
        if let expected = batch.expectedPrivateSeq, privateHeads.values.contains(where: { $0 != expected }) {
            throw StoreError.staleSequence(current: current)
        }
        var heads = ["shared": current]
        for (author, head) in privateHeads { heads[author.description] = head }
        return batch.events.map { pending in
            let stream = stream(of: pending.visibility, author: pending.author)
            let next = (heads[stream] ?? 0) + 1
            heads[stream] = next
            return pending.numbered(next)
        }
    }

    /// One event as its row holds it.
    package struct Row: Sendable {
        package let stream: String
        package let seq: Int64
        package let author: MemberID
        package let visibility: Visibility
        package let at: Date
        package let body: Data
        package let position: Int64
    }

    /// The rows of `events`, each sealed under the couple's key (shared) or its author's own
    /// (private), bound to its place, and numbered in the couple's order after `position`.
    package static func rows(
        _ events: [CoupleEvent], of couple: CoupleID, after position: Int64, coupleKey: SymmetricKey,
        privateKeys: [MemberID: SymmetricKey]
    ) throws -> [Row] {
        try events.enumerated().map { offset, event in
            let key = event.visibility == .shared ? coupleKey : privateKeys[event.author]
            guard let key else { throw StoreError.unreadable }
            let body = try Sealer.seal(
                try EventBody.encode(event.payload), with: key,
                context: SealContext.event(
                    couple: couple, seq: event.seq, author: event.author, visibility: event.visibility, at: event.at))
            return Row(
                stream: stream(of: event.visibility, author: event.author), seq: event.seq, author: event.author,
                visibility: event.visibility, at: event.at, body: body, position: position + Int64(offset) + 1)
        }
    }
}
