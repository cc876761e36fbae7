import Foundation
import Hummingbird
import TrellisCore
import TrellisStore

/// The Transparency Window for API clients: start, join or decline, rate, ready, leave, reflect.
/// Every answer first records what time alone has brought (see `CoupleService.settleWindow`), so
/// a client polling or told by the live socket always sees where the window really stands.
struct WindowsAPI {
    let couples: CoupleService
    let clock: any WallClock
    let settings: ServerSettings

    func register(in book: inout APIRouteBook) {
        book.read("/couples/{coupleId}/windows") { request, context in
            let (account, couple) = try context.member()
            let earlier = try ListCursor.fromQuery(request)
            let state = try await couples.settleWindow(couple, for: account)
            return WindowsBody(state, for: account, at: clock.now(), earlier: earlier)
        }
        step(&book, "/couples/{coupleId}/windows", WindowStartRequest.self, status: .created) { body, _ in
            .start(id: WindowID(), question: body.question, seconds: settings.windowSeconds)
        }
        let one = "/couples/{coupleId}/windows/{windowId}"
        step(&book, one + "/join", Empty.self) { _, id in .join(id: id, question: nil) }
        step(&book, one + "/decline", Empty.self) { _, id in .decline(id: id) }
        step(&book, one + "/rating", WindowRatingRequest.self) { body, id in .rate(id: id, rating: body.rating) }
        step(&book, one + "/ready", Empty.self) { _, id in .ready(id: id) }
        step(&book, one + "/leave", Empty.self) { _, id in .leave(id: id) }
        step(&book, one + "/reflection", WindowReflectionRequest.self, status: .created) { body, id in
            .reflect(id: id, text: body.text, shared: body.shared ?? false)
        }
        step(&book, one + "/reflection/share", Empty.self) { _, id in .shareReflection(id: id) }
    }

    /// A POST whose body becomes one window step; it answers with the member's windows.
    private func step<Body: Decodable & Sendable>(
        _ book: inout APIRouteBook, _ path: String, _ type: Body.Type, status: HTTPResponse.Status = .ok,
        _ command: @escaping @Sendable (Body, WindowID) throws -> WindowCommand
    ) {
        book.step(
            .post, path, type, status: status, couples: couples,
            command: { body, parameters, _ in
                let id =
                    path.contains("{windowId}") ? try parameters.identifier("windowId", as: WindowID.self) : WindowID()
                return .window(try command(body, id))
            },
            answer: { state, account in WindowsBody(state, for: account, at: clock.now()) })
    }
}

struct WindowStartRequest: Decodable, Sendable { let question: String }
struct WindowRatingRequest: Decodable, Sendable { let rating: Int }
struct WindowReflectionRequest: Decodable, Sendable {
    let text: String
    let shared: Bool?
}
