import Foundation
import PostgresNIO
import TrellisCore

extension PostgresStorage: ChangeSignal {
    static let channel = "trellis_couples"

    public func announce(_ couple: CoupleID, seq: Int64) async throws {
        let payload = "\(couple) \(seq)"
        try await read { db in try await db.run("SELECT pg_notify(\(Self.channel), \(payload))") }
    }

    public func announcements() -> AsyncStream<(CoupleID, Int64)> {
        let (stream, continuation) = AsyncStream.makeStream(of: (CoupleID, Int64).self)
        let listening = Task { [client] in
            // One connection held for listening; taken again after a failure, a second later.
            while !Task.isCancelled {
                try? await client.withConnection { connection in
                    for try await notification in try await connection.listen(Self.channel) {
                        let parts = notification.payload.split(separator: " ")
                        if parts.count == 2, let couple = CoupleID(String(parts[0])), let seq = Int64(parts[1]) {
                            continuation.yield((couple, seq))
                        }
                    }
                }
                try? await Task.sleep(for: .seconds(1))
            }
        }
        continuation.onTermination = { _ in listening.cancel() }
        return stream
    }
}
