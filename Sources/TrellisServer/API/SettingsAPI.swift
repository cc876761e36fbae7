import Hummingbird
import TrellisCore

/// A member's own settings: time zone, evening hour, feedback pause.
struct SettingsAPI {
    let accounts: AccountService

    func register(in book: inout APIRouteBook) {
        book.on(.get, "/me/settings") { request, _ in
            try JSONCoding.response(SettingsBody(try await accounts.apiCaller(request).settings))
        }
        book.on(.put, "/me/settings") { request, _ in
            let account = try await accounts.apiCaller(request)
            let body = try await JSONCoding.decode(SettingsBody.self, from: request)
            return try JSONCoding.response(
                SettingsBody(try await accounts.update(body.applied(to: account.settings), for: account)))
        }
    }
}
