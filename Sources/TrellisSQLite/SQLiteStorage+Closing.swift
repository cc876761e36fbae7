import Foundation
import GRDB
import TrellisCore
import TrellisStore

extension SQLiteStorage: AccountClosing {
    public func closeAccount(_ member: MemberID, at time: Date) async throws -> [CoupleID] {
        let couples = try await pool.write { db -> [CoupleID] in
            let couples = try Self.couplesJoined(by: member, in: db)
            for couple in couples {
                try self.forgetName(of: member, in: couple, in: db)
                let closed = PendingEvent(at: time, author: member, visibility: .shared, payload: .accountClosed)
                _ = try self.append(
                    AppendBatch(couple: couple, expectedSeq: try Self.head(of: couple, in: db), events: [closed]),
                    in: db)
                try db.forget(Forgetting.closing(member, in: couple))
            }
            try db.forget(Forgetting.closing(member))
            for couple in couples { try self.deleteIfEmpty(couple, in: db) }
            return couples
        }
        marker.noteChange()
        keys.forget(owner: SealContext.memberKey(member))
        // The write-ahead log may still hold pages from before; copy them home and empty it.
        try await pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        return couples
    }

    /// A couple nobody belongs to any more goes, with its key and its whole record.
    func deleteIfEmpty(_ couple: CoupleID, in db: Database) throws {
        let members =
            try SQLRequest<Int>("SELECT COUNT(*) FROM accounts WHERE couple_id = \(couple)").fetchOne(db) ?? 0
        if members == 0 {
            try db.execute(literal: "DELETE FROM couples WHERE id = \(couple)")
        }
    }

    public func couplesJoined(by member: MemberID) async throws -> [CoupleID] {
        try await pool.read { db in try Self.couplesJoined(by: member, in: db) }
    }

    /// Every couple the member was ever in has a shared event of theirs: the one joining it. A
    /// clinician's reads and notes are theirs too, but not as a member.
    private static func couplesJoined(by member: MemberID, in db: Database) throws -> [CoupleID] {
        let id = member.description
        return try SQLRequest<String>(
            """
            SELECT DISTINCT couple_id FROM events WHERE stream = 'shared' AND author = \(id)
                AND couple_id NOT IN (SELECT couple_id FROM clinician_links WHERE clinician_id = \(id))
            """
        ).fetchAll(db).compactMap(CoupleID.init)
    }

    public func createPasswordReset(tokenHash: [UInt8], for member: MemberID, expiresAt: Date, mail: OutboxItem?)
        async throws
    {
        try await pool.write { db in
            if let mail { try self.enqueue(mail, in: db) }
            try db.execute(literal: "DELETE FROM password_resets WHERE account_id = \(member)")
            try db.execute(
                literal:
                    "INSERT INTO password_resets (token_hash, account_id, expires_at) VALUES (\(Data(tokenHash)), \(member), \(stored: expiresAt))"
            )
        }
    }

    public func passwordReset(tokenHash: [UInt8], at time: Date) async throws -> MemberID? {
        try await pool.read { db in
            try SQLRequest<String>(
                "SELECT account_id FROM password_resets WHERE token_hash = \(Data(tokenHash)) AND expires_at > \(stored: time)"
            ).fetchOne(db).flatMap(MemberID.init)
        }
    }

    public func completePasswordReset(tokenHash: [UInt8], newHash: String, at time: Date) async throws -> Bool {
        try await pool.write { db in
            guard
                let id = try SQLRequest<String>(
                    "SELECT account_id FROM password_resets WHERE token_hash = \(Data(tokenHash)) AND expires_at > \(stored: time)"
                ).fetchOne(db),
                let member = MemberID(id)
            else { return false }
            try db.execute(literal: "DELETE FROM password_resets WHERE account_id = \(id)")
            try db.execute(literal: "UPDATE accounts SET password_hash = \(newHash) WHERE id = \(id)")
            _ = try self.deleteSessions(of: member, keeping: nil, in: db)
            return true
        }
    }

    public func recordOperatorExport(of member: MemberID, at time: Date) async throws {
        try await pool.write { db in
            try db.execute(literal: "INSERT INTO operator_exports (account_id, at) VALUES (\(member), \(stored: time))")
        }
    }

    public func operatorExports(of member: MemberID) async throws -> [Date] {
        try await pool.read { db in
            try SQLRequest<Double>("SELECT at FROM operator_exports WHERE account_id = \(member) ORDER BY at").fetchAll(
                db
            ).map(Date.init(timeIntervalSinceReferenceDate:))
        }
    }
}
