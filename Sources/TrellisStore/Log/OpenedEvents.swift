import Crypto
import Foundation
import TrellisCore

/// How a read's rows are opened, the same on both databases: shared rows under the couple's key,
/// private ones under the viewer's own. After an operator's password reset, the viewer's private
/// rows from before stay sealed until their recovery code opens them: they are left out, and the
/// newest of them is noted, so the reader knows how far the sealed part goes.
package enum OpenedEvents {
    /// One stored event's columns, as both databases return them.
    package struct Columns: Sendable {
        let seq: Int64
        package let author: String
        let visibility: String
        let at: Double
        package let body: Data

        package var isPrivate: Bool { visibility == Visibility.private.rawValue }

        package init(seq: Int64, author: String, visibility: String, at: Double, body: Data) {
            (self.seq, self.author, self.visibility, self.at, self.body) = (seq, author, visibility, at, body)
        }
    }

    /// The events `rows` hold, in order, and the newest private seq left sealed (0 for none).
    /// `awaitingRecovery`: the viewer's key from before a reset is not back yet.
    package static func open(
        _ rows: [Columns], of couple: CoupleID, coupleKey: SymmetricKey, viewerKey: SymmetricKey,
        awaitingRecovery: Bool
    ) throws -> (events: [CoupleEvent], sealedThrough: Int64) {
        var reader = EventReader(couple: couple)
        var sealedThrough: Int64 = 0
        let events = try rows.compactMap { row -> CoupleEvent? in
            let open = { try reader.decode(row) { $0 == .shared ? coupleKey : viewerKey } }
            guard awaitingRecovery, row.isPrivate else { return try open() }
            guard let event = try? open() else {
                sealedThrough = max(sealedThrough, row.seq)
                return nil
            }
            return event
        }
        return (events, sealedThrough)
    }
}

extension EventReader {
    package mutating func decode(_ row: OpenedEvents.Columns, key: (Visibility) -> SymmetricKey) throws -> CoupleEvent {
        try decode(seq: row.seq, author: row.author, visibility: row.visibility, at: row.at, body: row.body, key: key)
    }
}
