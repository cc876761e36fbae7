import Foundation
import TrellisLanguage

/// A person's own pattern of urges to check: how many a week, how many resisted and acted on,
/// what helped most. Counts and words, never a score.
public struct UrgePattern: Sendable, Equatable {
    /// Seven days ending on `last`.
    public struct Week: Sendable, Equatable {
        public let last: Day
        public let resisted: Int
        public let actedOn: Int
        public var total: Int { resisted + actedOn }
    }

    /// One way through that helped, and how many times.
    public struct Help: Sendable, Equatable {
        public let what: String
        public let times: Int
    }

    public static let weeks = 8

    /// Oldest first; the last one ends today.
    public let weeks: [Week]
    /// What helped with resisted urges, most often first, at most three.
    public let helped: [Help]
    /// The viewer's urges, the newest `ListLimit.urges`, newest first.
    public let recent: Recent<Urge>

    /// The name of its list in a `ListCursor`.
    public static let list = "urges"

    /// This week in words, with the week before beside it when there was one.
    public var summary: String {
        guard let this = weeks.last else { return "" }
        let now =
            this.total == 0
            ? say("reach.urges.summaryNone")
            : say("reach.urges.summaryWeek", count: this.total, ["resisted": Say.number(this.resisted)])
        guard weeks.count > 1, weeks[weeks.count - 2].total > 0 else { return now }
        let before = weeks[weeks.count - 2].total
        let arguments = ["before": Say.number(before)]
        let change =
            if this.total < before {
                say("reach.urges.summaryFewer", arguments)
            } else if this.total > before {
                say("reach.urges.summaryMore", arguments)
            } else {
                say("reach.urges.summarySame", arguments)
            }
        return now + " " + change
    }

}

extension CoupleState {
    /// The viewer's pattern over the last weeks, and their newest urges (`earlier` pages back).
    public func urgePattern(for viewer: MemberID, today: Day, earlier: ListCursor? = nil) -> UrgePattern {
        let mine = urges.urges(of: viewer)
        let weeks = (0..<UrgePattern.weeks).reversed().map { back -> UrgePattern.Week in
            let last = today.adding(days: -7 * back)
            let span = mine.filter { $0.day <= last && $0.day > last.adding(days: -7) }
            return .init(last: last, resisted: span.filter { !$0.actedOn }.count, actedOn: span.filter(\.actedOn).count)
        }
        var helped: [String: Int] = [:]
        for urge in mine where !urge.actedOn { if let what = urge.helped { helped[what, default: 0] += 1 } }
        let ranked = helped.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3)
        return UrgePattern(
            weeks: weeks, helped: ranked.map { .init(what: $0.key, times: $0.value) },
            recent: mine.recent(ListLimit.urges, list: UrgePattern.list, before: earlier))
    }
}
