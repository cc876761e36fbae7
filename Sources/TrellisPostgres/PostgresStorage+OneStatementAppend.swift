import Crypto
import Foundation
import NIOCore
import PostgresNIO
import TrellisCore
import TrellisStore

extension PostgresStorage {
    /// The frequent append as one statement, committed on its own: one round trip. It applies to
    /// a batch of shared events that changes nothing else, for a couple whose key is open here:
    /// the events are numbered from the batch's expected seq and sealed before sending, and the
    /// statement writes them only if the shared stream still stands there, after the couple's
    /// newest position. Nil when it does not apply or the stream has moved on: the full append
    /// then says why (stale, or the couple gone). Two instances racing for a place collide on the
    /// unique seq or position, as in the full append.
    func appendInOneStatement(_ batch: AppendBatch) async throws -> AppendedEvents? {
        guard batch.effects.isEmpty, !batch.events.isEmpty, batch.events.allSatisfy({ $0.visibility == .shared }),
            let coupleKey = coupleKeys[batch.couple]
        else { return nil }
        let events = try EventAppendPlan.numbered(batch, shared: batch.expectedSeq, privateHeads: [:])
        let rows = try EventAppendPlan.rows(events, of: batch.couple, after: 0, coupleKey: coupleKey, privateKeys: [:])
        let statement = SharedAppend(
            couple: batch.couple.description, expectedSeq: batch.expectedSeq, seqs: rows.map(\.seq),
            authors: rows.map { $0.author.description }, ats: rows.map { $0.at.timeIntervalSinceReferenceDate },
            bodies: rows.map { ByteBuffer(data: $0.body) })
        let positions: [Int64]
        do {
            positions = try await client.execute(statement, logger: Self.logger).reduce(into: []) { $0.append($1) }
        } catch let error as PSQLError where error.isForeignKeyViolation {
            coupleKeys.forget(batch.couple)
            return nil
        }
        guard let first = positions.min(), let last = positions.max(), positions.count == rows.count else { return nil }
        return AppendedEvents(events: events, previousPosition: first - 1, position: last)
    }
}

/// Prepared once per connection, so each append is planned no more than once there.
private struct SharedAppend: PostgresPreparedStatement {
    static let sql = """
        WITH standing AS (
            SELECT (SELECT COALESCE(MAX(seq), 0) FROM events WHERE couple_id = $1 AND stream = 'shared') AS shared,
                (SELECT COALESCE(MAX(position), 0) FROM events WHERE couple_id = $1) AS position)
        INSERT INTO events (couple_id, stream, seq, author, visibility, at, body, position)
        SELECT $1, 'shared', e.seq, e.author, 'shared', e.at, e.body, standing.position + e.n
        FROM standing, unnest($3::int8[], $4::text[], $5::float8[], $6::bytea[]) WITH ORDINALITY AS e(seq, author, at, body, n)
        WHERE standing.shared = $2
        RETURNING position
        """
    typealias Row = Int64

    let couple: String
    let expectedSeq: Int64
    let seqs: [Int64]
    let authors: [String]
    let ats: [Double]
    let bodies: [ByteBuffer]

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: 6)
        bindings.append(couple)
        bindings.append(expectedSeq)
        bindings.append(seqs)
        bindings.append(authors)
        bindings.append(ats)
        bindings.append(bodies)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Int64 { try row.decode(Int64.self) }
}
