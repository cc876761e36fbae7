import Foundation
import Hummingbird
import TrellisCore

/// The member's private key through /api/v1: where it stands, a new recovery code, and entering
/// the code after an operator's reset.
struct RecoveryAPI {
    let codes: RecoveryCodes

    func register(in book: inout APIRouteBook) {
        book.read("/me/private-entries") { _, context in
            PrivateEntriesBody(status: try await codes.status(of: try context.caller()).name)
        }
        book.on(.post, "/me/recovery-code") { request, context in
            let body = try await JSONCoding.decode(PasswordRequest.self, from: request)
            let code = try await codes.renew(for: try context.caller(), password: body.password)
            return try JSONCoding.response(RecoveryCodeBody(recoveryCode: code.grouped), status: .created)
        }
        book.on(.post, "/me/recover") { request, context in
            let body = try await JSONCoding.decode(RecoverRequest.self, from: request)
            let account = try context.caller()
            try await codes.recover(
                for: account, code: body.recoveryCode, password: body.password, session: request.bearerToken ?? "")
            return try JSONCoding.response(PrivateEntriesBody(status: try await codes.status(of: account).name))
        }
    }
}

struct PrivateEntriesBody: Encodable, Equatable { let status: String }
struct RecoveryCodeBody: Encodable, Equatable { let recoveryCode: String }
struct PasswordRequest: Decodable, Sendable { let password: String }

struct RecoverRequest: Decodable, Sendable {
    let recoveryCode: String
    let password: String
}
