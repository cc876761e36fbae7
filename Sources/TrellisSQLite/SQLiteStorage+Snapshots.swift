import Foundation
import GRDB
import TrellisCore
import TrellisStore

extension SQLiteStorage: SnapshotStore {
    public func snapshot(of couple: CoupleID, for viewer: MemberID) async throws -> KeptFold? {
        try await pool.read { db in
            guard
                let row = try SQLRequest<Row>(
                    "SELECT position, body FROM fold_snapshots WHERE couple_id = \(couple) AND viewer = \(viewer) AND fold_version = \(CoupleState.foldVersion)"
                ).fetchOne(db)
            else { return nil }
            let position: Int64 = row[0]
            // A snapshot is only a cache: one that cannot be opened or decoded is simply not used.
            guard
                let plaintext = try? Sealer.open(
                    row[1], with: try self.privateKey(viewer, in: db),
                    context: SealContext.snapshot(couple, viewer, position)),
                let state = try? SnapshotCodec.decode(plaintext)
            else { return nil }
            return KeptFold(position: position, state: state)
        }
    }

    public func saveSnapshot(_ fold: KeptFold, of couple: CoupleID, for viewer: MemberID) async throws {
        let plaintext = try SnapshotCodec.encode(fold.state)
        try await pool.write { db in
            // A member whose key is not open here has no snapshot made: it would hold their private state.
            guard let key = try? self.privateKey(viewer, in: db) else { return }
            let body = try Sealer.seal(
                plaintext, with: key,
                context: SealContext.snapshot(couple, viewer, fold.position))
            try db.execute(
                literal: """
                    INSERT INTO fold_snapshots (couple_id, viewer, fold_version, position, body)
                    VALUES (\(couple), \(viewer), \(CoupleState.foldVersion), \(fold.position), \(body))
                    ON CONFLICT (couple_id, viewer) DO UPDATE
                    SET fold_version = excluded.fold_version, position = excluded.position, body = excluded.body
                    WHERE excluded.fold_version != fold_snapshots.fold_version
                        OR excluded.position > fold_snapshots.position
                    """)
        }
    }

}
