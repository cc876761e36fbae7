import Foundation
import GRDB
import TrellisCore

extension SQLiteStorage: InviteStore {
    public func createInvite(codeHash: [UInt8], code: String, _ invite: InviteRecord, at time: Date) async throws {
        try await pool.write { db in
            let sealed = try Sealer.seal(
                Data(code.utf8), with: try self.memberKey(invite.createdBy, in: db),
                context: SealContext.invite(invite.couple, invite.createdBy))
            try db.execute(
                sql:
                    "UPDATE invites SET replaced_at = ? WHERE couple_id = ? AND used_at IS NULL AND replaced_at IS NULL",
                arguments: [time.timeIntervalSinceReferenceDate, invite.couple.description])
            try db.execute(
                sql: """
                    INSERT INTO invites (code_hash, couple_id, created_by, created_at, expires_at, sealed_code)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    Data(codeHash), invite.couple.description, invite.createdBy.description,
                    time.timeIntervalSinceReferenceDate, invite.expiresAt.timeIntervalSinceReferenceDate, sealed,
                ])
        }
    }

    public func liveInvite(of couple: CoupleID, by member: MemberID, at time: Date) async throws -> (
        InviteRecord, code: String
    )? {
        try await pool.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT expires_at, sealed_code FROM invites
                        WHERE couple_id = ? AND created_by = ? AND used_at IS NULL AND replaced_at IS NULL
                            AND expires_at > ? AND sealed_code IS NOT NULL
                        """,
                    arguments: [couple.description, member.description, time.timeIntervalSinceReferenceDate])
            else { return nil }
            let code = try Sealer.open(
                row["sealed_code"], with: try self.memberKey(member, in: db),
                context: SealContext.invite(couple, member))
            let record = InviteRecord(
                couple: couple, createdBy: member, expiresAt: Date(timeIntervalSinceReferenceDate: row["expires_at"]))
            return (record, String(decoding: code, as: UTF8.self))
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
