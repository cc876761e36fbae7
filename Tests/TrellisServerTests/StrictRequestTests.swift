import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import TrellisServer

@Suite("Requests say what they are")
struct StrictRequestTests {
    @Test func anAPIBodyThatDoesNotSayItIsJSONIsRefusedUnread() async throws {
        let server = try TestServer()
        try await server.run { client in
            let body = #"{"email":"sam@example.org","password":"a long enough password","name":"Sam"}"#
            let types: [String?] = [
                "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml",
                nil,
            ]
            for type in types {
                var headers = HTTPFields()
                if let type { headers[.contentType] = type }
                let answer = try await client.execute(
                    uri: "/api/v1/accounts", method: .post, headers: headers, body: ByteBuffer(string: body)
                ) { $0 }
                #expect(answer.status == .unsupportedMediaType, "\(type ?? "no content type")")
                #expect(String(buffer: answer.body).contains("unsupported_media_type"))
            }
            // Nothing was made: the same account signs up once the body says it is JSON.
            let sam = try await client.signUp("Sam")
            // A body-less step needs no content type; a JSON one with parameters is JSON.
            #expect(try await client.api(.post, "/api/v1/couples", token: sam.token).status == .created)
        }
    }

    @Test func aFormInAnyOtherEncodingIsRefusedBeforeItsTokenIsRead() async throws {
        let server = try TestServer()
        try await server.run { client in
            var headers = HTTPFields()
            headers[.contentType] = "application/json"
            let answer = try await client.execute(
                uri: "/login", method: .post, headers: headers,
                body: ByteBuffer(string: #"{"email":"sam@example.org"}"#)
            ) { $0 }
            #expect(answer.status == .unsupportedMediaType)
        }
    }

    @Test func namesAreOneLine() async throws {
        let server = try TestServer()
        try await server.run { client in
            let twoLines = try await client.api(
                .post, "/api/v1/accounts",
                json: ["name": "Sam\nAdmin", "email": "sam@example.org", "password": "a long enough password"])
            #expect(twoLines.status == .unprocessableContent)
            #expect(twoLines.errorCode == "invalid_name")
            let sam = try await client.signUp("Sam")
            let couple = try #require(
                try await client.api(.post, "/api/v1/couples", token: sam.token)["id"] as? String)
            let area = try await client.api(
                .post, "/api/v1/couples/\(couple)/areas", token: sam.token, json: ["name": "Money\tand time"])
            #expect(area.status == .unprocessableContent)
        }
    }

    @Test func overHTTPSBrowsersAreToldToStayOnHTTPSForEverySubdomain() async throws {
        let server = try TestServer(publicURL: "https://trellis.test")
        try await server.run { client in
            let answer = try await client.execute(uri: "/healthz", method: .get) { $0 }
            #expect(answer.headers[.strictTransportSecurity] == "max-age=31536000; includeSubDomains")
        }
        let plain = try TestServer()
        try await plain.run { client in
            let answer = try await client.execute(uri: "/healthz", method: .get) { $0 }
            #expect(answer.headers[.strictTransportSecurity] == nil)
        }
    }

    @Test func aBodyThatBreaksItsOwnFramingIsABadRequestNotAServerError() async throws {
        let server = try TestServer()
        try await server.run(.live) { client in
            let port = try #require(client.port)
            let json = #"{"email":"sam@example.org","password":"a long enough password"}"#
            for (path, type, body) in [
                ("/api/v1/sessions", "application/json", json),
                ("/login", "application/x-www-form-urlencoded", "email=a"),
            ] {
                let line = try RawHTTP.statusLine(
                    port: port,
                    sending: "POST \(path) HTTP/1.1\r\nHost: trellis.test\r\nContent-Type: \(type)\r\n"
                        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n\(body)")
                #expect(line == "HTTP/1.1 400 Bad Request", "\(path)")
            }
        }
    }

    @Test func aKnownAddressAskedWithAnotherMethodSaysWhichItTakes() async throws {
        let server = try TestServer()
        try await server.run { client in
            let sam = try await client.signUp("Sam")
            let couple = try await client.startCouple(sam)
            for (method, path, allow) in [
                (HTTPRequest.Method.patch, "/api/v1/me", "GET"), (.delete, "/api/v1/couples/\(couple)", "GET"),
                (.get, "/api/v1/calendar-feed", "DELETE, POST"),
            ] {
                let answer = try await client.api(method, path, token: sam.token)
                #expect(answer.status == .methodNotAllowed, "\(method) \(path)")
                #expect(answer.headers[.allow] == allow)
                #expect(answer.errorCode == "method_not_allowed")
            }
            #expect(try await client.api(.get, "/api/v1/no-such-thing", token: sam.token).status == .notFound)
        }
    }

    @Test func aBodyIsNeededWhereTheContractSaysSoAndIsAnObjectWhereverItIsSent() async throws {
        let server = try TestServer()
        try await server.run { client in
            let sam = try await client.signUp("Sam")
            let missing = try await client.api(.put, "/api/v1/me/settings", token: sam.token)
            #expect(missing.status == .badRequest)
            #expect(missing.errorMessage == "This request needs a JSON body.")
            for body in ["[1]", "3", "null"] {
                let answer = try await client.api(.post, "/api/v1/calendar-feed", token: sam.token, raw: body)
                #expect(answer.status == .badRequest, "\(body)")
            }
            #expect(try await client.api(.post, "/api/v1/calendar-feed", token: sam.token).status == .created)
            #expect(
                try await client.api(.post, "/api/v1/calendar-feed", token: sam.token, raw: "{}").status == .created)
        }
    }
}
