import Foundation
import GRDB
import TrellisCore

extension SQLiteStorage: AccountClosing {
    public func closeAccount(_ member: MemberID, at time: Date) async throws -> [CoupleID] {
        let id = member.description
        let couples = try await pool.write { db -> [CoupleID] in
            let couples = try Self.couplesJoined(by: member, in: db)
            for couple in couples {
                try self.forgetName(of: member, in: couple, in: db)
                let closed = PendingEvent(at: time, author: member, visibility: .shared, payload: .accountClosed)
                _ = try self.append(
                    AppendBatch(couple: couple, expectedSeq: try Self.head(of: couple, in: db), events: [closed]),
                    in: db)
                try db.execute(
                    sql: "DELETE FROM events WHERE couple_id = ? AND stream = ?", arguments: [couple.description, id])
                // Snapshots hold the name; they are a cache, and the next read folds afresh.
                try db.execute(sql: "DELETE FROM fold_snapshots WHERE couple_id = ?", arguments: [couple.description])
            }
            try db.execute(sql: "DELETE FROM invites WHERE created_by = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM accounts WHERE id = ?", arguments: [id])
            for couple in couples { try self.deleteIfEmpty(couple, in: db) }
            return couples
        }
        keys.forget(owner: SealContext.memberKey(member))
        // The write-ahead log may still hold pages from before; copy them home and empty it.
        try await pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        return couples
    }

    /// A couple nobody belongs to any more goes, with its key and its whole record.
    func deleteIfEmpty(_ couple: CoupleID, in db: Database) throws {
        let members =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM accounts WHERE couple_id = ?", arguments: [couple.description]) ?? 0
        if members == 0 {
            try db.execute(sql: "DELETE FROM couples WHERE id = ?", arguments: [couple.description])
        }
    }

    public func couplesJoined(by member: MemberID) async throws -> [CoupleID] {
        try await pool.read { db in try Self.couplesJoined(by: member, in: db) }
    }

    /// Every couple the member was ever in has a shared event of theirs: the one joining it. A
    /// clinician's reads and notes are theirs too, but not as a member.
    private static func couplesJoined(by member: MemberID, in db: Database) throws -> [CoupleID] {
        let id = member.description
        return try String.fetchAll(
            db,
            sql: """
                SELECT DISTINCT couple_id FROM events WHERE stream = 'shared' AND author = ?
                    AND couple_id NOT IN (SELECT couple_id FROM clinician_links WHERE clinician_id = ?)
                """,
            arguments: [id, id]
        ).compactMap(CoupleID.init)
    }

    public func createPasswordReset(tokenHash: [UInt8], for member: MemberID, expiresAt: Date, mail: OutboxItem?)
        async throws
    {
        try await pool.write { db in
            if let mail { try self.enqueue(mail, in: db) }
            try db.execute(sql: "DELETE FROM password_resets WHERE account_id = ?", arguments: [member.description])
            try db.execute(
                sql: "INSERT INTO password_resets (token_hash, account_id, expires_at) VALUES (?, ?, ?)",
                arguments: [Data(tokenHash), member.description, expiresAt.timeIntervalSinceReferenceDate])
        }
    }

    public func passwordReset(tokenHash: [UInt8], at time: Date) async throws -> MemberID? {
        try await pool.read { db in
            try String.fetchOne(
                db, sql: "SELECT account_id FROM password_resets WHERE token_hash = ? AND expires_at > ?",
                arguments: [Data(tokenHash), time.timeIntervalSinceReferenceDate]
            ).flatMap(MemberID.init)
        }
    }

    public func completePasswordReset(tokenHash: [UInt8], newHash: String, at time: Date) async throws -> Bool {
        try await pool.write { db in
            guard
                let id = try String.fetchOne(
                    db, sql: "SELECT account_id FROM password_resets WHERE token_hash = ? AND expires_at > ?",
                    arguments: [Data(tokenHash), time.timeIntervalSinceReferenceDate]),
                let member = MemberID(id)
            else { return false }
            try db.execute(sql: "DELETE FROM password_resets WHERE account_id = ?", arguments: [id])
            try db.execute(sql: "UPDATE accounts SET password_hash = ? WHERE id = ?", arguments: [newHash, id])
            _ = try self.deleteSessions(of: member, keeping: nil, in: db)
            return true
        }
    }

    public func recordOperatorExport(of member: MemberID, at time: Date) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO operator_exports (account_id, at) VALUES (?, ?)",
                arguments: [member.description, time.timeIntervalSinceReferenceDate])
        }
    }

    public func operatorExports(of member: MemberID) async throws -> [Date] {
        try await pool.read { db in
            try Double.fetchAll(
                db, sql: "SELECT at FROM operator_exports WHERE account_id = ? ORDER BY at",
                arguments: [member.description]
            ).map(Date.init(timeIntervalSinceReferenceDate:))
        }
    }
}
