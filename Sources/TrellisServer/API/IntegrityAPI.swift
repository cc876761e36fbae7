import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Noticing, the evening journal, sliding-door moments, feedback and "my integrity" for API clients.
struct IntegrityAPI {
    let couples: CoupleService
    let clock: any WallClock

    func register(in book: inout APIRouteBook) {
        book.read("/couples/{coupleId}/integrity") { request, context in
            let (account, couple) = try context.member()
            // A malformed address is a bad request (400), unlike a bad value in a body (422).
            let before = try request.uri.queryParameters["before"].map { text in
                try Day(iso: String(text)).orMalformed(
                    say("refusals.api.dateLike", ["name": "before"]), field: "before")
            }
            let earlier = try ListCursor.fromQuery(request)
            return try body(
                try await couples.authorised(account, couple).state, account, before: before, earlier: earlier)
        }
        step(&book, .post, "/couples/{coupleId}/noticings", EntryRequest.self, status: .created) { body, _, account in
            .notice(
                id: EntryID(), day: try day(body.day, account), what: body.what, area: try area(body.areaId),
                shared: body.shared ?? false)
        }
        step(&book, .post, "/couples/{coupleId}/journal", JournalRequest.self, status: .created) { body, _, account in
            .writeJournal(id: EntryID(), day: try day(body.day, account), text: body.text)
        }
        step(&book, .put, "/couples/{coupleId}/journal/{entryId}", JournalEdit.self) { body, parameters, _ in
            .editJournal(id: try parameters.identifier("entryId", as: EntryID.self), text: body.text)
        }
        step(&book, .post, "/couples/{coupleId}/sliding-doors", SlidingDoorRequest.self, status: .created) {
            body, _, account in
            .slidingDoor(
                id: EntryID(), day: try day(body.day, account), toward: body.toward, what: body.what,
                area: try area(body.areaId), shared: body.shared ?? false)
        }
        step(&book, .post, "/couples/{coupleId}/entries/{entryId}/share", Empty.self) { _, parameters, _ in
            .share(id: try parameters.identifier("entryId", as: EntryID.self))
        }
        step(&book, .post, "/couples/{coupleId}/feedback", FeedbackRequest.self, status: .created) { body, _, _ in
            guard let to = MemberID(body.to) else {
                throw TrellisError.invalid("to", say("refusals.api.toPartner"))
            }
            return .giveFeedback(id: FeedbackID(), to: to, text: body.text)
        }
        step(&book, .post, "/couples/{coupleId}/feedback/{feedbackId}/pause", Empty.self) { _, parameters, account in
            .pauseOnFeedback(
                id: try parameters.identifier("feedbackId", as: FeedbackID.self), seconds: account.settings.pauseSeconds
            )
        }
        step(&book, .post, "/couples/{coupleId}/feedback/{feedbackId}/reflection", ReflectionRequest.self) {
            body, parameters, account in
            .reflect(id: try parameters.identifier("feedbackId", as: FeedbackID.self), text: body.text)
        }
        step(&book, .post, "/couples/{coupleId}/feedback/{feedbackId}/mark", MarkRequest.self) { body, parameters, _ in
            .markReflection(
                id: try parameters.identifier("feedbackId", as: FeedbackID.self), landed: body.landed, line: body.line)
        }
    }

    /// A route whose body becomes one practice step; it answers with the member's integrity view.
    private func step<Body: Decodable & Sendable>(
        _ book: inout APIRouteBook, _ method: HTTPRequest.Method, _ path: String, _ type: Body.Type,
        status: HTTPResponse.Status = .ok,
        _ command: @escaping @Sendable (Body, Parameters, Account) throws -> IntegrityCommand
    ) {
        book.step(
            method, path, type, status: status, couples: couples,
            command: { body, parameters, account in
                .integrity(try command(body, parameters, account), today: account.settings.today(at: clock.now()))
            },
            answer: { state, account in try self.body(state, account) })
    }

    private func body(_ state: CoupleState, _ account: Account, before: Day? = nil, earlier: ListCursor? = nil)
        throws -> IntegrityBody
    {
        let today = account.settings.today(at: clock.now())
        guard let view = state.integrityView(for: account.id, today: today, before: before, earlier: earlier) else {
            throw TrellisError.notFound
        }
        return IntegrityBody(seq: state.seq, view)
    }

    /// The day an entry is about: the one sent, or the member's today.
    private func day(_ text: String?, _ account: Account) throws -> Day {
        guard let text else { return account.settings.today(at: clock.now()) }
        return try Self.day(text, field: "day")
    }

    private static func day(_ text: String, field: String) throws -> Day {
        guard let day = Day(iso: text) else {
            throw TrellisError.invalid(field, say("refusals.api.dateLike", ["name": field]))
        }
        return day
    }

    private func area(_ text: String?) throws -> AreaID? {
        guard let text else { return nil }
        guard let area = AreaID(text) else { throw TrellisError.invalid("areaId", say("refusals.api.areaId")) }
        return area
    }
}

struct EntryRequest: Decodable, Sendable {
    let what: String
    let day: String?
    let areaId: String?
    let shared: Bool?
}
struct JournalRequest: Decodable, Sendable {
    let text: String
    let day: String?
}
struct JournalEdit: Decodable, Sendable { let text: String }
struct SlidingDoorRequest: Decodable, Sendable {
    let toward: Bool
    let what: String
    let day: String?
    let areaId: String?
    let shared: Bool?
}
struct FeedbackRequest: Decodable, Sendable {
    let to: String
    let text: String
}
struct ReflectionRequest: Decodable, Sendable { let text: String }
struct MarkRequest: Decodable, Sendable {
    let landed: Bool
    /// With "not quite", what the giver meant (optional).
    let line: String?
}
