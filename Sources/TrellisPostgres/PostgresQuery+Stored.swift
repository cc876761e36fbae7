import Foundation
import PostgresNIO
import TrellisCore
import TrellisStore

/// How our values enter PostgreSQL through postgres-nio's query interpolation, each bound as it is
/// stored: a typed id as its lower-case text, a moment as seconds since the reference date. The
/// same two as `SQLInterpolation+Stored.swift`, so both dialects write the same values.
extension PostgresQuery.StringInterpolation {
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
