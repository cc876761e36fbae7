import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// A clinician's side on the web: the couples that consent today, and one couple's open parts
/// (each visit written to the couple's access log first), with a note for both partners.
struct ClientsPage {
    let reads: ClinicianReads

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(Page.clients.route) { _, context in
            let visit = try context.pageVisit()
            let clients = try await reads.clients(of: try context.caller())
            return visit.page(ClientsView(clients: clients).html)
        }
        router.get("/clients/{coupleId}") { request, context in
            let done = request.uri.queryParameters["done"].flatMap { StepConfirmation(rawValue: String($0)) }
            return try await read(
                context, done: done, refused: nil, period: ReportPeriod(request),
                earlier: try ListCursor.fromPage(request))
        }
        router.post(each: Post.client) { name, couple, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            do {
                let (step, done) = try Self.step(name, form)
                _ = try await reads.write(step, in: couple, by: try context.caller())
                return visit.redirect(to: .client(couple, done: done))
            } catch let error as TrellisError where error.status != .notFound {
                let returned = ReturnedForm(action: request.uri.path, fields: form, error: error)
                return try await read(
                    context, done: nil, refused: returned, period: ReportPeriod(request), earlier: nil)
            }
        }
    }

    enum ClientStep: String, StepName { case notes, suggestions }

    /// What a clinician's form writes: a note, or a suggestion.
    private static func step(_ name: ClientStep, _ form: FormFields) throws -> (ClinicianCommand, StepConfirmation) {
        switch name {
        case .notes: return (.note(id: NoteID(), text: form["text"] ?? ""), .noteSent)
        case .suggestions:
            let kind = try Suggestion.Kind(rawValue: form["kind"] ?? "").orInvalid(
                "kind", say("reach.client.chooseKind"))
            let doer = kind == .clearAction ? MemberID(form["doer"] ?? "") : nil
            return (.suggest(id: SuggestionID(), kind: kind, doer: doer, words: form["words"] ?? ""), .suggestionSent)
        }
    }

    private func read(
        _ context: TrellisRequestContext, done: StepConfirmation?, refused: ReturnedForm?, period: ReportPeriod,
        earlier: ListCursor?
    ) async throws -> Response {
        let visit = try context.pageVisit()
        let account = try context.caller()
        let couple = try context.parameters.identifier("coupleId", as: CoupleID.self)
        let read = try await reads.read(couple, by: account, earlier: earlier) {
            period.contains(account.settings.today(at: $0.at))
        }
        let view = ClientView(
            client: read.client, events: read.events, seen: read.seen, now: reads.clock.now(), period: period,
            earlier: earlier, clinician: account.id, zone: account.settings,
            forms: visit.forms(returning: refused, back: Page.client(couple).description), done: done)
        return visit.page(view.html, status: refused?.error.status ?? .ok)
    }
}
