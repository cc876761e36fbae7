import Foundation
import GRDB
import TrellisCore
import TrellisStore

/// How our values enter SQLite through GRDB's SQL interpolation, each bound as it is stored: a
/// typed id as its lower-case text, a moment as seconds since the reference date. The same two as
/// `PostgresQuery+Stored.swift`, so both dialects write the same values.
extension SQLInterpolation {
    mutating func appendInterpolation<Tag>(_ id: Identifier<Tag>) {
        appendInterpolation(id.description)
    }

    mutating func appendInterpolation<Tag>(_ id: Identifier<Tag>?) {
        appendInterpolation(id?.description)
    }

    mutating func appendInterpolation(stored time: Date) {
        appendInterpolation(time.timeIntervalSinceReferenceDate)
    }

    mutating func appendInterpolation(stored time: Date?) {
        appendInterpolation(time?.timeIntervalSinceReferenceDate)
    }
}
