import Foundation
import HummingbirdTesting
import Prometheus
import Testing
import TrellisServer

@Suite("Metrics for operators")
struct MetricsTests {
    /// The process's one metrics backend (swift-metrics takes one bootstrap per process).
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        TrellisMetrics.bootstrap(registry)
        return registry
    }()

    @Test func onlyTheTokensBearerReadsThemAndNoLabelHoldsAnIdOrASecret() async throws {
        let token = "a-metrics-token-of-some-length"
        let server = try TestServer(metrics: (Self.registry, token))
        try await server.run { client in
            let alice = try await client.signUp("Alice")
            let couple = try await client.startCouple(alice)
            let invite = try await client.api(.post, "/api/v1/couples/\(couple)/invites", token: alice.token)
            let code = try #require(invite["code"] as? String)
            _ = try await client.execute(uri: "/join/\(code)", method: .get) { _ in }
            _ = try await client.api(.get, "/api/v1/couples/\(couple)", token: alice.token)

            #expect(try await client.execute(uri: "/metrics", method: .get) { $0.status } == .notFound)
            #expect(
                try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer wrong"]) {
                    $0.status
                } == .notFound)
            let text = try await client.execute(
                uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(token)"]
            ) { String(buffer: $0.body) }
            #expect(text.contains("/join/{code}") && text.contains("/api/v1/couples/{coupleId}"))
            for secret in [code, couple, alice.token, "alice@example.org"] {
                #expect(!text.contains(secret), "a metric carries \(secret)")
            }
        }
    }
}
