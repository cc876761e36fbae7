import Crypto
import Foundation
import GRDB
import TrellisCore
import TrellisStore

extension SQLiteStorage: EventStore {
    /// Committed with whatever other appends wait for the writer (`AppendGroups`).
    public func append(_ batch: AppendBatch) async throws -> AppendedEvents {
        try await appendGroups.append(batch, to: self)
    }

    public func events(
        of couple: CoupleID, afterShared sharedSeq: Int64, afterPrivate privateSeq: Int64, visibleTo viewer: MemberID,
        limit: Int?
    ) async throws -> [CoupleEvent] {
        try await pool.read { db in
            // LIMIT -1 is SQLite's "no limit".
            let rows = try SQLRequest<Row>(
                """
                SELECT seq, author, visibility, at, body FROM events
                WHERE couple_id = \(couple) AND ((stream = 'shared' AND seq > \(sharedSeq)) OR (stream = \(viewer) AND seq > \(privateSeq)))
                ORDER BY position LIMIT \(limit ?? -1)
                """
            ).fetchAll(db)
            return try self.decode(rows, of: couple, visibleTo: viewer, in: db)
        }
    }

    public func head(of couple: CoupleID) async throws -> Int64 {
        try await pool.read { db in try Self.position(of: couple, in: db) }
    }

    public func tail(of couple: CoupleID, after position: Int64, visibleTo viewer: MemberID) async throws -> LogTail {
        try await pool.read { db in
            let rows = try SQLRequest<Row>(
                """
                SELECT seq, author, visibility, at, body FROM events
                WHERE couple_id = \(couple) AND position > \(position) AND (stream = 'shared' OR stream = \(viewer))
                ORDER BY position
                """
            ).fetchAll(db)
            let opened = try self.opened(rows, of: couple, visibleTo: viewer, in: db)
            return LogTail(
                events: opened.events, head: try Self.position(of: couple, in: db),
                sealedThrough: opened.sealedThrough)
        }
    }

    /// Opens every event of one stream, with the couple's key or (for a private stream) its
    /// author's member key; returns how many there were. For checking a backup.
    /// Opens every event of the stream the master key reaches; how many were opened, and how many
    /// are under a member's own key (counted, not opened).
    func openAll(of couple: CoupleID, stream: String, in db: Database) throws -> (opened: Int, sealed: Int) {
        let rows = try SQLRequest<Row>(
            "SELECT seq, author, visibility, at, body FROM events WHERE couple_id = \(couple) AND stream = \(stream) ORDER BY seq"
        ).fetchAll(db)
        guard let coupleKey = try coupleKey(couple, in: db) else { throw StoreError.unreadable }
        let member = MemberID(stream)
        // Under a member's own key, nobody running the server can open them: counted, not opened.
        if let member, try privateKeyRow(of: member, in: db) != nil { return (0, rows.count) }
        let key = try member.map { try memberKey($0, in: db) } ?? coupleKey
        var reader = EventReader(couple: couple)
        for row in rows { _ = try reader.decode(OpenedEvents.Columns(row)) { _ in key } }
        return (rows.count, 0)
    }

    private func decode(_ rows: [Row], of couple: CoupleID, visibleTo viewer: MemberID, in db: Database) throws
        -> [CoupleEvent]
    {
        try opened(rows, of: couple, visibleTo: viewer, in: db).events
    }

    /// The rows opened, and the newest private seq left out as sealed (after a password reset).
    private func opened(_ rows: [Row], of couple: CoupleID, visibleTo viewer: MemberID, in db: Database) throws
        -> (events: [CoupleEvent], sealedThrough: Int64)
    {
        guard !rows.isEmpty, let coupleKey = try coupleKey(couple, in: db) else { return ([], 0) }
        let columns = rows.map(OpenedEvents.Columns.init)
        let hasPrivate = columns.contains(where: \.isPrivate)
        return try OpenedEvents.open(
            columns, of: couple, coupleKey: coupleKey,
            viewerKey: hasPrivate ? try privateKey(viewer, in: db) : coupleKey,
            awaitingRecovery: try hasPrivate && privateKeyRow(of: viewer, in: db)?.earlierRecoveryWrap != nil)
    }

    func append(_ batch: AppendBatch, in db: Database) throws -> AppendedEvents {
        guard let firstEvent = batch.events.first else {
            let position = try Self.position(of: batch.couple, in: db)
            return AppendedEvents(events: [], previousPosition: position, position: position)
        }
        let current = try Self.head(of: batch.couple, in: db)
        try EventAppendPlan.check(batch, shared: current)

        let coupleKey: SymmetricKey
        if batch.effects.contains(.createCouple) {
            let (key, wrapped) = try keys.newDataKey(owner: SealContext.coupleKey(batch.couple))
            try db.execute(
                literal:
                    "INSERT INTO couples (id, data_key, created_at) VALUES (\(batch.couple), \(wrapped), \(stored: firstEvent.at))"
            )
            coupleKey = key
        } else {
            guard let key = try self.coupleKey(batch.couple, in: db) else {
                throw StoreError.staleSequence(current: current)
            }
            coupleKey = key
        }
        for effect in batch.effects { try apply(effect, to: batch.couple, in: db) }

        let previousPosition = try Self.position(of: batch.couple, in: db)
        let authors = EventAppendPlan.privateAuthors(of: batch)
        var heads: [MemberID: Int64] = [:]
        for author in authors { heads[author] = try Self.head(of: batch.couple, stream: author.description, in: db) }
        // Numbered (and a stale batch refused) before any private key is asked for.
        let events = try EventAppendPlan.numbered(batch, shared: current, privateHeads: heads)
        var authorKeys: [MemberID: SymmetricKey] = [:]
        for author in authors { authorKeys[author] = try privateKey(author, in: db) }
        let rows = try EventAppendPlan.rows(
            events, of: batch.couple, after: previousPosition, coupleKey: coupleKey, privateKeys: authorKeys)
        // Prepared once per connection, arguments bound directly, as the lookups above.
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO events (couple_id, stream, seq, author, visibility, at, body, position)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for row in rows {
            try insert.execute(arguments: [
                batch.couple.description, row.stream, row.seq, row.author.description, row.visibility.rawValue,
                row.at.timeIntervalSinceReferenceDate, row.body, row.position,
            ])
        }
        for case .release in batch.effects { try deleteIfEmpty(batch.couple, in: db) }
        return AppendedEvents(
            events: events, previousPosition: previousPosition, position: rows.last?.position ?? previousPosition)
    }

    private func apply(_ effect: AppendBatch.Effect, to couple: CoupleID, in db: Database) throws {
        switch effect {
        case .createCouple:
            return
        case .assign(let member):
            try db.execute(
                literal: "UPDATE accounts SET couple_id = \(couple) WHERE id = \(member) AND couple_id IS NULL")
            guard db.changesCount == 1 else { throw StoreError.alreadyInCouple }
        case .release(let member):
            try db.execute(
                literal: "UPDATE accounts SET couple_id = NULL WHERE id = \(member) AND couple_id = \(couple)")
            guard db.changesCount == 1 else { throw StoreError.alreadyInCouple }
        case .consumeInvite(let codeHash, let member, let time):
            try db.execute(
                literal: """
                    UPDATE invites SET used_at = \(stored: time), used_by = \(member)
                    WHERE code_hash = \(Data(codeHash)) AND couple_id = \(couple) AND used_at IS NULL AND replaced_at IS NULL AND expires_at > \(stored: time)
                    """)
            guard db.changesCount == 1 else { throw StoreError.inviteUnavailable }
        case .linkClinician(let clinician):
            try db.execute(
                literal:
                    "INSERT OR IGNORE INTO clinician_links (clinician_id, couple_id) VALUES (\(clinician), \(couple))")
        case .notify(let item):
            try enqueue(item, keepingEarlier: true, in: db)
        }
    }

    /// Where a stream stands: the shared one by default, or an author's private one.
    static func head(of couple: CoupleID, stream: String = "shared", in db: Database) throws -> Int64 {
        // Every append asks these three: prepared once per connection, with the arguments bound
        // directly (building an interpolated literal cost more than the lookup).
        try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT MAX(seq) FROM events WHERE couple_id = ? AND stream = ?"),
            arguments: [couple.description, stream]) ?? 0
    }

    /// The position of the couple's newest event in any stream (the index makes it one lookup).
    static func position(of couple: CoupleID, in db: Database) throws -> Int64 {
        try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT MAX(position) FROM events WHERE couple_id = ?"),
            arguments: [couple.description]) ?? 0
    }

    /// Destroys a member's name in a couple's record: their first shared event there is the one
    /// that joined them (starting the couple or accepting the invite), and it alone holds the
    /// name; it is sealed again, in the same place, with the former partner's name instead.
    func forgetName(of member: MemberID, in couple: CoupleID, in db: Database) throws {
        guard
            let row = try SQLRequest<Row>(
                """
                SELECT seq, author, visibility, at, body FROM events
                WHERE couple_id = \(couple) AND stream = 'shared' AND author = \(member) ORDER BY seq LIMIT 1
                """
            ).fetchOne(db),
            let coupleKey = try coupleKey(couple, in: db)
        else { return }
        var reader = EventReader(couple: couple)
        let event = try reader.decode(OpenedEvents.Columns(row)) { _ in coupleKey }
        guard let unnamed = event.payload.withoutName else { return }
        let body = try Sealer.seal(
            try EventBody.encode(unnamed), with: coupleKey,
            context: SealContext.event(
                couple: couple, seq: event.seq, author: member, visibility: .shared, at: event.at))
        try db.execute(
            literal:
                "UPDATE events SET body = \(body) WHERE couple_id = \(couple) AND stream = 'shared' AND seq = \(event.seq)"
        )
    }

    func coupleKey(_ couple: CoupleID, in db: Database) throws -> SymmetricKey? {
        guard
            let wrapped = try Data.fetchOne(
                db.cachedStatement(sql: "SELECT data_key FROM couples WHERE id = ?"), arguments: [couple.description])
        else { return nil }
        return try keys.unwrap(wrapped, owner: SealContext.coupleKey(couple))
    }
}

extension OpenedEvents.Columns {
    /// `row` holds seq, author, visibility, at and body, in that order.
    init(_ row: Row) {
        self.init(seq: row[0], author: row[1], visibility: row[2], at: row[3], body: row[4])
    }
}
