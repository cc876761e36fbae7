import Foundation
import GRDB
import TrellisCore
import TrellisStore

extension SQLiteStorage: Readiness {
    public func checkReady() async throws {
        // Reads a table the migrations made, so an empty or foreign file is not "ready".
        _ = try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM key_check") }
    }

    public func pseudonym(_ member: MemberID) -> String { keys.pseudonym(member) }
    public func deviceSignature(_ text: String) -> Data { keys.deviceSignature(text) }
}
