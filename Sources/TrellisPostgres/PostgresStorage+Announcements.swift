import Foundation
import PostgresNIO
import TrellisCore
import TrellisStore

extension PostgresStorage: AnnouncedSessions {
    public func hearSessions(_ news: LogNews) {
        switch news {
        case .listening: keptSessions.trust(otherWrites: { 0 })
        case .deaf: keptSessions.distrust()
        case .sessionsChanged: keptSessions.changed()
        case .grew: break
        }
    }
}

extension PostgresStorage: LogAnnouncements {
    /// The database announces every append itself (a trigger, migration 3), on a channel named
    /// after the schema, so installations sharing a database do not hear each other.
    public func listen(_ hear: @escaping @Sendable (LogNews) -> Void) async {
        // One connection held for listening; taken again after a failure, a second later.
        while !Task.isCancelled {
            try? await client.withConnection { connection in
                let schema = try await connection.value("SELECT current_schema()", as: String.self) ?? "public"
                try await connection.listen(on: "trellis_log_" + schema) { notifications in
                    hear(.listening)
                    for try await notification in notifications {
                        if let news = Self.news(notification.payload) { hear(news) }
                    }
                }
            }
            hear(.deaf)
            try? await Task.sleep(for: .seconds(1))
        }
    }

    /// "couple position sharedSeq", with 0 for a private-only append; "sessions" (migration 12).
    static func news(_ payload: String) -> LogNews? {
        if payload == "sessions" { return .sessionsChanged }
        let parts = payload.split(separator: " ")
        guard parts.count == 3, let couple = CoupleID(String(parts[0])), let position = Int64(parts[1]),
            let shared = Int64(parts[2])
        else { return nil }
        return .grew(couple, position: position, sharedSeq: shared > 0 ? shared : nil)
    }
}
