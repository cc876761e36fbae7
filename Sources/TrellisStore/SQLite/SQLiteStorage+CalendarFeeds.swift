import Foundation
import GRDB
import TrellisCore

extension SQLiteStorage: CalendarFeedStore {
    public func replaceCalendarFeed(for member: MemberID, tokenHash: [UInt8], token: String, at time: Date)
        async throws
    {
        try await pool.write { db in
            let sealed = try Sealer.seal(
                Data(token.utf8), with: try self.memberKey(member, in: db), context: SealContext.feed(member))
            try db.execute(
                sql: """
                    INSERT INTO calendar_feeds (account_id, token_hash, sealed_token, created_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (account_id) DO UPDATE SET token_hash = excluded.token_hash,
                        sealed_token = excluded.sealed_token, created_at = excluded.created_at
                    """,
                arguments: [member.description, Data(tokenHash), sealed, time.timeIntervalSinceReferenceDate])
        }
    }

    public func calendarFeedToken(for member: MemberID) async throws -> String? {
        try await pool.read { db in
            guard
                let sealed = try Data.fetchOne(
                    db, sql: "SELECT sealed_token FROM calendar_feeds WHERE account_id = ?",
                    arguments: [member.description])
            else { return nil }
            let token = try Sealer.open(
                sealed, with: try self.memberKey(member, in: db), context: SealContext.feed(member))
            return String(decoding: token, as: UTF8.self)
        }
    }

    public func revokeCalendarFeed(for member: MemberID) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM calendar_feeds WHERE account_id = ?", arguments: [member.description])
        }
    }

    public func calendarFeedOwner(tokenHash: [UInt8]) async throws -> MemberID? {
        try await pool.read { db in
            try String.fetchOne(
                db, sql: "SELECT account_id FROM calendar_feeds WHERE token_hash = ?", arguments: [Data(tokenHash)]
            ).flatMap(MemberID.init)
        }
    }
}
