import Foundation
import Synchronization

/// How the serving process learns that another process appended to the same SQLite file: after
/// each commit that appends or forgets events, such a process adds one byte to a file beside the
/// database, and the server compares the file's size (one `stat`, no database round trip) before
/// trusting what it knows of where couples stand. The serving process adds nothing for its own
/// appends: it folds them as it makes them.
package final class AppendMarker: Sendable {
    let path: String
    private let serving = Atomic<Bool>(false)

    init(databasePath: String) { path = databasePath + "-appends" }

    /// After a commit that changed a couple's log.
    func noteChange() {
        guard !serving.load(ordering: .acquiring) else { return }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var byte: UInt8 = 1
        _ = write(descriptor, &byte, 1)
    }

    /// This process serves: its appends mark nothing, and the returned reading is the marker's size.
    func serve() -> @Sendable () -> Int64 {
        serving.store(true, ordering: .releasing)
        return { [path] in
            var status = stat()
            return stat(path, &status) == 0 ? Int64(status.st_size) : 0
        }
    }
}
