import Foundation
import PostgresNIO
import TrellisCore
import TrellisStore

extension PostgresStorage: ClinicianStore {
    public func saveClinicianProfile(_ profile: ClinicianProfile, for member: MemberID) async throws {
        let (key, body) = try ClinicianProfileSeal.seal(profile, for: member, keys: keys)
        let (id, listed) = (member.description, Int64(profile.listed ? 1 : 0))
        try await write { db in
            try await db.run(
                """
                INSERT INTO clinicians (account_id, data_key, profile, listed) VALUES (\(id), \(key), \(body), \(listed))
                ON CONFLICT (account_id) DO UPDATE SET data_key = excluded.data_key, profile = excluded.profile,
                    listed = excluded.listed
                """)
        }
        keys.forget(owner: ClinicianProfileSeal.owner(member))
    }

    public func clinicianProfile(of member: MemberID) async throws -> ClinicianProfile? {
        let row = try await read { db in
            try await db.rows("SELECT data_key, profile FROM clinicians WHERE account_id = \(member)").first
        }
        guard let (key, body) = try row?.decode((Data, Data).self) else { return nil }
        return try ClinicianProfileSeal.open(body, key: key, of: member, keys: keys)
    }

    public func couples(askingIn clinician: MemberID) async throws -> [CoupleID] {
        try await read { db in
            try await db.rows(
                """
                SELECT couple_id FROM clinician_links WHERE clinician_id = \(clinician) ORDER BY couple_id
                """)
        }.compactMap { CoupleID(try $0.decode(String.self)) }
    }

    public func listedClinicians() async throws -> [(id: MemberID, profile: ClinicianProfile)] {
        let rows = try await read { db in
            try await db.rows("SELECT account_id, data_key, profile FROM clinicians WHERE listed = 1")
        }
        return try rows.map { row in
            let (account, key, body) = try row.decode((String, Data, Data).self)
            guard let id = MemberID(account) else { throw StoreError.unreadable }
            return (id, try ClinicianProfileSeal.open(body, key: key, of: id, keys: keys))
        }
    }
}
