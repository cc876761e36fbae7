import Foundation
import PostgresNIO
import TrellisCore
import TrellisStore

extension PostgresStorage: AccountClosing {
    /// As SQLite's: one transaction. What PostgreSQL frees is left to its own vacuum (it has no
    /// secure_delete), but the member key goes with the row, so what it sealed stays unreadable.
    public func closeAccount(_ member: MemberID, at time: Date) async throws -> [CoupleID] {
        let couples = try await write { db -> [CoupleID] in
            let couples = try await Self.couplesJoined(by: member, in: db)
            for couple in couples {
                try await self.forgetName(of: member, in: couple, in: db)
                let closed = PendingEvent(at: time, author: member, visibility: .shared, payload: .accountClosed)
                let head = try await Self.head(of: couple, in: db)
                _ = try await self.append(AppendBatch(couple: couple, expectedSeq: head, events: [closed]), in: db)
                try await db.forget(Forgetting.closing(member, in: couple))
            }
            try await db.forget(Forgetting.closing(member))
            for couple in couples { try await self.deleteIfEmpty(couple, in: db) }
            return couples
        }
        keys.forget(owner: SealContext.memberKey(member))
        return couples
    }

    public func couplesJoined(by member: MemberID) async throws -> [CoupleID] {
        try await read { db in try await Self.couplesJoined(by: member, in: db) }
    }

    /// As SQLite's: a member's couples are those with a shared event of theirs, but a clinician's.
    private static func couplesJoined(by member: MemberID, in db: PostgresConnection) async throws -> [CoupleID] {
        let id = member.description
        return try await db.rows(
            """
            SELECT DISTINCT couple_id FROM events WHERE stream = 'shared' AND author = \(id)
                AND couple_id NOT IN (SELECT couple_id FROM clinician_links WHERE clinician_id = \(id))
            """
        ).compactMap { CoupleID(try $0.decode(String.self)) }
    }

    /// The member's first shared event in the couple joined them and alone holds their name: it
    /// is sealed again, in the same place, with the former partner's name instead.
    private func forgetName(of member: MemberID, in couple: CoupleID, in db: PostgresConnection) async throws {
        guard
            let row = try await db.rows(
                """
                SELECT seq, author, visibility, at, body FROM events
                WHERE couple_id = \(couple) AND stream = 'shared' AND author = \(member)
                ORDER BY seq LIMIT 1
                """
            ).first,
            let coupleKey = try await coupleKey(couple, in: db)
        else { return }
        let c = try OpenedEvents.Columns(row)
        var reader = EventReader(couple: couple)
        let event = try reader.decode(c) { _ in coupleKey }
        guard let unnamed = event.payload.withoutName else { return }
        let body = try Sealer.seal(
            try EventBody.encode(unnamed), with: coupleKey,
            context: SealContext.event(
                couple: couple, seq: event.seq, author: member, visibility: .shared, at: event.at))
        try await db.run(
            """
            UPDATE events SET body = \(body)
            WHERE couple_id = \(couple) AND stream = 'shared' AND seq = \(event.seq)
            """)
    }

    public func createPasswordReset(tokenHash: [UInt8], for member: MemberID, expiresAt: Date, mail: OutboxItem?)
        async throws
    {
        let (hash, id, expires) = (Data(tokenHash), member.description, expiresAt.timeIntervalSinceReferenceDate)
        try await write { db in
            if let mail { try await self.enqueue(mail, in: db) }
            try await db.run("DELETE FROM password_resets WHERE account_id = \(id)")
            try await db.run(
                "INSERT INTO password_resets (token_hash, account_id, expires_at) VALUES (\(hash), \(id), \(expires))")
        }
    }

    public func passwordReset(tokenHash: [UInt8], at time: Date) async throws -> MemberID? {
        let (hash, now) = (Data(tokenHash), time.timeIntervalSinceReferenceDate)
        return try await read { db in
            try await db.value(
                "SELECT account_id FROM password_resets WHERE token_hash = \(hash) AND expires_at > \(now)",
                as: String.self
            ).flatMap(MemberID.init)
        }
    }

    public func completePasswordReset(tokenHash: [UInt8], newHash: String, at time: Date) async throws -> Bool {
        let (hash, now) = (Data(tokenHash), time.timeIntervalSinceReferenceDate)
        return try await write { db in
            guard
                let id = try await db.value(
                    "SELECT account_id FROM password_resets WHERE token_hash = \(hash) AND expires_at > \(now) FOR UPDATE",
                    as: String.self),
                let member = MemberID(id)
            else { return false }
            try await db.run("DELETE FROM password_resets WHERE account_id = \(id)")
            try await db.run("UPDATE accounts SET password_hash = \(newHash) WHERE id = \(id)")
            _ = try await self.deleteSessions(of: member, keeping: nil, in: db)
            return true
        }
    }

    public func recordOperatorExport(of member: MemberID, at time: Date) async throws {
        let (id, at) = (member.description, time.timeIntervalSinceReferenceDate)
        try await write { db in try await db.run("INSERT INTO operator_exports (account_id, at) VALUES (\(id), \(at))")
        }
    }

    public func operatorExports(of member: MemberID) async throws -> [Date] {
        try await read { db in
            try await db.rows("SELECT at FROM operator_exports WHERE account_id = \(member) ORDER BY at")
                .map { Date(timeIntervalSinceReferenceDate: try $0.decode(Double.self)) }
        }
    }
}
