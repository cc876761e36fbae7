import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
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
                storage: try DataDirectory.open(StorageSettings(dataDirectory: server.directory)),
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

extension SharedLimitsTests {
    /// One log-in guess at its own account from the client `forwarded` names; its status.
    private func guess(_ n: Int, _ client: any TestClientProtocol, from forwarded: String) async throws
        -> HTTPResponse.Status
    {
        try await client.execute(
            uri: "/api/v1/sessions", method: .post,
            headers: [.contentType: "application/json", HTTPField.Name("X-Forwarded-For")!: forwarded],
            body: ByteBuffer(string: #"{"email":"someone\#(n)@example.org","password":"a guess at it"}"#)
        ) { $0.status }
    }

    @Test func behindATrustedBalancerEachClientHasItsOwnAddressLimit() async throws {
        let server = try TestServer(trustedProxies: ["127.0.0.1", "::1"])
        try await server.run(.live) { client in
            var statuses: [HTTPResponse.Status] = []
            for n in 0..<21 { statuses.append(try await guess(n, client, from: "10.1.1.1, 203.0.113.7")) }
            #expect(statuses.dropLast().allSatisfy { $0 == .unauthorized } && statuses.last == .tooManyRequests)
            // Another client behind the same balancer is not held back by the first one's guesses.
            #expect(try await guess(99, client, from: "203.0.113.8") == .unauthorized)
        }
    }

    @Test func fromAnyoneElseTheHeaderIsIgnored() async throws {
        let server = try TestServer()
        try await server.run(.live) { client in
            var statuses: [HTTPResponse.Status] = []
            for n in 0..<21 { statuses.append(try await guess(n, client, from: "198.51.100.\(n)")) }
            #expect(statuses.last == .tooManyRequests)
        }
    }
}

/// A router built once and only read afterwards, as `TestServer` holds its own.
private struct Instance: @unchecked Sendable {
    let router: TrellisRouter
}
