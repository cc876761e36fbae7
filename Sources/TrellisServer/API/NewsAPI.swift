import Foundation
import Hummingbird
import TrellisCore
import TrellisStore

/// What happened, for API clients: the same items and sentences as home, newest first, paged back
/// with `before` (the `earlier` of the previous page). Reading it marks nothing seen; opening an
/// item does (`POST .../news/{seq}/seen`), as tapping it on home does.
struct NewsAPI {
    let couples: CoupleService
    let feed: NewsFeed

    func register(in book: inout APIRouteBook) {
        book.read("/couples/{coupleId}/news") { request, context in
            let (account, couple) = try context.member()
            let state = try await couples.authorised(account, couple).state
            let before: Int64? =
                request.uri.queryParameters["before"] == nil
                ? nil : try request.number("before", default: 0, in: 1...Int64.max)
            let page = try await feed.page(
                for: account, in: state, before: before,
                limit: try request.number("limit", default: NewsFeed.perPage, in: 1...NewsLog.kept))
            return NewsBody(page)
        }
        book.on(.post, "/couples/{coupleId}/news/{seq}/seen") { request, context in
            let (account, couple) = try context.member()
            try await JSONCoding.ignoreBody(of: request)
            let seq = try Int64(try context.parameters.require("seq")).orNotFound()
            let state = try await couples.authorised(account, couple).state
            guard try await feed.open(seq, for: account, in: state) != nil else { throw TrellisError.notFound }
            return Response(status: .noContent)
        }
    }
}

struct NewsBody: Encodable, Equatable {
    struct Item: Encodable, Equatable {
        let seq: Int64
        let at: Date
        /// The kind of step, stable for clients ("answered", "reported", ...).
        let kind: String
        let authorId: String
        let sentence: String
        /// The page where it happened, for a client that links to the web.
        let place: String?
        let new: Bool

        private enum CodingKeys: String, CodingKey { case seq, at, kind, authorId, sentence, place, new }

        /// `place` is always there, null when there is nowhere to go (the schema requires it).
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(seq, forKey: .seq)
            try c.encode(at, forKey: .at)
            try c.encode(kind, forKey: .kind)
            try c.encode(authorId, forKey: .authorId)
            try c.encode(sentence, forKey: .sentence)
            try c.encode(place, forKey: .place)
            try c.encode(new, forKey: .new)
        }
    }

    let items: [Item]
    /// Pass as `before` for earlier news; null when there is none.
    let earlier: Int64?

    private enum CodingKeys: String, CodingKey { case items, earlier }

    /// `earlier` is always there, null on the last page.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(items, forKey: .items)
        try c.encode(earlier, forKey: .earlier)
    }

    init(_ page: NewsFeed.Page) {
        items = page.entries.map {
            Item(
                seq: $0.item.seq, at: $0.item.at, kind: $0.item.what.kind, authorId: $0.item.author.description,
                sentence: $0.line.sentence, place: $0.line.place, new: $0.isNew)
        }
        earlier = page.earlier
    }
}
