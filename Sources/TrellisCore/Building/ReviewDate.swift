import Foundation

/// A day the couple set to look again at a grant of trust or an expectation. Both are shared,
/// so both partners' calendars carry the same days.
public struct ReviewDate: Sendable, Equatable {
    /// The grant's or the expectation's id.
    public let id: UUID
    public let day: Day
    /// What to look at again, in the words the couple wrote.
    public let what: String
}

extension CoupleState {
    /// Review days of grants still offered or accepted, and of expectations that hold or are
    /// proposed (the words in force first, else the words proposed).
    public var reviewDates: [ReviewDate] {
        let fromGrants = grants.grants.filter { $0.status == .offered || $0.status == .accepted }.compactMap { grant in
            grant.reviewOn.map { ReviewDate(id: grant.id.rawValue, day: $0, what: grant.what) }
        }
        let fromExpectations = expectations.expectations.compactMap { expectation -> ReviewDate? in
            guard let version = expectation.current ?? expectation.pending, let day = version.reviewOn else {
                return nil
            }
            return ReviewDate(id: expectation.id.rawValue, day: day, what: version.words)
        }
        return (fromGrants + fromExpectations).sorted { $0.day < $1.day }
    }
}
