import GRDB
import TrellisStore

/// The schema, as a list of versioned steps. A step, once released, is never edited: add a new one.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1 accounts, sessions, couples, invites, events") { db in
            try db.execute(
                sql: """
                    CREATE TABLE accounts (
                        id TEXT PRIMARY KEY,
                        email_index BLOB NOT NULL UNIQUE,
                        email_sealed BLOB NOT NULL,
                        name_sealed BLOB NOT NULL,
                        password_hash TEXT NOT NULL,
                        member_key BLOB NOT NULL,
                        couple_id TEXT REFERENCES couples(id),
                        created_at REAL NOT NULL
                    );
                    -- A keyed hash of a constant: proves at start-up that the master key is this database's.
                    CREATE TABLE key_check (id INTEGER PRIMARY KEY CHECK (id = 1), value BLOB NOT NULL);
                    CREATE TABLE sessions (
                        token_hash BLOB PRIMARY KEY,
                        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                        created_at REAL NOT NULL,
                        expires_at REAL NOT NULL
                    );
                    CREATE INDEX sessions_by_account ON sessions(account_id);
                    CREATE TABLE couples (
                        id TEXT PRIMARY KEY,
                        data_key BLOB NOT NULL,
                        created_at REAL NOT NULL
                    );
                    CREATE TABLE invites (
                        code_hash BLOB PRIMARY KEY,
                        couple_id TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
                        created_by TEXT NOT NULL,
                        created_at REAL NOT NULL,
                        expires_at REAL NOT NULL,
                        used_at REAL,
                        used_by TEXT,
                        replaced_at REAL
                    );
                    -- Kind and content live inside the sealed body; only what ordering and
                    -- visibility filtering need stays in clear. Each couple has one shared stream
                    -- and one private stream per author ('shared' or the author's id), numbered
                    -- separately so a partner's private entries leave no gaps in what others see.
                    CREATE TABLE events (
                        couple_id TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
                        stream TEXT NOT NULL,
                        seq INTEGER NOT NULL,
                        author TEXT NOT NULL,
                        visibility TEXT NOT NULL CHECK (visibility IN ('shared', 'private')),
                        at REAL NOT NULL,
                        body BLOB NOT NULL,
                        PRIMARY KEY (couple_id, stream, seq)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("2 calendar feeds") { db in
            try db.execute(
                sql: """
                    CREATE TABLE calendar_feeds (
                        account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
                        token_hash BLOB NOT NULL UNIQUE,
                        created_at REAL NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("3 member settings") { db in
            try db.execute(
                sql: """
                    ALTER TABLE accounts ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
                    ALTER TABLE accounts ADD COLUMN evening_hour INTEGER NOT NULL DEFAULT 20;
                    ALTER TABLE accounts ADD COLUMN pause_seconds INTEGER NOT NULL DEFAULT 30;
                    """)
        }
        migrator.registerMigration("4 event positions") { db in
            // One order across a couple's streams, so a member's shared and private events fold in
            // the order they happened even when their times are equal.
            try db.execute(
                sql: """
                    ALTER TABLE events ADD COLUMN position INTEGER;
                    UPDATE events SET position = (
                        SELECT ranked.n FROM (
                            SELECT stream, seq, ROW_NUMBER() OVER (
                                PARTITION BY couple_id ORDER BY at, stream = 'shared' DESC, seq) AS n
                            FROM events AS inner_events WHERE inner_events.couple_id = events.couple_id
                        ) AS ranked
                        WHERE ranked.stream = events.stream AND ranked.seq = events.seq);
                    CREATE UNIQUE INDEX events_by_position ON events(couple_id, position);
                    """)
        }
        migrator.registerMigration("5 fold snapshots") { db in
            // A cache of each viewer's folded state, sealed under the viewer's own key (it holds
            // their private entries). Deleting rows here loses nothing: the log is the record.
            try db.execute(
                sql: """
                    CREATE TABLE fold_snapshots (
                        couple_id TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
                        viewer TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                        fold_version INTEGER NOT NULL,
                        position INTEGER NOT NULL,
                        body BLOB NOT NULL,
                        PRIMARY KEY (couple_id, viewer)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("6 secrets shown again") { db in
            // The invite code and calendar secret, sealed under their owner's key, so the page that
            // shows them can be reloaded without making new ones. Lookups still use the hashes.
            try db.execute(
                sql: """
                    ALTER TABLE invites ADD COLUMN sealed_code BLOB;
                    ALTER TABLE calendar_feeds ADD COLUMN sealed_token BLOB;
                    """)
        }
        migrator.registerMigration("7 seen marks") { db in
            // Keys of what each member has opened (ids and days, no words), for "new" on home.
            try db.execute(
                sql: """
                    CREATE TABLE seen_marks (
                        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                        key TEXT NOT NULL,
                        seen_at REAL NOT NULL,
                        PRIMARY KEY (account_id, key)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("8 sessions a person can see and end") { db in
            // A public id to name a session by (the token's hash never leaves the server), the kind
            // of device it is ("Firefox on Android": no address, no location) and when it was last
            // used, for the idle timeout. Sessions from before count as used when they were opened.
            try db.execute(
                sql: """
                    ALTER TABLE sessions ADD COLUMN public_id TEXT;
                    ALTER TABLE sessions ADD COLUMN client TEXT NOT NULL DEFAULT '';
                    ALTER TABLE sessions ADD COLUMN last_used_at REAL;
                    UPDATE sessions SET public_id = lower(hex(randomblob(12))), last_used_at = created_at;
                    CREATE UNIQUE INDEX sessions_by_public_id ON sessions(public_id);
                    """)
        }
        migrator.registerMigration("9 leaving safely") { db in
            // One-time links an operator makes when someone cannot log in (only the hash is kept),
            // and each export of a member an operator made, for that member to see.
            try db.execute(
                sql: """
                    CREATE TABLE password_resets (
                        token_hash BLOB PRIMARY KEY,
                        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                        expires_at REAL NOT NULL
                    );
                    CREATE TABLE operator_exports (
                        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                        at REAL NOT NULL
                    );
                    CREATE INDEX operator_exports_by_account ON operator_exports(account_id);
                    """)
        }
        migrator.registerMigration("10 login attempts") { db in
            // Shared by every process over the file, like the PostgreSQL table of several instances.
            try db.execute(
                sql: """
                    CREATE TABLE login_attempts (key_hash BLOB NOT NULL, at REAL NOT NULL);
                    CREATE INDEX login_attempts_by_key ON login_attempts(key_hash, at);
                    CREATE INDEX login_attempts_by_time ON login_attempts(at);
                    """)
        }
        migrator.registerMigration("11 clinicians") { db in
            // A profile is sealed under its own key; whether it is listed is the one clear column.
            try db.execute(
                sql: """
                    CREATE TABLE clinicians (
                        account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
                        data_key BLOB NOT NULL, profile BLOB NOT NULL, listed INTEGER NOT NULL
                    );
                    CREATE INDEX clinicians_listed ON clinicians(listed);
                    """)
        }
        migrator.registerMigration("12 clinician links") { db in
            // Which couples asked a clinician in, so they can list them; never who may see what.
            try db.execute(
                sql: """
                    CREATE TABLE clinician_links (
                        clinician_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                        couple_id TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
                        PRIMARY KEY (clinician_id, couple_id)
                    );
                    """)
        }
        migrator.registerMigration("13 private keys") { db in
            // A member's own key for private entries, wrapped under their password (with the
            // scrypt parameters beside it) and their recovery code; each session holds its own
            // wrap, so ending the session destroys it. The master key opens none of them. Words one
            // partner keeps for the other until a moment both agreed on are sealed to the
            // recipient's public key, whose private half only their own key opens.
            try db.execute(
                sql: """
                    CREATE TABLE private_keys (
                        account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
                        password_kdf TEXT NOT NULL, password_wrap BLOB NOT NULL, recovery_wrap BLOB,
                        earlier_recovery_wrap BLOB, public_key BLOB NOT NULL, sealed_agreement_key BLOB NOT NULL
                    );
                    ALTER TABLE sessions ADD COLUMN private_key BLOB;
                    CREATE TABLE held_for_partner (
                        couple_id TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
                        author TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                        recipient TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                        topic TEXT NOT NULL, sealed_to TEXT NOT NULL, body BLOB NOT NULL,
                        PRIMARY KEY (couple_id, author, topic)
                    );
                    """)
        }
        migrator.registerMigration("14 outbox") { db in
            // Messages waiting to leave: no address and no words, only the kind and the member
            // (and a one-time link's token, sealed under the member's key). Claimed by a lease.
            try db.execute(
                sql: """
                    CREATE TABLE outbox (
                        id TEXT PRIMARY KEY, kind TEXT NOT NULL,
                        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                        secret BLOB, created_at REAL NOT NULL, next_attempt_at REAL NOT NULL,
                        attempts INTEGER NOT NULL DEFAULT 0,
                        status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
                        last_error TEXT
                    );
                    CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
                    """)
        }
        migrator.registerMigration("15 email checks") { db in
            // An address is proven once its link is used; accounts from before count as proven.
            try db.execute(
                sql: """
                    ALTER TABLE accounts ADD COLUMN email_verified_at REAL;
                    UPDATE accounts SET email_verified_at = created_at;
                    CREATE TABLE email_checks (
                        token_hash BLOB PRIMARY KEY,
                        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                        expires_at REAL NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("16 nudge preferences") { db in
            // Each member's choice of nudges; no row is the standard choice.
            try db.execute(
                sql: """
                    CREATE TABLE nudge_preferences (
                        account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
                        kinds TEXT NOT NULL, from_hour INTEGER NOT NULL, until_hour INTEGER NOT NULL,
                        paused INTEGER NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("17 push subscriptions") { db in
            // One a device: ended with its session; the address and keys sealed under the member's key.
            try db.execute(
                sql: """
                    CREATE TABLE push_subscriptions (
                        id TEXT PRIMARY KEY,
                        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                        session_hash BLOB NOT NULL UNIQUE REFERENCES sessions(token_hash) ON DELETE CASCADE,
                        body BLOB NOT NULL, created_at REAL NOT NULL
                    );
                    CREATE INDEX push_subscriptions_by_account ON push_subscriptions(account_id);
                    """)
        }
        migrator.registerMigration("18 phone privacy") { db in
            // Each member's lock and look (no row: no lock, Trellis's own look); each device's lock
            // on its session (a null unlocked_at: given at log-in).
            try db.execute(
                sql: """
                    CREATE TABLE phone_privacy (
                        account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
                        lock_key TEXT NOT NULL, lock_code_hash TEXT, private_pages_ask INTEGER NOT NULL, look TEXT
                    );
                    ALTER TABLE sessions ADD COLUMN lock_after INTEGER NOT NULL DEFAULT 300;
                    ALTER TABLE sessions ADD COLUMN locked INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE sessions ADD COLUMN unlocked_at REAL;
                    """)
        }
        migrator.registerMigration("19 languages") { db in
            // The language a member reads in (a code of `Language`); existing members read English.
            try db.execute(sql: "ALTER TABLE accounts ADD COLUMN language TEXT NOT NULL DEFAULT 'en'")
        }
        return migrator
    }
}
