import Foundation
import TrellisCore

/// One event as it leaves the server, in the event feed, a clinician's view and the export alike:
/// its place, author and visibility, and its pinned form (`EventFormat.swift`: its `kind` and
/// named fields, exactly as stored). Its field names never change.
struct EventRecord: Encodable, Equatable {
    let seq: Int64
    let at: Date
    let author: String
    let visibility: String
    let kind: String
    let payload: EventPayload

    init(_ event: CoupleEvent) {
        (seq, at, author) = (event.seq, event.at, event.author.description)
        (visibility, kind, payload) = (event.visibility.rawValue, event.payload.kind, event.payload)
    }
}
