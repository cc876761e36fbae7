import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// The weekly check-in for API clients: agreeing a day and time, writing the caller's turn (the
/// partner's opens with it only once both are written), and saying back "I heard you" or thanks.
struct TalkAPI {
    let couples: CoupleService
    let clock: any WallClock

    func register(in book: inout APIRouteBook) {
        book.read("/couples/{coupleId}/check-in") { _, context in
            let (account, couple) = try context.member()
            return TalkBody(try await couples.authorised(account, couple).state, for: account, at: clock.now())
        }
        step(&book, .put, "/couples/{coupleId}/check-in/rhythm", ProposeTalkRequest.self) { body, _ in
            .propose(
                weekday: try Weekday.allCases.first { $0.name.lowercased() == body.weekday }.orInvalid(
                    "weekday", say("refusals.api.talkWeekday")),
                time: body.time)
        }
        step(&book, .post, "/couples/{coupleId}/check-in/rhythm/agree", Empty.self) { _, _ in .agree }
        step(&book, .post, "/couples/{coupleId}/check-in/rhythm/stop", Empty.self) { _, _ in .stop }
        step(&book, .post, "/couples/{coupleId}/check-in/turns", TurnRequest.self) { body, _ in
            .writeTurn(parts: body.parts, partnerTurn: nil)
        }
        step(&book, .post, "/couples/{coupleId}/check-in/turns/{week}/answer", AnswerTurnRequest.self) {
            body, parameters in
            .answer(
                week: try Day(iso: try parameters.require("week")).orNotFound(),
                answer: try Turn.Answer(rawValue: body.answer).orInvalid("answer", say("refusals.api.talkAnswer")))
        }
    }

    /// A step on the caller's own day; the answer is the caller's view.
    private func step<Body: Decodable & Sendable>(
        _ book: inout APIRouteBook, _ method: HTTPRequest.Method, _ path: String, _ type: Body.Type,
        _ command: @escaping @Sendable (Body, Parameters) throws -> TalkCommand
    ) {
        book.step(
            method, path, type, couples: couples,
            command: { body, parameters, account in
                .talk(try command(body, parameters), today: account.settings.today(at: clock.now()))
            },
            answer: { state, account in TalkBody(state, for: account, at: clock.now()) })
    }
}

struct ProposeTalkRequest: Decodable, Sendable {
    let weekday: String
    let time: String
}

struct AnswerTurnRequest: Decodable, Sendable { let answer: String }

/// A turn's five parts, each optional; other fields are ignored, as in every request.
struct TurnRequest: Decodable, Sendable {
    let feel: String?
    let appreciate: String?
    let need: String?
    let own: String?
    let struggle: String?

    var parts: [Turn.Part: String] {
        let given: [(Turn.Part, String?)] = [
            (.feel, feel), (.appreciate, appreciate), (.need, need), (.own, own), (.struggle, struggle),
        ]
        return Dictionary(uniqueKeysWithValues: given.compactMap { part, text in text.map { (part, $0) } })
    }
}
