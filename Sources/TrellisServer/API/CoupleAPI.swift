import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// The couple, its invites and its areas for API clients. Every route names the couple by id;
/// any id other than the caller's own answers 404.
struct CoupleAPI {
    let accounts: AccountService
    let couples: CoupleService
    let invites: InviteService

    func register(in book: inout APIRouteBook) {
        book.on(.post, "/couples") { request, context in
            let account = try context.caller()
            try await JSONCoding.ignoreBody(of: request)
            let (couple, view) = try await couples.start(for: account)
            return try JSONCoding.response(CoupleBody(couple, view), status: .created)
        }
        book.read("/couples/{coupleId}") { request, context in
            let (account, couple) = try context.member()
            return CoupleBody(couple, try await couples.view(of: couple, for: account))
        }
        book.on(.post, "/couples/{coupleId}/invites") { request, context in
            let (account, couple) = try context.member()
            let invite = try await invites.create(for: couple, by: account)
            return try JSONCoding.response(
                InviteBody(code: invite.code, url: invite.url, expiresAt: invite.expiresAt), status: .created)
        }
        book.on(.post, "/invites/accept") { request, context in
            let account = try context.caller()
            let body = try await JSONCoding.decode(AcceptInviteRequest.self, from: request)
            let (couple, view) = try await invites.accept(body.code, by: account)
            return try JSONCoding.response(CoupleBody(couple, view))
        }
        book.on(.post, "/couples/{coupleId}/leave") { request, context in
            let (account, couple) = try context.member()
            try await couples.leave(couple, as: account)
            // Read again: leaving changed the account (it has no couple now).
            let left = try await accounts.authenticate(token: request.bearerToken ?? "")
            return try JSONCoding.response(AccountResponse(account: AccountBody(left)))
        }
        book.on(.post, "/couples/{coupleId}/areas") { request, context in
            let (account, couple) = try context.member()
            let body = try await JSONCoding.decode(AddAreaRequest.self, from: request)
            let state = try await couples.perform(
                .addArea(name: body.name), in: couple, by: account, expectedSeq: body.expectedSeq)
            return try JSONCoding.response(
                CoupleBody(couple, try CoupleService.view(state, for: account)), status: .created)
        }
        book.on(.patch, "/couples/{coupleId}/areas/{areaId}") { request, context in
            let (account, couple) = try context.member()
            let area = try context.parameters.identifier("areaId", as: AreaID.self)
            let body = try await JSONCoding.decode(UpdateAreaRequest.self, from: request)
            let command = try Self.command(for: body, area: area)
            let state = try await couples.perform(command, in: couple, by: account, expectedSeq: body.expectedSeq)
            return try JSONCoding.response(CoupleBody(couple, try CoupleService.view(state, for: account)))
        }
        book.read("/couples/{coupleId}/events") { request, context in
            let (account, couple) = try context.member()
            let page = try await couples.events(
                of: couple,
                after: EventCursor(
                    shared: try request.number("after", default: 0),
                    private: try request.number("afterPrivate", default: 0)),
                limit: try request.number(
                    "limit", default: EventFeedPage.defaultLimit, in: 1...EventFeedPage.maximumLimit),
                for: account)
            return EventPage(page)
        }
    }

    /// One change per request: a rename, an archive or a restore.
    private static func command(for body: UpdateAreaRequest, area: AreaID) throws -> CoupleCommand {
        switch (body.name, body.archived) {
        case (let name?, nil): .renameArea(area, name: name)
        case (nil, true?): .archiveArea(area)
        case (nil, false?): .restoreArea(area)
        case (nil, nil):
            throw TrellisError.malformed(say("refusals.api.renameOrArchive"))
        case (_?, _?): throw TrellisError.malformed(say("refusals.api.renameAndArchiveApart"))
        }
    }

    /// A whole-number query parameter, `fallback` when absent.
}

extension Optional {
    /// Unwraps, or refuses the body field at fault (422). The message is only said when needed.
    func orInvalid(_ field: String, _ message: @autoclosure () -> String) throws -> Wrapped {
        guard let self else { throw TrellisError.invalid(field, message()) }
        return self
    }

    /// Unwraps, or answers 400 naming the query parameter at fault.
    func orMalformed(_ message: @autoclosure () -> String, field: String) throws -> Wrapped {
        guard let self else { throw TrellisError.malformed(message(), field: field) }
        return self
    }

    /// Unwraps, or answers 404: used where a malformed id must look like any other unknown one.
    func orNotFound() throws -> Wrapped {
        guard let self else { throw TrellisError.notFound }
        return self
    }
}
