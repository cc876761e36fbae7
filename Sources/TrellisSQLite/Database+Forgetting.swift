import GRDB
import TrellisStore

extension Database {
    /// Runs each deletion in SQLite's dialect (?, ?, ...).
    func forget(_ deletions: [Forgetting.Deletion]) throws {
        for deletion in deletions {
            try execute(sql: deletion.sql { _ in "?" }, arguments: StatementArguments(deletion.values))
        }
    }
}
