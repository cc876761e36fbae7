import Foundation
import Hummingbird
import TrellisCore
import TrellisStore

/// Core fears for API clients: written privately, shared alone or revealed together, answered in
/// one line. Every step is one core command; this file only maps requests onto them.
struct FearsAPI {
    let couples: CoupleService

    func register(in book: inout APIRouteBook) {
        book.read("/couples/{coupleId}/fears") { _, context in
            let (account, couple) = try context.member()
            return FearsBody(try await couples.authorised(account, couple).state, for: account)
        }
        step(&book, .post, "/couples/{coupleId}/areas/{areaId}/fears", FearRequest.self, status: .created) {
            body, parameters in
            .writeFear(
                id: FearID(), area: try parameters.identifier("areaId", as: AreaID.self), what: body.what, why: body.why
            )
        }
        step(&book, .put, "/couples/{coupleId}/fears/{fearId}", FearRequest.self) { body, parameters in
            .editFear(id: try parameters.identifier("fearId", as: FearID.self), what: body.what, why: body.why)
        }
        step(&book, .delete, "/couples/{coupleId}/fears/{fearId}", Empty.self) { _, parameters in
            .withdrawFear(id: try parameters.identifier("fearId", as: FearID.self))
        }
        step(&book, .post, "/couples/{coupleId}/fears/{fearId}/share", Empty.self) { _, parameters in
            .shareFear(id: try parameters.identifier("fearId", as: FearID.self))
        }
        // The partner's fears are filled in by `CoupleService`, which alone may read their record.
        step(&book, .post, "/couples/{coupleId}/areas/{areaId}/fears/reveal-together", Empty.self) { _, parameters in
            .revealTogether(area: try parameters.identifier("areaId", as: AreaID.self), partnerFears: [])
        }
        step(&book, .post, "/couples/{coupleId}/fears/{fearId}/answer", FearAnswerRequest.self) { body, parameters in
            .answerFear(id: try parameters.identifier("fearId", as: FearID.self), line: body.line)
        }
    }

    /// A route whose body becomes one step; it answers with the member's view of core fears.
    private func step<Body: Decodable & Sendable>(
        _ book: inout APIRouteBook, _ method: HTTPRequest.Method, _ path: String, _ type: Body.Type,
        status: HTTPResponse.Status = .ok,
        _ command: @escaping @Sendable (Body, Parameters) throws -> FearCommand
    ) {
        book.step(
            method, path, type, status: status, couples: couples,
            command: { body, parameters, _ in .fears(try command(body, parameters)) },
            answer: { state, account in FearsBody(state, for: account) })
    }
}

struct FearRequest: Decodable, Sendable {
    let what: String
    let why: String
}

struct FearAnswerRequest: Decodable, Sendable { let line: String }
