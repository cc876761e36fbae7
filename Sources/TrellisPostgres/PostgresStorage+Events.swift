import Crypto
import Foundation
import PostgresNIO
import TrellisCore
import TrellisStore

extension PostgresStorage: EventStore {
    public func append(_ batch: AppendBatch) async throws -> AppendedEvents {
        do {
            if let appended = try await appendInOneStatement(batch) { return appended }
            return try await write(sessionsUnchanged: !batch.pairs) { db in try await self.append(batch, in: db) }
        } catch let error as PSQLError where error.isUniqueViolation {
            // Another instance took the same place in a stream, or in the couple's order, first.
            let current = try await read { db in try await Self.head(of: batch.couple, in: db) }
            throw StoreError.staleSequence(current: current)
        }
    }

    public func events(
        of couple: CoupleID, afterShared sharedSeq: Int64, afterPrivate privateSeq: Int64, visibleTo viewer: MemberID,
        limit: Int?
    ) async throws -> [CoupleEvent] {
        try await read { db in
            let id = couple.description
            let rows = try await db.rows(
                """
                SELECT seq, author, visibility, at, body FROM events
                WHERE couple_id = \(id) AND ((stream = 'shared' AND seq > \(sharedSeq))
                    OR (stream = \(viewer) AND seq > \(privateSeq)))
                ORDER BY position LIMIT \(limit.map(Int64.init))
                """)
            return try await self.decode(rows, of: couple, visibleTo: viewer, in: db)
        }
    }

    public func head(of couple: CoupleID) async throws -> Int64 {
        try await read { db in try await Self.position(of: couple, in: db) }
    }

    public func tail(of couple: CoupleID, after position: Int64, visibleTo viewer: MemberID) async throws -> LogTail {
        try await read { db in
            let rows = try await db.rows(
                """
                SELECT seq, author, visibility, at, body FROM events
                WHERE couple_id = \(couple) AND position > \(position)
                    AND (stream = 'shared' OR stream = \(viewer))
                ORDER BY position
                """)
            let opened = try await self.opened(rows, of: couple, visibleTo: viewer, in: db)
            return LogTail(
                events: opened.events, head: try await Self.position(of: couple, in: db),
                sealedThrough: opened.sealedThrough)
        }
    }

    private func decode(
        _ rows: [PostgresRow], of couple: CoupleID, visibleTo viewer: MemberID, in db: PostgresConnection
    )
        async throws -> [CoupleEvent]
    {
        try await opened(rows, of: couple, visibleTo: viewer, in: db).events
    }

    /// The rows opened, and the newest private seq left out as sealed (after a password reset).
    private func opened(
        _ rows: [PostgresRow], of couple: CoupleID, visibleTo viewer: MemberID, in db: PostgresConnection
    ) async throws -> (events: [CoupleEvent], sealedThrough: Int64) {
        guard !rows.isEmpty, let coupleKey = try await coupleKey(couple, in: db) else { return ([], 0) }
        let columns = try rows.map { try OpenedEvents.Columns($0) }
        let hasPrivate = columns.contains(where: \.isPrivate)
        return try OpenedEvents.open(
            columns, of: couple, coupleKey: coupleKey,
            viewerKey: hasPrivate ? try await privateKey(viewer, in: db) : coupleKey,
            awaitingRecovery: hasPrivate
                ? try await privateKeyRow(of: viewer, in: db)?.earlierRecoveryWrap != nil : false)
    }

    func append(_ batch: AppendBatch, in db: PostgresConnection) async throws -> AppendedEvents {
        let couple = batch.couple.description
        guard let firstEvent = batch.events.first else {
            let position = try await Self.position(of: batch.couple, in: db)
            return AppendedEvents(events: [], previousPosition: position, position: position)
        }
        let (current, previousPosition, storedKey) = try await Self.standing(of: batch.couple, in: db)
        try EventAppendPlan.check(batch, shared: current)

        let coupleKey: SymmetricKey
        if batch.effects.contains(.createCouple) {
            let (key, wrapped) = try keys.newDataKey(owner: SealContext.coupleKey(batch.couple))
            let time = firstEvent.at.timeIntervalSinceReferenceDate
            try await db.run("INSERT INTO couples (id, data_key, created_at) VALUES (\(couple), \(wrapped), \(time))")
            coupleKey = key
        } else {
            guard let storedKey else { throw StoreError.staleSequence(current: current) }
            coupleKey = try openCoupleKey(storedKey, of: batch.couple)
        }
        for effect in batch.effects { try await apply(effect, to: batch.couple, in: db) }

        let authors = EventAppendPlan.privateAuthors(of: batch)
        var heads: [MemberID: Int64] = [:]
        for author in authors {
            heads[author] = try await Self.head(of: batch.couple, stream: author.description, in: db)
        }
        // Numbered (and a stale batch refused) before any private key is asked for.
        let events = try EventAppendPlan.numbered(batch, shared: current, privateHeads: heads)
        var authorKeys: [MemberID: SymmetricKey] = [:]
        for author in authors { authorKeys[author] = try await privateKey(author, in: db) }
        let rows = try EventAppendPlan.rows(
            events, of: batch.couple, after: previousPosition, coupleKey: coupleKey, privateKeys: authorKeys)
        for row in rows {
            try await db.run(
                """
                INSERT INTO events (couple_id, stream, seq, author, visibility, at, body, position)
                VALUES (\(batch.couple), \(row.stream), \(row.seq), \(row.author), \(row.visibility.rawValue), \(stored: row.at), \(row.body), \(row.position))
                """)
        }
        for case .release in batch.effects { try await deleteIfEmpty(batch.couple, in: db) }
        return AppendedEvents(
            events: events, previousPosition: previousPosition, position: rows.last?.position ?? previousPosition)
    }

    private func apply(_ effect: AppendBatch.Effect, to couple: CoupleID, in db: PostgresConnection) async throws {
        let id = couple.description
        switch effect {
        case .createCouple:
            return
        case .assign(let member):
            let changed = try await db.rows(
                """
                UPDATE accounts SET couple_id = \(id) WHERE id = \(member) AND couple_id IS NULL
                RETURNING 1
                """)
            guard changed.count == 1 else { throw StoreError.alreadyInCouple }
        case .release(let member):
            let changed = try await db.rows(
                """
                UPDATE accounts SET couple_id = NULL WHERE id = \(member) AND couple_id = \(id)
                RETURNING 1
                """)
            guard changed.count == 1 else { throw StoreError.alreadyInCouple }
        case .consumeInvite(let codeHash, let member, let time):
            let (at, hash) = (time.timeIntervalSinceReferenceDate, Data(codeHash))
            let changed = try await db.rows(
                """
                UPDATE invites SET used_at = \(at), used_by = \(member)
                WHERE code_hash = \(hash) AND couple_id = \(id) AND used_at IS NULL AND replaced_at IS NULL
                    AND expires_at > \(at)
                RETURNING 1
                """)
            guard changed.count == 1 else { throw StoreError.inviteUnavailable }
        case .linkClinician(let clinician):
            try await db.run(
                """
                INSERT INTO clinician_links (clinician_id, couple_id) VALUES (\(clinician), \(id))
                ON CONFLICT DO NOTHING
                """)
        case .notify(let item):
            try await enqueue(item, keepingEarlier: true, in: db)
        }
    }

    /// A couple nobody belongs to any more goes, with its key and its whole record.
    func deleteIfEmpty(_ couple: CoupleID, in db: PostgresConnection) async throws {
        let id = couple.description
        try await db.run(
            "DELETE FROM couples WHERE id = \(id) AND NOT EXISTS (SELECT 1 FROM accounts WHERE couple_id = \(id))")
    }

    /// Where a stream stands: the shared one by default, or an author's private one.
    static func head(of couple: CoupleID, stream: String = "shared", in db: PostgresConnection) async throws -> Int64 {
        try await db.value(
            "SELECT MAX(seq) FROM events WHERE couple_id = \(couple) AND stream = \(stream)",
            as: Int64.self) ?? 0
    }

    /// Where the shared stream and the whole log stand, and the couple's wrapped key: what every
    /// append needs first, in one round trip rather than three.
    static func standing(of couple: CoupleID, in db: PostgresConnection) async throws
        -> (shared: Int64, position: Int64, key: Data?)
    {
        let id = couple.description
        let row = try await db.rows(
            """
            SELECT (SELECT MAX(seq) FROM events WHERE couple_id = \(id) AND stream = 'shared'),
                (SELECT MAX(position) FROM events WHERE couple_id = \(id)),
                (SELECT data_key FROM couples WHERE id = \(id))
            """
        ).first
        let (shared, position, key) = try row?.decode((Int64?, Int64?, Data?).self) ?? (nil, nil, nil)
        return (shared ?? 0, position ?? 0, key)
    }

    /// The position of the couple's newest event in any stream (the unique index makes it one lookup).
    static func position(of couple: CoupleID, in db: PostgresConnection) async throws -> Int64 {
        try await db.value("SELECT MAX(position) FROM events WHERE couple_id = \(couple)", as: Int64.self)
            ?? 0
    }

    func coupleKey(_ couple: CoupleID, in db: PostgresConnection) async throws -> SymmetricKey? {
        if let key = coupleKeys[couple] { return key }
        guard
            let wrapped = try await db.value(
                "SELECT data_key FROM couples WHERE id = \(couple)", as: Data.self)
        else { return nil }
        return try openCoupleKey(wrapped, of: couple)
    }

    func openCoupleKey(_ wrapped: Data, of couple: CoupleID) throws -> SymmetricKey {
        let key = try keys.unwrap(wrapped, owner: SealContext.coupleKey(couple))
        coupleKeys.keep(key, of: couple)
        return key
    }
}

extension OpenedEvents.Columns {
    /// `row` holds seq, author, visibility, at and body, in that order.
    init(_ row: PostgresRow) throws {
        let (seq, author, visibility, at, body) = try row.decode((Int64, String, String, Double, Data).self)
        self.init(seq: seq, author: author, visibility: visibility, at: at, body: body)
    }
}
