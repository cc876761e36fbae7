import Foundation
import GRDB
import TrellisCore

extension SQLiteStorage: InviteStore {
    public func createInvite(codeHash: [UInt8], _ invite: InviteRecord, at time: Date) async throws {
        try await pool.write { db in
            try db.execute(
                sql:
                    "UPDATE invites SET replaced_at = ? WHERE couple_id = ? AND used_at IS NULL AND replaced_at IS NULL",
                arguments: [time.timeIntervalSinceReferenceDate, invite.couple.description])
            try db.execute(
                sql: """
                    INSERT INTO invites (code_hash, couple_id, created_by, created_at, expires_at)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [
                    Data(codeHash), invite.couple.description, invite.createdBy.description,
                    time.timeIntervalSinceReferenceDate, invite.expiresAt.timeIntervalSinceReferenceDate,
                ])
        }
    }

    public func invite(codeHash: [UInt8]) async throws -> InviteRecord? {
        try await pool.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql:
                        "SELECT couple_id, created_by, expires_at, used_at, replaced_at FROM invites WHERE code_hash = ?",
                    arguments: [Data(codeHash)]),
                let couple = CoupleID(row["couple_id"] as String),
                let creator = MemberID(row["created_by"] as String)
            else { return nil }
            return InviteRecord(
                couple: couple, createdBy: creator, expiresAt: Date(timeIntervalSinceReferenceDate: row["expires_at"]),
                usedAt: (row["used_at"] as Double?).map(Date.init(timeIntervalSinceReferenceDate:)),
                isReplaced: (row["replaced_at"] as Double?) != nil)
        }
    }
}
