import Foundation
import GRDB
import TrellisCore
import TrellisStore

extension SQLiteStorage: InviteStore {
    public func createInvite(codeHash: [UInt8], code: String, _ invite: InviteRecord, at time: Date) async throws {
        try await pool.write { db in
            let sealed = try Sealer.seal(
                Data(code.utf8), with: try self.memberKey(invite.createdBy, in: db),
                context: SealContext.invite(invite.couple, invite.createdBy))
            try db.execute(
                literal:
                    "UPDATE invites SET replaced_at = \(stored: time) WHERE couple_id = \(invite.couple) AND used_at IS NULL AND replaced_at IS NULL"
            )
            try db.execute(
                literal: """
                    INSERT INTO invites (code_hash, couple_id, created_by, created_at, expires_at, sealed_code)
                    VALUES (\(Data(codeHash)), \(invite.couple), \(invite.createdBy.description), \(stored: time), \(stored: invite.expiresAt), \(sealed))
                    """)
        }
    }

    public func liveInvite(of couple: CoupleID, by member: MemberID, at time: Date) async throws -> (
        InviteRecord, code: String
    )? {
        try await pool.read { db in
            guard
                let row = try SQLRequest<Row>(
                    """
                    SELECT expires_at, sealed_code FROM invites
                    WHERE couple_id = \(couple) AND created_by = \(member) AND used_at IS NULL AND replaced_at IS NULL
                        AND expires_at > \(stored: time) AND sealed_code IS NOT NULL
                    """
                ).fetchOne(db)
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
                let row = try SQLRequest<Row>(
                    "SELECT couple_id, created_by, expires_at, used_at, replaced_at FROM invites WHERE code_hash = \(Data(codeHash))"
                ).fetchOne(db),
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
