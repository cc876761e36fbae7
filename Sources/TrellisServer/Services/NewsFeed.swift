import Foundation
import TrellisCore
import TrellisStore

/// What happened, for one member: the steps their partner (or a clinician) took, newest first, in
/// words, each new until the member opens it and quiet once a few days old. Never a count.
struct NewsFeed: Sendable {
    static let onHome = 5
    static let perPage = 20
    /// After this long an item is quiet: still listed, no longer marked new.
    static let quietAfter: TimeInterval = 3 * 24 * 3600

    /// Quiet: past `quietAfter`, so never new again, seen or not.
    static func isQuiet(_ item: NewsItem, at now: Date) -> Bool { now.timeIntervalSince(item.at) > quietAfter }

    let storage: any SeenStore
    let clock: any WallClock

    struct Entry: Sendable {
        let item: NewsItem
        let line: NewsLine
        let isNew: Bool
        let isQuiet: Bool
    }

    struct Page: Sendable {
        let entries: [Entry]
        /// Where earlier news starts, when there is more.
        let earlier: Int64?
    }

    /// News for `account` from `state` (folded for them), before `before` when paging back.
    func page(for account: Account, in state: CoupleState, before: Int64? = nil, limit: Int) async throws -> Page {
        let items = state.news.items(for: account.id, before: before, limit: limit + 1)
        let shown = Array(items.prefix(limit))
        let now = clock.now()
        // Only what can be opened and is not quiet can be new; only those are looked up.
        let lines = shown.map { item in
            let (line, quiet) = (NewsLine(item, in: state), Self.isQuiet(item, at: now))
            return (item: item, line: line, quiet: quiet, canBeNew: !quiet && line.place != nil)
        }
        let seen = try await storage.seen(lines.filter(\.canBeNew).map { Self.key($0.item) }, by: account.id)
        let entries = lines.map {
            Entry(
                item: $0.item, line: $0.line, isNew: $0.canBeNew && !seen.contains(Self.key($0.item)),
                isQuiet: $0.quiet)
        }
        return Page(entries: entries, earlier: items.count > limit ? shown.last?.seq : nil)
    }

    /// Marks the item at `seq` seen and gives where it happened; nil when there is no such item.
    func open(_ seq: Int64, for account: Account, in state: CoupleState) async throws -> NewsLine? {
        guard let item = state.news.items.first(where: { $0.seq == seq && $0.author != account.id }) else { return nil }
        try await storage.markSeen([Self.key(item)], by: account.id, at: clock.now())
        return NewsLine(item, in: state)
    }

    static func key(_ item: NewsItem) -> String { "news:\(item.seq)" }
}
