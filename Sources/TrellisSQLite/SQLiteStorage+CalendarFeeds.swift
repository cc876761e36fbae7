import Foundation
import GRDB
import TrellisCore
import TrellisStore

extension SQLiteStorage: CalendarFeedStore {
    public func replaceCalendarFeed(for member: MemberID, tokenHash: [UInt8], token: String, at time: Date)
        async throws
    {
        try await pool.write { db in
            let sealed = try Sealer.seal(
                Data(token.utf8), with: try self.memberKey(member, in: db), context: SealContext.feed(member))
            try db.execute(
                literal: """
                    INSERT INTO calendar_feeds (account_id, token_hash, sealed_token, created_at) VALUES (\(member), \(Data(tokenHash)), \(sealed), \(stored: time))
                    ON CONFLICT (account_id) DO UPDATE SET token_hash = excluded.token_hash,
                        sealed_token = excluded.sealed_token, created_at = excluded.created_at
                    """)
        }
    }

    public func calendarFeedToken(for member: MemberID) async throws -> String? {
        try await pool.read { db in
            guard
                let sealed = try SQLRequest<Data>(
                    "SELECT sealed_token FROM calendar_feeds WHERE account_id = \(member)"
                ).fetchOne(db)
            else { return nil }
            let token = try Sealer.open(
                sealed, with: try self.memberKey(member, in: db), context: SealContext.feed(member))
            return String(decoding: token, as: UTF8.self)
        }
    }

    public func revokeCalendarFeed(for member: MemberID) async throws {
        try await pool.write { db in
            try db.execute(literal: "DELETE FROM calendar_feeds WHERE account_id = \(member)")
        }
    }

    public func calendarFeedOwner(tokenHash: [UInt8]) async throws -> MemberID? {
        try await pool.read { db in
            try SQLRequest<String>("SELECT account_id FROM calendar_feeds WHERE token_hash = \(Data(tokenHash))")
                .fetchOne(db).flatMap(MemberID.init)
        }
    }
}
