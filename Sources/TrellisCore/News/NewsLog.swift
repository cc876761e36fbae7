import Foundation

/// The couple's recent news, kept with the folded state so home reads it without touching the
/// log. The newest `kept` items stay; the record itself keeps everything.
public struct NewsLog: Sendable, Equatable, Codable {
    public static let kept = 60

    /// Oldest first.
    public private(set) var items: [NewsItem] = []

    public init() {}

    mutating func record(_ item: NewsItem) {
        // The same step about the same thing by the same author again within a day (a clinician
        // looking many times) is one item, at its latest.
        if let last = items.last, last.author == item.author, last.what == item.what,
            item.at.timeIntervalSince(last.at) < 24 * 3600
        {
            items[items.count - 1] = item
        } else {
            items.append(item)
        }
        if items.count > Self.kept { items.removeFirst(items.count - Self.kept) }
    }

    /// What others did, for `reader`: newest first, before `seq` when paging back, at most `limit`.
    public func items(for reader: MemberID, before seq: Int64? = nil, limit: Int) -> [NewsItem] {
        Array(items.reversed().lazy.filter { $0.author != reader && $0.seq < (seq ?? .max) }.prefix(limit))
    }
}
