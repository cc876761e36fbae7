import Hummingbird
import TrellisCore

/// A member's own settings: time zone, evening hour, feedback pause, language.
struct SettingsAPI {
    let accounts: AccountService

    func register(in book: inout APIRouteBook) {
        book.read("/me/settings") { _, context in
            let account = try context.caller()
            return SettingsBody(account.settings, language: account.language)
        }
        book.on(.put, "/me/settings") { request, context in
            let account = try context.caller()
            let body = try await JSONCoding.decode(SettingsBody.self, from: request)
            // Checked before anything is stored, so a refusal changes nothing.
            let language = try body.language.map(AccountService.language)
            let settings = try await accounts.update(body.applied(to: account.settings), for: account)
            if let language { try await accounts.update(language, for: account) }
            return try JSONCoding.response(SettingsBody(settings, language: language ?? account.language))
        }
    }
}
