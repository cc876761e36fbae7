import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("What people write through the API is sealed on disk")
struct EncryptionThroughAPITests {
    @Test func intimateTextDoesNotAppearInTheDatabaseFile() async throws {
        let server = try TestServer()
        let secrets = ["Xanthippe-Moreau", "xanthippe.m@example.org", "Hotel Bellavista receipts", "Honesty"]
        try await server.run { client in
            let user = try await client.signUp(secrets[0], email: secrets[1])
            let couple = try await client.startCouple(user)
            let added = try await client.api(
                .post, "/api/v1/couples/\(couple)/areas", token: user.token, json: ["name": secrets[2]])
            #expect(added.status == .created)

            let bytes = try server.databaseBytes()
            #expect(bytes.count > 0)
            for secret in secrets {
                #expect(bytes.range(of: Data(secret.utf8)) == nil, "'\(secret)' is readable in the database")
            }
            let view = try await client.api(.get, "/api/v1/couples/\(couple)", token: user.token)
            #expect((view["areas"] as? [[String: Any]])?.contains { $0["name"] as? String == secrets[2] } == true)
        }
    }
}
