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
        book.read("/clients/{coupleId}") { request, context in
            let account = try context.caller()
            let couple = try context.parameters.identifier("coupleId", as: CoupleID.self)
            let earlier = try ListCursor.fromQuery(request)
            let read = try await reads.read(couple, by: account, earlier: earlier)
            return ClientReadBody(read, for: account.id, earlier: earlier)
        }
        book.on(.post, "/clients/{coupleId}/notes") { request, context in
            let account = try context.caller()
            let couple = try context.parameters.identifier("coupleId", as: CoupleID.self)
            let body = try await JSONCoding.decode(ClinicianNoteRequest.self, from: request)
            let state = try await reads.write(.note(id: NoteID(), text: body.text), in: couple, by: account)
            return try JSONCoding.response(ClientNotesBody(state, by: account.id), status: .created)
        }
        book.on(.post, "/clients/{coupleId}/suggestions") { request, context in
            let account = try context.caller()
            let couple = try context.parameters.identifier("coupleId", as: CoupleID.self)
            let step = try await JSONCoding.decode(SuggestRequest.self, from: request).command()
            let state = try await reads.write(step, in: couple, by: account)
            return try JSONCoding.response(ClientSuggestionsBody(state, by: account.id), status: .created)
        }
    }
}
