import Hummingbird

/// Sign-up, log-in, log-out, "who am I", the devices signed in as me, and my password, for API clients.
struct AccountAPI {
    let accounts: AccountService
    let devices: SignedInDevices

    func register(in book: inout APIRouteBook) {
        book.on(.post, "/accounts") { request, context in
            let body = try await JSONCoding.decode(SignupRequest.self, from: request)
            let (account, session) = try await accounts.signUp(
                email: body.email, password: body.password, name: body.name,
                from: Arrival(address: context.remoteAddress, client: DeviceLabel.app(request)))
            return try JSONCoding.response(AccountWithSession(account, session), status: .created)
        }
        book.on(.post, "/sessions") { request, context in
            let body = try await JSONCoding.decode(LoginRequest.self, from: request)
            let (account, session) = try await accounts.logIn(
                email: body.email, password: body.password,
                from: Arrival(
                    address: context.remoteAddress, client: DeviceLabel.app(request), device: body.deviceToken))
            return try JSONCoding.response(AccountWithSession(account, session), status: .created)
        }
        book.read("/sessions") { request, context in
            _ = try context.caller()
            let (sessions, current) = try await devices.list(token: request.bearerToken ?? "")
            return DevicesResponse(sessions: sessions.map { DeviceBody($0, current: current) })
        }
        book.on(.delete, "/sessions/current") { request, context in
            // Logging out works on a locked device too.
            _ = try context.lockedOrOpenSession()
            try await accounts.logOut(token: request.bearerToken ?? "")
            return Response(status: .noContent)
        }
        book.on(.delete, "/sessions/others") { request, context in
            let account = try context.caller()
            let body = try await JSONCoding.decode(PasswordRequest.self, from: request)
            let ended = try await devices.endOthers(
                of: account, keeping: request.bearerToken ?? "", password: body.password)
            return try JSONCoding.response(EndedSessionsResponse(ended: ended))
        }
        book.on(.delete, "/sessions/{sessionId}") { _, context in
            try await devices.end(session: try context.parameters.require("sessionId"), of: try context.caller())
            return Response(status: .noContent)
        }
        book.on(.put, "/me/password") { request, context in
            let account = try context.caller()
            let body = try await JSONCoding.decode(ChangePasswordRequest.self, from: request)
            try await devices.changePassword(
                current: body.currentPassword, new: body.newPassword, of: account, keeping: request.bearerToken ?? "")
            return Response(status: .noContent)
        }
        book.read("/me") { _, context in
            AccountResponse(account: AccountBody(try context.caller()))
        }
    }
}
