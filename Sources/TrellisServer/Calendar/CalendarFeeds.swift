import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Each member's private, revocable calendar URL, and the feed behind it.
struct CalendarFeeds {
    let storage: any AccountStore & CalendarFeedStore & PhonePrivacyStore
    let couples: CoupleService
    let clock: any WallClock
    let settings: ServerSettings

    /// A new secret URL; the previous one stops working.
    func issue(for account: Account) async throws -> String {
        let token = SecretToken.session()
        try await storage.replaceCalendarFeed(
            for: account.id, tokenHash: SecretToken.hash(token.value), token: token.value, at: clock.now())
        return url(token.value)
    }

    /// The member's current secret URL, to show again; nil when they have none to show.
    func current(for account: Account) async throws -> String? {
        try await storage.calendarFeedToken(for: account.id).map(url)
    }

    private func url(_ token: String) -> String { "\(settings.publicURL)/calendar/\(token).ics" }

    func revoke(for account: Account) async throws {
        try await storage.revokeCalendarFeed(for: account.id)
    }

    func register(on router: Router<TrellisRequestContext>) {
        router.get("/calendar/{file}") { _, context in
            let file = try context.parameters.require("file")
            guard file.hasSuffix(".ics"),
                let owner = try await storage.calendarFeedOwner(tokenHash: SecretToken.hash(String(file.dropLast(4)))),
                let account = try await storage.account(id: owner)
            else { throw TrellisError.notFound }
            let state = try await account.coupleID.asyncMap { try await couples.sharedState(of: $0) }
            let look = try await storage.phonePrivacy(of: owner).look
            // A calendar asks with no one logged in: its lines are in the feed owner's language.
            let body = Say.$language.withValue(account.language) {
                ICalendar.document(
                    actions: state?.repair.actions ?? [], reviews: state?.reviewDates ?? [], doer: owner,
                    eveningHour: account.settings.eveningHour,
                    today: account.settings.today(at: clock.now()), stamp: clock.now(), look: look)
            }
            var headers = HTTPFields()
            headers[.contentType] = "text/calendar; charset=utf-8"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
        }
    }

    func registerAPI(in book: inout APIRouteBook) {
        book.on(.post, "/calendar-feed") { request, context in
            let account = try context.caller()
            try await JSONCoding.ignoreBody(of: request)
            return try JSONCoding.response(CalendarFeedBody(url: try await issue(for: account)), status: .created)
        }
        book.on(.delete, "/calendar-feed") { _, context in
            try await revoke(for: try context.caller())
            return Response(status: .noContent)
        }
    }
}

struct CalendarFeedBody: Encodable {
    let url: String
}
