import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Switches, hurts, questions, actions and follow-through for API clients. Every step is one
/// core command; this file only maps requests onto them.
struct RepairAPI {
    let couples: CoupleService
    let clock: any WallClock

    func register(in book: inout APIRouteBook) {
        book.read("/couples/{coupleId}/repair") { request, context in
            let (account, couple) = try context.member()
            let earlier = try ListCursor.fromQuery(request)
            return try body(try await couples.authorised(account, couple).state, account, earlier: earlier)
        }
        step(&book, .put, "/couples/{coupleId}/areas/{areaId}/switch", SwitchRequest.self) { body, parameters in
            .setSwitch(area: try parameters.identifier("areaId", as: AreaID.self), on: body.on)
        }
        step(&book, .post, "/couples/{coupleId}/areas/{areaId}/hurts", HurtRequest.self, status: .created) {
            body, parameters in
            .recordHurt(
                id: HurtID(), area: try parameters.identifier("areaId", as: AreaID.self), what: body.what,
                help: body.help, visibility: body.private ?? true ? .private : .shared)
        }
        step(&book, .post, "/couples/{coupleId}/hurts/{hurtId}/share", Empty.self) { _, parameters in
            .shareHurt(id: try parameters.identifier("hurtId", as: HurtID.self))
        }
        step(&book, .post, "/couples/{coupleId}/areas/{areaId}/questions", QuestionRequest.self, status: .created) {
            body, parameters in
            .ask(id: QuestionID(), area: try parameters.identifier("areaId", as: AreaID.self), kind: body.kind)
        }
        step(&book, .post, "/couples/{coupleId}/questions/{questionId}/answer", AnswerRequest.self) {
            body, parameters in
            .answer(question: try parameters.identifier("questionId", as: QuestionID.self), text: body.answer)
        }
        book.on(.post, "/couples/{coupleId}/actions") { request, context in
            let (account, couple) = try context.member()
            let body = try await JSONCoding.decode(ActionRequest.self, from: request)
            guard let area = AreaID(body.areaId) else {
                throw TrellisError.invalid("areaId", say("refusals.api.areaId"))
            }
            let command = RepairCommand.requestAction(
                id: ActionID(), area: area, what: body.what, cadence: try body.cadence.cadence(), note: body.note)
            let state = try await couples.perform(
                .repair(command, today: account.settings.today(at: clock.now())), in: couple, by: account)
            let answer = ActionRequestAnswer(
                repair: try self.body(state, account), wordingNotes: VagueWording.flags(in: body.what),
                example: VagueWording.example)
            return try JSONCoding.response(answer, status: .created)
        }
        step(&book, .post, "/couples/{coupleId}/actions/{actionId}/accept", Empty.self) { _, parameters in
            .acceptAction(id: try parameters.identifier("actionId", as: ActionID.self))
        }
        step(&book, .post, "/couples/{coupleId}/actions/{actionId}/reword", RewordRequest.self) { body, parameters in
            .proposeReword(
                id: try parameters.identifier("actionId", as: ActionID.self), what: body.what,
                cadence: try body.cadence.cadence())
        }
        step(&book, .post, "/couples/{coupleId}/actions/{actionId}/reword-answer", RewordAnswer.self) {
            body, parameters in
            .answerReword(id: try parameters.identifier("actionId", as: ActionID.self), accept: body.accept)
        }
        step(&book, .post, "/couples/{coupleId}/actions/{actionId}/retire", Empty.self) { _, parameters in
            .proposeRetirement(id: try parameters.identifier("actionId", as: ActionID.self))
        }
        step(&book, .post, "/couples/{coupleId}/actions/{actionId}/retire-answer", RetireAnswer.self) {
            body, parameters in
            .answerRetirement(id: try parameters.identifier("actionId", as: ActionID.self), retire: body.retire)
        }
        let occurrence = "/couples/{coupleId}/actions/{actionId}/occurrences/{day}"
        step(&book, .post, occurrence + "/report", ReportRequest.self) { body, parameters in
            .report(
                action: try parameters.identifier("actionId", as: ActionID.self), day: try parameters.day("day"),
                outcome: body.outcome)
        }
        step(&book, .post, occurrence + "/withdraw", Empty.self) { _, parameters in
            .withdrawReport(
                action: try parameters.identifier("actionId", as: ActionID.self), day: try parameters.day("day"))
        }
        step(&book, .post, occurrence + "/acknowledge", WordRequest.self) { body, parameters in
            .acknowledge(
                action: try parameters.identifier("actionId", as: ActionID.self), day: try parameters.day("day"),
                word: body.word)
        }
        step(&book, .post, occurrence + "/notice", WordRequest.self) { body, parameters in
            .notice(
                action: try parameters.identifier("actionId", as: ActionID.self), day: try parameters.day("day"),
                word: body.word)
        }
        step(&book, .post, occurrence + "/notes", NoteRequest.self) { body, parameters in
            .addNote(
                action: try parameters.identifier("actionId", as: ActionID.self), day: try parameters.day("day"),
                text: body.text)
        }
    }

    /// A route whose body becomes one repair command; it answers with the member's repair view.
    private func step<Body: Decodable & Sendable>(
        _ book: inout APIRouteBook, _ method: HTTPRequest.Method, _ path: String, _ type: Body.Type,
        status: HTTPResponse.Status = .ok,
        _ command: @escaping @Sendable (Body, Parameters) throws -> RepairCommand
    ) {
        book.step(
            method, path, type, status: status, couples: couples,
            command: { body, parameters, account in
                .repair(try command(body, parameters), today: account.settings.today(at: clock.now()))
            },
            answer: { state, account in try self.body(state, account) })
    }

    private func body(_ state: CoupleState, _ account: Account, earlier: ListCursor? = nil) throws -> RepairBody {
        let today = account.settings.today(at: clock.now())
        guard let view = state.repairView(for: account.id, today: today, earlier: earlier) else {
            throw TrellisError.notFound
        }
        return RepairBody(seq: state.seq, view)
    }
}

struct SwitchRequest: Decodable, Sendable { let on: Bool }
struct HurtRequest: Decodable, Sendable {
    let what: String
    let help: String
    let `private`: Bool?
}
struct QuestionRequest: Decodable, Sendable { let kind: RepairQuestion.Kind }
struct AnswerRequest: Decodable, Sendable { let answer: String }
struct ActionRequest: Decodable, Sendable {
    let areaId: String
    let what: String
    let cadence: CadenceBody
    let note: String?
}
struct RewordRequest: Decodable, Sendable {
    let what: String
    let cadence: CadenceBody
}
struct RewordAnswer: Decodable, Sendable { let accept: Bool }
struct RetireAnswer: Decodable, Sendable { let retire: Bool }
struct ReportRequest: Decodable, Sendable { let outcome: Outcome }
struct WordRequest: Decodable, Sendable, OptionalBody { let word: String? }
struct NoteRequest: Decodable, Sendable { let text: String }
