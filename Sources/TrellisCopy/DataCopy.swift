import Foundation
import GRDB
import PostgresNIO
import TrellisCore
import TrellisPostgres
import TrellisSQLite
import TrellisStore

/// Moves an installation from SQLite to PostgreSQL. Both seal with the same keys and contexts,
/// so rows travel as they are stored, still sealed: nothing is opened on the way. Then both sides
/// are counted and every couple is folded on both, for every member, and compared.
public enum DataCopy {
    /// The tables that hold the record, in an order their references allow. Snapshots are a
    /// cache and are left behind; the key check must already agree.
    static let tables: [(name: String, columns: [String])] = [
        ("couples", ["id", "data_key", "created_at"]),
        (
            "accounts",
            [
                "id", "email_index", "email_sealed", "name_sealed", "password_hash", "member_key", "couple_id",
                "created_at", "time_zone", "evening_hour", "pause_seconds", "email_verified_at",
                "language",
            ]
        ),
        (
            "sessions",
            [
                "token_hash", "account_id", "public_id", "client", "created_at", "last_used_at", "expires_at",
                "private_key", "lock_after", "locked", "unlocked_at",
            ]
        ),
        (
            "invites",
            [
                "code_hash", "couple_id", "created_by", "created_at", "expires_at", "used_at", "used_by", "replaced_at",
                "sealed_code",
            ]
        ),
        ("events", ["couple_id", "stream", "seq", "author", "visibility", "at", "body", "position"]),
        ("calendar_feeds", ["account_id", "token_hash", "sealed_token", "created_at"]),
        ("seen_marks", ["account_id", "key", "seen_at"]),
        ("password_resets", ["token_hash", "account_id", "expires_at"]),
        ("operator_exports", ["account_id", "at"]),
        ("clinicians", ["account_id", "data_key", "profile", "listed"]),
        ("clinician_links", ["clinician_id", "couple_id"]),
        (
            "private_keys",
            [
                "account_id", "password_kdf", "password_wrap", "recovery_wrap", "earlier_recovery_wrap", "public_key",
                "sealed_agreement_key",
            ]
        ),
        ("held_for_partner", ["couple_id", "author", "recipient", "topic", "sealed_to", "body"]),
        ("email_checks", ["token_hash", "account_id", "expires_at"]),
        ("nudge_preferences", ["account_id", "kinds", "from_hour", "until_hour", "paused"]),
        ("push_subscriptions", ["id", "account_id", "session_hash", "body", "created_at"]),
        ("phone_privacy", ["account_id", "lock_key", "lock_code_hash", "private_pages_ask", "look"]),
        (
            "outbox",
            ["id", "kind", "account_id", "secret", "created_at", "next_attempt_at", "attempts", "status", "last_error"]
        ),
    ]

    public struct Summary: Sendable, Equatable {
        /// Rows per table, the same on both sides.
        public let rows: [String: Int]
        /// How many couples were folded on both sides (for every member) and found equal.
        public let couplesChecked: Int
    }

    /// Copies everything into `target`, which must be migrated and empty, in one transaction (a
    /// failure leaves it empty), then checks. Both must hold the same master key.
    public static func copy(from source: SQLiteStorage, to target: PostgresStorage) async throws -> Summary {
        guard source.keys.keyCheck == target.keys.keyCheck else {
            throw MasterKeyError("the two databases were made with different master keys")
        }
        try await target.write { db in
            let existing = try await db.value("SELECT COUNT(*) FROM accounts", as: Int64.self) ?? 0
            guard existing == 0 else {
                throw DataCopyError("the PostgreSQL database already has accounts; copy into an empty one")
            }
            for table in tables {
                // Plain values out of the read: a `[Row]` would pick GRDB's blocking read, which holds a
                // thread of Swift's shared pool while it waits.
                let rows = try await source.pool.read { sqlite in
                    try Row.fetchAll(sqlite, sql: "SELECT \(table.columns.joined(separator: ", ")) FROM \(table.name)")
                        .map { Array($0.databaseValues) }
                }
                for row in rows { try await db.run(try insert(row, into: table)) }
            }
        }
        return try await check(source, against: target)
    }

    private static func insert(_ row: [DatabaseValue], into table: (name: String, columns: [String])) throws
        -> PostgresQuery
    {
        var binds = PostgresBindings(capacity: table.columns.count)
        for value in row {
            switch value.storage {
            case .null: binds.appendNull()
            case .int64(let number): binds.append(number)
            case .double(let number): binds.append(number)
            case .string(let text): binds.append(text)
            case .blob(let data): try binds.append(data)
            }
        }
        let placeholders = (1...table.columns.count).map { "$\($0)" }.joined(separator: ", ")
        return PostgresQuery(
            unsafeSQL: "INSERT INTO \(table.name) (\(table.columns.joined(separator: ", "))) VALUES (\(placeholders))",
            binds: binds)
    }

    /// Counts every table on both sides, then folds every couple for every author in it (members
    /// and former members) from each side, opening every sealed body the master key reaches, and
    /// compares.
    static func check(_ source: SQLiteStorage, against target: PostgresStorage) async throws -> Summary {
        var counts: [String: Int] = [:]
        for table in tables {
            let here = try await source.pool.read {
                try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table.name)") ?? 0
            }
            let there = try await target.read { db in
                try await db.value("SELECT COUNT(*) FROM \(unescaped: table.name)", as: Int64.self) ?? 0
            }
            guard Int(there) == here else { throw DataCopyError("\(table.name): \(here) rows here, \(there) there") }
            counts[table.name] = here
        }
        let couples = try await source.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT DISTINCT couple_id, author FROM events WHERE stream = 'shared'")
                .map { (couple: $0["couple_id"] as String, author: $0["author"] as String) }
        }
        var viewers: [String: [MemberID]] = [:]
        for row in couples {
            guard let author = MemberID(row.author) else { throw StoreError.unreadable }
            viewers[row.couple, default: []].append(author)
        }
        for (id, members) in viewers {
            guard let couple = CoupleID(id) else { throw StoreError.unreadable }
            for member in members where try await source.account(id: member) != nil {
                // A member's own key is in no process here: their private bodies are copied byte for
                // byte and counted, and their record is compared as anyone outside it would see it.
                let sealed = try await source.privateKeyStatus(of: member) != .masterWrapped
                let viewer = sealed ? MemberID() : member
                let here = CoupleState.folding(try await source.events(of: couple, visibleTo: viewer))
                let there = CoupleState.folding(try await target.events(of: couple, visibleTo: viewer))
                guard here == there else { throw DataCopyError("couple \(id) folds differently on the two sides") }
            }
        }
        let ids = try await source.pool.read { try String.fetchAll($0, sql: "SELECT id FROM accounts") }
        for id in ids {
            guard let member = MemberID(id) else { throw StoreError.unreadable }
            guard try await source.account(id: member) == (try await target.account(id: member)) else {
                throw DataCopyError("an account reads differently on the two sides")
            }
        }
        return Summary(rows: counts, couplesChecked: viewers.count)
    }
}

/// Why a copy stopped; the target is left as it was.
public struct DataCopyError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
