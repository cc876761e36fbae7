import GRDB

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
                        used_by TEXT
                    );
                    -- Kind and content live inside the sealed body; only what ordering and
                    -- visibility filtering need stays in clear.
                    CREATE TABLE events (
                        couple_id TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
                        seq INTEGER NOT NULL,
                        author TEXT NOT NULL,
                        visibility TEXT NOT NULL CHECK (visibility IN ('shared', 'private')),
                        at REAL NOT NULL,
                        body BLOB NOT NULL,
                        PRIMARY KEY (couple_id, seq)
                    ) WITHOUT ROWID;
                    """)
        }
        return migrator
    }
}
