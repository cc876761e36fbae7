import Hummingbird
import TrellisStore

/// Owning my data, for API clients: my name and email, everything I may see as one file, and
/// closing my account.
struct LeavingAPI {
    let changes: AccountChanges
    /// What the export reads: everything the member may see.
    let storage: any TrellisStorage
    let clock: any WallClock

    func register(in book: inout APIRouteBook) {
        book.on(.put, "/me/profile") { request, context in
            let body = try await JSONCoding.decode(ProfileRequest.self, from: request)
            let account = try await changes.updateProfile(
                name: body.name, email: body.email, password: body.password, of: try context.caller())
            return try JSONCoding.response(AccountResponse(account: AccountBody(account)))
        }
        book.on(.get, "/me/export") { _, context in
            ExportPages.download(
                try await MemberExport.read(try context.caller(), from: storage, at: clock.now()).json())
        }
        book.on(.post, "/me/close") { request, context in
            let body = try await JSONCoding.decode(CloseAccountRequest.self, from: request)
            try await changes.close(try context.caller(), password: body.password)
            return Response(status: .noContent)
        }
    }
}

struct ProfileRequest: Decodable {
    let name: String
    let email: String
    let password: String
}

struct CloseAccountRequest: Decodable {
    let password: String
}
