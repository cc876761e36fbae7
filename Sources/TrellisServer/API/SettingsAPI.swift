import Hummingbird
import TrellisCore

/// A member's own settings: time zone, evening hour, feedback pause.
struct SettingsAPI {
    let accounts: AccountService

    func register(in book: inout APIRouteBook) {
        book.read("/me/settings") { _, context in
            SettingsBody(try context.caller().settings)
        }
        book.on(.put, "/me/settings") { request, context in
            let account = try context.caller()
            let body = try await JSONCoding.decode(SettingsBody.self, from: request)
            return try JSONCoding.response(
                SettingsBody(try await accounts.update(body.applied(to: account.settings), for: account)))
        }
    }
}
