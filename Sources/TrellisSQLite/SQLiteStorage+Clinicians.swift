import Foundation
import GRDB
import TrellisCore
import TrellisStore

extension SQLiteStorage: ClinicianStore {
    public func saveClinicianProfile(_ profile: ClinicianProfile, for member: MemberID) async throws {
        let (key, body) = try ClinicianProfileSeal.seal(profile, for: member, keys: keys)
        try await pool.write { db in
            try db.execute(
                literal: """
                    INSERT INTO clinicians (account_id, data_key, profile, listed) VALUES (\(member), \(key), \(body), \(profile.listed))
                    ON CONFLICT (account_id) DO UPDATE SET data_key = excluded.data_key, profile = excluded.profile,
                        listed = excluded.listed
                    """)
        }
        keys.forget(owner: ClinicianProfileSeal.owner(member))
    }

    public func clinicianProfile(of member: MemberID) async throws -> ClinicianProfile? {
        // Plain values out of the read, so it is GRDB's asynchronous read (a Row would pick the
        // blocking one, which holds a thread of the cooperative pool).
        let row = try await pool.read { db -> (key: Data, profile: Data)? in
            try SQLRequest<Row>("SELECT data_key, profile FROM clinicians WHERE account_id = \(member)").fetchOne(db)
                .map { ($0["data_key"], $0["profile"]) }
        }
        return try row.map { try ClinicianProfileSeal.open($0.profile, key: $0.key, of: member, keys: keys) }
    }

    public func couples(askingIn clinician: MemberID) async throws -> [CoupleID] {
        try await pool.read { db in
            try SQLRequest<String>(
                "SELECT couple_id FROM clinician_links WHERE clinician_id = \(clinician) ORDER BY couple_id"
            ).fetchAll(db)
        }.compactMap(CoupleID.init)
    }

    public func listedClinicians() async throws -> [(id: MemberID, profile: ClinicianProfile)] {
        let rows = try await pool.read { db -> [(account: String, key: Data, profile: Data)] in
            try Row.fetchAll(db, sql: "SELECT account_id, data_key, profile FROM clinicians WHERE listed = 1")
                .map { ($0["account_id"], $0["data_key"], $0["profile"]) }
        }
        return try rows.map { row in
            guard let id = MemberID(row.account) else { throw StoreError.unreadable }
            return (id, try ClinicianProfileSeal.open(row.profile, key: row.key, of: id, keys: keys))
        }
    }
}
