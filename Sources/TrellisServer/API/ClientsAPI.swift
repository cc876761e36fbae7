import Foundation
import Hummingbird
import TrellisCore
import TrellisStore

/// A clinician's side of outside help: the couples that consent today, a read of one (written to
/// its access log first), and notes to both partners.
struct ClientsAPI {
    let reads: ClinicianReads

    func register(in book: inout APIRouteBook) {
        book.read("/clients") { _, context in
            let clients = try await reads.clients(of: try context.caller())
            return ClientsBody(clients: clients.map(ClientBody.init))
        }
        book.read("/clients/{coupleId}") { _, context in
            let account = try context.caller()
            let couple = try context.parameters.identifier("coupleId", as: CoupleID.self)
            let read = try await reads.read(couple, by: account)
            return ClientReadBody(read.client, events: read.events, for: account.id)
        }
        book.on(.post, "/clients/{coupleId}/notes") { request, context in
            let account = try context.caller()
            let couple = try context.parameters.identifier("coupleId", as: CoupleID.self)
            let body = try await JSONCoding.decode(ClinicianNoteRequest.self, from: request)
            let state = try await reads.write(.note(id: NoteID(), text: body.text), in: couple, by: account)
            return try JSONCoding.response(
                ClientNotesBody(notes: ClientNoteBody.notes(in: state, by: account.id)), status: .created)
        }
        book.on(.post, "/clients/{coupleId}/suggestions") { request, context in
            let account = try context.caller()
            let couple = try context.parameters.identifier("coupleId", as: CoupleID.self)
            let step = try await JSONCoding.decode(SuggestRequest.self, from: request).command()
            let state = try await reads.write(step, in: couple, by: account)
            return try JSONCoding.response(
                ClientSuggestionsBody(suggestions: ClientReadBody.suggestions(in: state, by: account.id)),
                status: .created)
        }
    }
}

struct ClinicianNoteRequest: Decodable, Sendable { let text: String }

struct ClientsBody: Encodable, Equatable { let clients: [ClientBody] }

/// A couple as its clinician sees it in a list: the partners' names, and what is open until when.
struct ClientBody: Encodable, Equatable {
    struct Partner: Encodable, Equatable {
        let id: String
        let name: String
    }

    let coupleId: String
    let partners: [String]
    /// The partners with their ids, to name who would do a suggested clear action.
    let members: [Partner]
    let parts: [String]
    let until: String

    init(_ client: ClinicianReads.Client) {
        coupleId = client.couple.description
        partners = client.state.members.map(\.name)
        members = client.state.members.map { Partner(id: $0.id.description, name: $0.name) }
        parts = HelpScope.ordered(client.access.parts).map(\.rawValue)
        until = client.access.until.description
    }
}

/// One read: the couple, the shared events of the open parts, and this clinician's own notes and
/// suggestions (with what the couple answered).
struct ClientReadBody: Encodable, Equatable {
    let client: ClientBody
    let notes: [ClientNoteBody]
    let suggestions: [SuggestionBody]
    let events: [EventRecord]

    init(_ client: ClinicianReads.Client, events: [CoupleEvent], for clinician: MemberID) {
        self.client = ClientBody(client)
        notes = ClientNoteBody.notes(in: client.state, by: clinician)
        suggestions = Self.suggestions(in: client.state, by: clinician)
        self.events = events.map(EventRecord.init)
    }

    /// Only the clinician's own: another clinician's stay between them and the couple.
    static func suggestions(in state: CoupleState, by clinician: MemberID) -> [SuggestionBody] {
        state.help.suggestions.filter { $0.clinician == clinician }.map(SuggestionBody.init)
    }
}

struct ClientSuggestionsBody: Encodable, Equatable { let suggestions: [SuggestionBody] }

struct ClientNotesBody: Encodable, Equatable { let notes: [ClientNoteBody] }

struct ClientNoteBody: Encodable, Equatable {
    let id: String
    let text: String
    let at: Date

    /// Only the clinician's own notes: another clinician's stay between them and the couple.
    static func notes(in state: CoupleState, by clinician: MemberID) -> [ClientNoteBody] {
        state.help.notes.filter { $0.clinician == clinician }.map {
            ClientNoteBody(id: $0.id.description, text: $0.text, at: $0.at)
        }
    }
}
