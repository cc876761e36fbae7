import Foundation
import PostgresNIO
import TrellisCore
import TrellisStore

extension PostgresStorage: InviteStore {
    public func createInvite(codeHash: [UInt8], code: String, _ invite: InviteRecord, at time: Date) async throws {
        let (hash, couple, creator) = (Data(codeHash), invite.couple.description, invite.createdBy.description)
        let (now, expires) = (time.timeIntervalSinceReferenceDate, invite.expiresAt.timeIntervalSinceReferenceDate)
        try await write { db in
            let sealed = try Sealer.seal(
                Data(code.utf8), with: try await self.memberKey(invite.createdBy, in: db),
                context: SealContext.invite(invite.couple, invite.createdBy))
            try await db.run(
                """
                UPDATE invites SET replaced_at = \(now)
                WHERE couple_id = \(couple) AND used_at IS NULL AND replaced_at IS NULL
                """)
            try await db.run(
                """
                INSERT INTO invites (code_hash, couple_id, created_by, created_at, expires_at, sealed_code)
                VALUES (\(hash), \(couple), \(creator), \(now), \(expires), \(sealed))
                """)
        }
    }

    public func liveInvite(of couple: CoupleID, by member: MemberID, at time: Date) async throws -> (
        InviteRecord, code: String
    )? {
        let now = time.timeIntervalSinceReferenceDate
        return try await read { db in
            guard
                let row = try await db.rows(
                    """
                    SELECT expires_at, sealed_code FROM invites
                    WHERE couple_id = \(couple) AND created_by = \(member) AND used_at IS NULL
                        AND replaced_at IS NULL AND expires_at > \(now) AND sealed_code IS NOT NULL
                    """
                ).first
            else { return nil }
            let (expires, sealed) = try row.decode((Double, Data).self)
            let code = try Sealer.open(
                sealed, with: try await self.memberKey(member, in: db), context: SealContext.invite(couple, member))
            let record = InviteRecord(
                couple: couple, createdBy: member, expiresAt: Date(timeIntervalSinceReferenceDate: expires))
            return (record, String(decoding: code, as: UTF8.self))
        }
    }

    public func invite(codeHash: [UInt8]) async throws -> InviteRecord? {
        let hash = Data(codeHash)
        return try await read { db in
            guard
                let row = try await db.rows(
                    "SELECT couple_id, created_by, expires_at, used_at, replaced_at FROM invites WHERE code_hash = \(hash)"
                ).first
            else { return nil }
            let c = try row.decode((String, String, Double, Double?, Double?).self)
            guard let couple = CoupleID(c.0), let creator = MemberID(c.1) else { return nil }
            return InviteRecord(
                couple: couple, createdBy: creator, expiresAt: Date(timeIntervalSinceReferenceDate: c.2),
                usedAt: c.3.map(Date.init(timeIntervalSinceReferenceDate:)), isReplaced: c.4 != nil)
        }
    }
}

extension PostgresStorage: CalendarFeedStore {
    public func replaceCalendarFeed(for member: MemberID, tokenHash: [UInt8], token: String, at time: Date)
        async throws
    {
        let (id, hash, now) = (member.description, Data(tokenHash), time.timeIntervalSinceReferenceDate)
        try await write { db in
            let sealed = try Sealer.seal(
                Data(token.utf8), with: try await self.memberKey(member, in: db), context: SealContext.feed(member))
            try await db.run(
                """
                INSERT INTO calendar_feeds (account_id, token_hash, sealed_token, created_at)
                VALUES (\(id), \(hash), \(sealed), \(now))
                ON CONFLICT (account_id) DO UPDATE SET token_hash = excluded.token_hash,
                    sealed_token = excluded.sealed_token, created_at = excluded.created_at
                """)
        }
    }

    public func calendarFeedToken(for member: MemberID) async throws -> String? {
        try await read { db in
            guard
                let sealed = try await db.value(
                    "SELECT sealed_token FROM calendar_feeds WHERE account_id = \(member)", as: Data.self)
            else { return nil }
            let token = try Sealer.open(
                sealed, with: try await self.memberKey(member, in: db), context: SealContext.feed(member))
            return String(decoding: token, as: UTF8.self)
        }
    }

    public func revokeCalendarFeed(for member: MemberID) async throws {
        try await write { db in try await db.run("DELETE FROM calendar_feeds WHERE account_id = \(member)")
        }
    }

    public func calendarFeedOwner(tokenHash: [UInt8]) async throws -> MemberID? {
        let hash = Data(tokenHash)
        return try await read { db in
            try await db.value("SELECT account_id FROM calendar_feeds WHERE token_hash = \(hash)", as: String.self)
                .flatMap(MemberID.init)
        }
    }
}

extension PostgresStorage: SeenStore {
    public func markSeen(_ keys: [String], by member: MemberID, at time: Date) async throws {
        guard !keys.isEmpty else { return }
        let (id, now) = (member.description, time.timeIntervalSinceReferenceDate)
        try await write(sessionsUnchanged: true) { db in
            try await db.run(
                """
                INSERT INTO seen_marks (account_id, key, seen_at) SELECT \(id), key, \(now) FROM unnest(\(keys)) AS key
                ON CONFLICT DO NOTHING
                """)
        }
    }

    public func seen(_ keys: [String], by member: MemberID) async throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        return try await read { db in
            Set(
                try await db.rows(
                    "SELECT key FROM seen_marks WHERE account_id = \(member) AND key = ANY(\(keys))"
                ).map { try $0.decode(String.self) })
        }
    }
}

extension PostgresStorage: SnapshotStore {
    public func snapshot(of couple: CoupleID, for viewer: MemberID) async throws -> KeptFold? {
        let version = Int64(CoupleState.foldVersion)
        return try await read { db in
            guard
                let row = try await db.rows(
                    """
                    SELECT position, body FROM fold_snapshots
                    WHERE couple_id = \(couple) AND viewer = \(viewer)
                        AND fold_version = \(version)
                    """
                ).first
            else { return nil }
            let (position, body) = try row.decode((Int64, Data).self)
            // A snapshot is only a cache: one that cannot be opened or decoded is simply not used.
            guard
                let plaintext = try? Sealer.open(
                    body, with: try await self.privateKey(viewer, in: db),
                    context: SealContext.snapshot(couple, viewer, position)),
                let state = try? SnapshotCodec.decode(plaintext)
            else { return nil }
            return KeptFold(position: position, state: state)
        }
    }

    public func saveSnapshot(_ fold: KeptFold, of couple: CoupleID, for viewer: MemberID) async throws {
        let plaintext = try SnapshotCodec.encode(fold.state)
        let (id, who, version, position) = (
            couple.description, viewer.description, Int64(CoupleState.foldVersion), fold.position
        )
        try await write(sessionsUnchanged: true) { db in
            // A member whose key is not open here has no snapshot made: it would hold their private state.
            guard let key = try? await self.privateKey(viewer, in: db) else { return }
            let body = try Sealer.seal(
                plaintext, with: key,
                context: SealContext.snapshot(couple, viewer, position))
            try await db.run(
                """
                INSERT INTO fold_snapshots (couple_id, viewer, fold_version, position, body)
                VALUES (\(id), \(who), \(version), \(position), \(body))
                ON CONFLICT (couple_id, viewer) DO UPDATE
                SET fold_version = excluded.fold_version, position = excluded.position, body = excluded.body
                WHERE excluded.fold_version <> fold_snapshots.fold_version
                    OR excluded.position > fold_snapshots.position
                """)
        }
    }
}

extension PostgresStorage: Readiness {
    public func checkReady() async throws {
        // Reads a table the migrations made, so an empty or foreign database is not "ready".
        _ = try await read { db in try await db.value("SELECT COUNT(*) FROM key_check", as: Int64.self) }
    }

    public func pseudonym(_ member: MemberID) -> String { keys.pseudonym(member) }
    public func deviceSignature(_ text: String) -> Data { keys.deviceSignature(text) }
}
