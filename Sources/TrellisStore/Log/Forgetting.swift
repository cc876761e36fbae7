import TrellisCore

/// What a database forgets when a member closes their account or a password is reset, listed
/// once so that both databases forget exactly the same rows. Each backend runs a `Deletion` in
/// its own dialect (`SQLiteStorage.run(_:in:)`, `PostgresStorage.run(_:in:)`).
package enum Forgetting {
    /// The rows of `table` whose columns hold these values.
    package struct Deletion: Sendable, Equatable {
        let table: String
        let columns: [String]
        package let values: [String]

        init(_ table: String, _ matches: KeyValuePairs<String, String>) {
            self.table = table
            columns = matches.map(\.key)
            values = matches.map(\.value)
        }

        /// The statement, with each value's placeholder as the dialect writes it (1-based).
        package func sql(placeholder: (Int) -> String) -> String {
            let conditions = columns.enumerated().map { "\($1) = \(placeholder($0 + 1))" }
            return "DELETE FROM \(table) WHERE " + conditions.joined(separator: " AND ")
        }
    }

    /// Closing, in each couple the member was in (after their leaving is recorded there): their
    /// private stream, and the couple's snapshots, which hold the name (a cache, folded afresh).
    package static func closing(_ member: MemberID, in couple: CoupleID) -> [Deletion] {
        [
            Deletion("events", ["couple_id": couple.description, "stream": member.description]),
            Deletion("fold_snapshots", ["couple_id": couple.description]),
        ]
    }

    /// Closing, once the couples are done: the invites the member made, and the account itself.
    package static func closing(_ member: MemberID) -> [Deletion] {
        [Deletion("invites", ["created_by": member.description]), Deletion("accounts", ["id": member.description])]
    }

    /// After a reset of the member's private key: what was held for them (sealed to the agreement
    /// key the reset replaced, which nothing can open any more) and their snapshots, which hold
    /// their private state under the old key.
    package static func reset(_ member: MemberID) -> [Deletion] {
        [
            Deletion("held_for_partner", ["recipient": member.description]),
            Deletion("fold_snapshots", ["viewer": member.description]),
        ]
    }
}
