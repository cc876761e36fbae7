import Foundation
import Hummingbird
import HummingbirdWebSocket
import TrellisCore
import TrellisLanguage
import TrellisStore

/// The live socket: while it is open, each move of the couple's shared record is sent as
/// `{"seq":N}`, and the page or app fetches its own view again. Nothing else is ever sent, so
/// the socket cannot carry anything a member may not see. What the client sends is ignored; its
/// closing ends the subscription.
struct LiveUpdates {
    let couples: CoupleService
    let settings: ServerSettings

    /// For pages, at `/live`: the session cookie says who. The request must come from this site's
    /// own pages, or another site could open a socket with a member's cookie.
    func registerPage(on router: some RouterMethods<TrellisRequestContext>) {
        router.ws(
            "/live",
            shouldUpgrade: { request, context in
                guard let origin = request.headers[.origin], Self.sameOrigin(origin, settings.publicURL) else {
                    throw TrellisError(.forbidden, "foreign_origin", say("home.refusal.foreignOrigin"))
                }
                let account = try context.caller()
                guard let couple = account.coupleID else { throw TrellisError.notFound }
                _ = try await couples.authorised(account, couple)
                return .upgrade([:])
            },
            onUpgrade: { inbound, outbound, context in
                guard let account = context.requestContext.identity, let couple = account.coupleID else { return }
                try await relay(couple, for: account, inbound, outbound)
            })
    }

    /// For apps, at `/api/v1/couples/{coupleId}/live`, with the bearer token.
    func registerAPI(on router: some RouterMethods<TrellisRequestContext>) {
        router.ws(
            "/api/v1/couples/{coupleId}/live",
            shouldUpgrade: { _, context in
                let (account, couple) = try context.member()
                _ = try await couples.authorised(account, couple)
                return .upgrade([:])
            },
            onUpgrade: { inbound, outbound, context in
                let (account, couple) = try context.requestContext.member()
                try await relay(couple, for: account, inbound, outbound)
            })
    }

    /// Sends each position while `account` is still a member: someone who leaves stops hearing
    /// at the next step, and their socket closes.
    private func relay(
        _ couple: CoupleID, for account: Account, _ inbound: WebSocketInboundStream, _ outbound: WebSocketOutboundWriter
    ) async throws {
        let changes = couples.changes.changes(of: couple)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { for try await _ in inbound {} }
            group.addTask {
                for await seq in changes {
                    guard (try? await couples.authorised(account, couple)) != nil else { return }
                    try await outbound.write(.text(#"{"seq":\#(seq)}"#))
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Scheme, host and port of `origin` are those of `publicURL`.
    static func sameOrigin(_ origin: String, _ publicURL: String) -> Bool {
        guard let a = URLComponents(string: origin), let b = URLComponents(string: publicURL) else { return false }
        return a.scheme?.lowercased() == b.scheme?.lowercased() && a.host?.lowercased() == b.host?.lowercased()
            && a.port == b.port
    }
}
