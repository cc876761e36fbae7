import Foundation
import HummingbirdTesting
import Testing
import TrellisServer
import TrellisStore

@Suite("Limits shared by every instance over one database")
struct SharedLimitsTests {
    @Test func guessesOnOneInstanceCountOnTheOther() async throws {
        let server = try TestServer()
        // A second instance: its own pool over the same data, its own router and memory.
        let second = Instance(
            router: TrellisRouter(
                storage: try DataDirectory.open(server.directory, environment: [:]),
                settings: ServerSettings(publicURL: TestServer.publicURL, passwordHasher: PasswordHasher(cost: 4)),
                clock: server.clock))
        try await server.run { first in
            try await second.router.application().test(.router) { other in
                _ = try await first.signUp("Sam")
                let guess: [String: Any] = ["email": "sam@example.org", "password": "is it our song"]
                // Five free failures, spread over both instances...
                for client in [first, other, first, other, first] as [any TestClientProtocol] {
                    #expect(try await client.api(.post, "/api/v1/sessions", json: guess).status == .unauthorized)
                }
                // ...and the sixth waits on either, even with the right password.
                let right: [String: Any] = ["email": "sam@example.org", "password": "a long enough password"]
                for client in [other, first] as [any TestClientProtocol] {
                    let answer = try await client.api(.post, "/api/v1/sessions", json: right)
                    #expect(answer.status == .tooManyRequests)
                    #expect(answer.headers[.retryAfter] != nil)
                }
            }
        }
    }
}

/// A router built once and only read afterwards, as `TestServer` holds its own.
private struct Instance: @unchecked Sendable {
    let router: TrellisRouter
}
