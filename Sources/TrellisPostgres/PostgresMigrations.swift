import Foundation
import PostgresNIO
import TrellisStore

/// The PostgreSQL schema as versioned steps, the same tables and meaning as SQLite's (times are
/// seconds since 2001 as double precision, so sealed contexts match to the bit). A step, once
/// released, is never edited: add a new one.
enum PostgresMigrations {
    static let all: [(name: String, statements: [PostgresQuery])] = [
        (
            "1 trellis schema",
            [
                """
                CREATE TABLE couples (id TEXT PRIMARY KEY, data_key BYTEA NOT NULL,
                    created_at DOUBLE PRECISION NOT NULL)
                """,
                """
                CREATE TABLE accounts (
                    id TEXT PRIMARY KEY, email_index BYTEA NOT NULL UNIQUE, email_sealed BYTEA NOT NULL,
                    name_sealed BYTEA NOT NULL, password_hash TEXT NOT NULL, member_key BYTEA NOT NULL,
                    couple_id TEXT REFERENCES couples(id), created_at DOUBLE PRECISION NOT NULL,
                    time_zone TEXT NOT NULL DEFAULT 'UTC', evening_hour BIGINT NOT NULL DEFAULT 20,
                    pause_seconds BIGINT NOT NULL DEFAULT 30)
                """,
                "CREATE TABLE key_check (id BIGINT PRIMARY KEY CHECK (id = 1), value BYTEA NOT NULL)",
                """
                CREATE TABLE sessions (
                    token_hash BYTEA PRIMARY KEY,
                    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                    public_id TEXT NOT NULL UNIQUE, client TEXT NOT NULL DEFAULT '',
                    created_at DOUBLE PRECISION NOT NULL, last_used_at DOUBLE PRECISION NOT NULL,
                    expires_at DOUBLE PRECISION NOT NULL)
                """,
                "CREATE INDEX sessions_by_account ON sessions(account_id)",
                """
                CREATE TABLE invites (
                    code_hash BYTEA PRIMARY KEY, couple_id TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
                    created_by TEXT NOT NULL, created_at DOUBLE PRECISION NOT NULL,
                    expires_at DOUBLE PRECISION NOT NULL, used_at DOUBLE PRECISION, used_by TEXT,
                    replaced_at DOUBLE PRECISION, sealed_code BYTEA)
                """,
                // Two instances can never take the same place: in a stream, or in the couple's order.
                """
                CREATE TABLE events (
                    couple_id TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE, stream TEXT NOT NULL,
                    seq BIGINT NOT NULL, author TEXT NOT NULL,
                    visibility TEXT NOT NULL CHECK (visibility IN ('shared', 'private')),
                    at DOUBLE PRECISION NOT NULL, body BYTEA NOT NULL, position BIGINT NOT NULL,
                    PRIMARY KEY (couple_id, stream, seq), UNIQUE (couple_id, position))
                """,
                """
                CREATE TABLE calendar_feeds (
                    account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
                    token_hash BYTEA NOT NULL UNIQUE, sealed_token BYTEA, created_at DOUBLE PRECISION NOT NULL)
                """,
                """
                CREATE TABLE fold_snapshots (
                    couple_id TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
                    viewer TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                    fold_version BIGINT NOT NULL, position BIGINT NOT NULL, body BYTEA NOT NULL,
                    PRIMARY KEY (couple_id, viewer))
                """,
                """
                CREATE TABLE seen_marks (
                    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, key TEXT NOT NULL,
                    seen_at DOUBLE PRECISION NOT NULL, PRIMARY KEY (account_id, key))
                """,
                """
                CREATE TABLE password_resets (
                    token_hash BYTEA PRIMARY KEY,
                    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                    expires_at DOUBLE PRECISION NOT NULL)
                """,
                """
                CREATE TABLE operator_exports (
                    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                    at DOUBLE PRECISION NOT NULL)
                """,
                "CREATE INDEX operator_exports_by_account ON operator_exports(account_id)",
            ]
        ),
        (
            "2 login attempts",
            [
                "CREATE TABLE login_attempts (key_hash BYTEA NOT NULL, at DOUBLE PRECISION NOT NULL)",
                "CREATE INDEX login_attempts_by_key ON login_attempts(key_hash, at)",
                "CREATE INDEX login_attempts_by_time ON login_attempts(at)",
            ]
        ),
        (
            // One announcement per couple per statement, sent at commit (never for a rollback).
            "3 announce appends",
            [
                """
                CREATE FUNCTION trellis_announce_appends() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE grown RECORD;
                BEGIN
                    FOR grown IN
                        SELECT couple_id, MAX(position) AS position,
                            COALESCE(MAX(seq) FILTER (WHERE stream = 'shared'), 0) AS shared
                        FROM appended GROUP BY couple_id
                    LOOP
                        PERFORM pg_notify('trellis_log_' || TG_TABLE_SCHEMA,
                            grown.couple_id || ' ' || grown.position || ' ' || grown.shared);
                    END LOOP;
                    RETURN NULL;
                END $$
                """,
                """
                CREATE TRIGGER events_announce AFTER INSERT ON events REFERENCING NEW TABLE AS appended
                FOR EACH STATEMENT EXECUTE FUNCTION trellis_announce_appends()
                """,
            ]
        ),
        (
            "4 clinicians",
            [
                """
                CREATE TABLE clinicians (
                    account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
                    data_key BYTEA NOT NULL, profile BYTEA NOT NULL, listed BIGINT NOT NULL)
                """,
                "CREATE INDEX clinicians_listed ON clinicians(listed)",
            ]
        ),
        (
            "5 clinician links",
            [
                """
                CREATE TABLE clinician_links (
                    clinician_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                    couple_id TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
                    PRIMARY KEY (clinician_id, couple_id))
                """
            ]
        ),
        (
            // A member's own key for private entries, wrapped under their password and recovery
            // code; each session holds its own wrap. The master key opens none of them. What one
            // partner holds for the other is sealed to the recipient's public key.
            "6 private keys",
            [
                """
                CREATE TABLE private_keys (
                    account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
                    password_kdf TEXT NOT NULL, password_wrap BYTEA NOT NULL, recovery_wrap BYTEA,
                    earlier_recovery_wrap BYTEA, public_key BYTEA NOT NULL, sealed_agreement_key BYTEA NOT NULL)
                """,
                "ALTER TABLE sessions ADD COLUMN private_key BYTEA",
                """
                CREATE TABLE held_for_partner (
                    couple_id TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
                    author TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                    recipient TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                    topic TEXT NOT NULL, sealed_to TEXT NOT NULL, body BYTEA NOT NULL,
                    PRIMARY KEY (couple_id, author, topic))
                """,
            ]
        ),
        (
            // As SQLite's "14 outbox": no address, no words; claimed with FOR UPDATE SKIP LOCKED.
            "7 outbox",
            [
                """
                CREATE TABLE outbox (
                    id TEXT PRIMARY KEY, kind TEXT NOT NULL,
                    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                    secret BYTEA, created_at DOUBLE PRECISION NOT NULL, next_attempt_at DOUBLE PRECISION NOT NULL,
                    attempts BIGINT NOT NULL DEFAULT 0,
                    status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
                    last_error TEXT)
                """,
                "CREATE INDEX outbox_due ON outbox(status, next_attempt_at)",
            ]
        ),
        (
            // As SQLite's "15 email checks".
            "8 email checks",
            [
                "ALTER TABLE accounts ADD COLUMN email_verified_at DOUBLE PRECISION",
                "UPDATE accounts SET email_verified_at = created_at",
                """
                CREATE TABLE email_checks (
                    token_hash BYTEA PRIMARY KEY,
                    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                    expires_at DOUBLE PRECISION NOT NULL)
                """,
            ]
        ),
        (
            "9 nudge preferences",
            [
                """
                CREATE TABLE nudge_preferences (
                    account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
                    kinds TEXT NOT NULL, from_hour BIGINT NOT NULL, until_hour BIGINT NOT NULL, paused BIGINT NOT NULL)
                """
            ]
        ),
        (
            "10 push subscriptions",
            [
                """
                CREATE TABLE push_subscriptions (
                    id TEXT PRIMARY KEY,
                    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                    session_hash BYTEA NOT NULL UNIQUE REFERENCES sessions(token_hash) ON DELETE CASCADE,
                    body BYTEA NOT NULL, created_at DOUBLE PRECISION NOT NULL)
                """,
                "CREATE INDEX push_subscriptions_by_account ON push_subscriptions(account_id)",
            ]
        ),
        (
            "11 phone privacy",
            [
                """
                CREATE TABLE phone_privacy (
                    account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
                    lock_key TEXT NOT NULL, lock_code_hash TEXT, private_pages_ask BIGINT NOT NULL, look TEXT)
                """,
                "ALTER TABLE sessions ADD COLUMN lock_after BIGINT NOT NULL DEFAULT 300",
                "ALTER TABLE sessions ADD COLUMN locked BIGINT NOT NULL DEFAULT 0",
                "ALTER TABLE sessions ADD COLUMN unlocked_at DOUBLE PRECISION",
            ]
        ),
        (
            // Instances that keep signed-in sessions in memory hear that one changed, on the
            // channel that announces appends ("sessions" is never a couple's id).
            "12 sessions announce changes",
            [
                """
                CREATE FUNCTION trellis_announce_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('trellis_log_' || TG_TABLE_SCHEMA, 'sessions');
                    RETURN NULL;
                END $$
                """,
                """
                CREATE TRIGGER sessions_announce AFTER INSERT OR UPDATE OR DELETE ON sessions
                FOR EACH STATEMENT EXECUTE FUNCTION trellis_announce_sessions()
                """,
                """
                CREATE TRIGGER accounts_announce AFTER INSERT OR UPDATE OR DELETE ON accounts
                FOR EACH STATEMENT EXECUTE FUNCTION trellis_announce_sessions()
                """,
                """
                CREATE TRIGGER private_keys_announce AFTER INSERT OR UPDATE OR DELETE ON private_keys
                FOR EACH STATEMENT EXECUTE FUNCTION trellis_announce_sessions()
                """,
                """
                CREATE TRIGGER phone_privacy_announce AFTER INSERT OR UPDATE OR DELETE ON phone_privacy
                FOR EACH STATEMENT EXECUTE FUNCTION trellis_announce_sessions()
                """,
            ]
        ),
        // As SQLite's "19 languages".
        ("13 languages", ["ALTER TABLE accounts ADD COLUMN language TEXT NOT NULL DEFAULT 'en'"]),
    ]
}

extension PostgresStorage {
    /// Applies the steps this database has not had yet, one transaction each, under an advisory
    /// lock so two instances starting together do not both run them; then checks the master key
    /// is the database's own. Returns the names of the steps applied now.
    @discardableResult
    public func migrate() async throws -> [String] {
        let applied = try await write { db -> [String] in
            try await db.run("SELECT pg_advisory_xact_lock(74221001)")
            if let schema = self.schema { try await db.run("CREATE SCHEMA IF NOT EXISTS \(unescaped: schema)") }
            try await db.run(
                "CREATE TABLE IF NOT EXISTS trellis_migrations (name TEXT PRIMARY KEY, applied_at DOUBLE PRECISION NOT NULL)"
            )
            let done = Set(try await db.rows("SELECT name FROM trellis_migrations").map { try $0.decode(String.self) })
            var now: [String] = []
            for migration in PostgresMigrations.all where !done.contains(migration.name) {
                for statement in migration.statements { try await db.run(statement) }
                let name = migration.name
                let time = Date().timeIntervalSinceReferenceDate
                try await db.run("INSERT INTO trellis_migrations (name, applied_at) VALUES (\(name), \(time))")
                now.append(name)
            }
            let expected = self.keys.keyCheck
            if let stored = try await db.value("SELECT value FROM key_check WHERE id = 1", as: Data.self) {
                guard stored == expected else {
                    throw MasterKeyError("the master key does not match this database; use the key it was created with")
                }
            } else {
                try await db.run("INSERT INTO key_check (id, value) VALUES (1, \(expected))")
            }
            return now
        }
        return applied
    }

    /// Every migration the code knows, and whether this database has it.
    public func migrationStatus() async throws -> [(name: String, applied: Bool)] {
        let done = try await read { db in
            Set(try await db.rows("SELECT name FROM trellis_migrations").map { try $0.decode(String.self) })
        }
        return PostgresMigrations.all.map { ($0.name, done.contains($0.name)) }
    }
}
