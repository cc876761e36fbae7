import Hummingbird

/// Sign-up, log-in, log-out and "who am I" for API clients.
struct AccountAPI {
    let accounts: AccountService

    func register(in book: inout APIRouteBook) {
        book.on(.post, "/accounts") { request, context in
            let body = try await JSONCoding.decode(SignupRequest.self, from: request)
            let (account, session) = try await accounts.signUp(
                email: body.email, password: body.password, name: body.name, from: context.remoteAddress)
            return try JSONCoding.response(AccountWithSession(account, session), status: .created)
        }
        book.on(.post, "/sessions") { request, context in
            let body = try await JSONCoding.decode(LoginRequest.self, from: request)
            let (account, session) = try await accounts.logIn(
                email: body.email, password: body.password, from: context.remoteAddress)
            return try JSONCoding.response(AccountWithSession(account, session), status: .created)
        }
        book.on(.delete, "/sessions/current") { request, context in
            _ = try context.caller()
            try await accounts.logOut(token: request.bearerToken ?? "")
            return Response(status: .noContent)
        }
        book.on(.get, "/me") { _, context in
            try JSONCoding.response(AccountResponse(account: AccountBody(try context.caller())))
        }
    }
}
