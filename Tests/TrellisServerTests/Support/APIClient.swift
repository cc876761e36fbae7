import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// A JSON answer: its status, its parsed body, and its headers.
struct APIAnswer: @unchecked Sendable {
    let status: HTTPResponse.Status
    let json: [String: Any]
    let headers: HTTPFields

    var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
    var errorMessage: String? { (json["error"] as? [String: Any])?["message"] as? String }
    var errorField: String? { (json["error"] as? [String: Any])?["field"] as? String }
    subscript(key: String) -> Any? { json[key] }
}

/// A signed-up person as the API sees them.
struct APIUser: Sendable {
    let id: String
    let name: String
    let token: String
}

extension TestClientProtocol {
    /// Sends a raw body (so tests can send broken JSON) and parses whatever JSON comes back.
    func api(
        _ method: HTTPRequest.Method, _ path: String, token: String? = nil, raw: String? = nil
    ) async throws -> APIAnswer {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer \(token)" }
        if raw != nil { headers[.contentType] = "application/json" }
        return try await execute(
            uri: path, method: method, headers: headers, body: raw.map { ByteBuffer(string: $0) }
        ) { response in
            let bytes = Data(response.body.readableBytesView)
            let json = bytes.isEmpty ? [:] : (try JSONSerialization.jsonObject(with: bytes) as? [String: Any] ?? [:])
            return APIAnswer(status: response.status, json: json, headers: response.headers)
        }
    }

    func api(
        _ method: HTTPRequest.Method, _ path: String, token: String? = nil, json body: [String: Any]
    ) async throws -> APIAnswer {
        let data = try JSONSerialization.data(withJSONObject: body)
        return try await api(method, path, token: token, raw: String(decoding: data, as: UTF8.self))
    }

    /// The id of the couple's area called `name`, as `user` sees it.
    func areaId(_ name: String, couple: String, as user: APIUser) async throws -> String {
        let areas = try #require(
            try await api(.get, "/api/v1/couples/\(couple)/fears", token: user.token)["areas"] as? [[String: Any]])
        return try #require(areas.first { $0["name"] as? String == name }?["areaId"] as? String)
    }

    /// Logs in again (another device); the new session's token.
    func logIn(_ email: String, password: String = "a long enough password") async throws -> String {
        let answer = try await api(.post, "/api/v1/sessions", json: ["email": email, "password": password])
        #expect(answer.status == .created)
        return try #require((answer["session"] as? [String: Any])?["token"] as? String)
    }

    func signUp(_ name: String, email: String? = nil, password: String = "a long enough password") async throws
        -> APIUser
    {
        let answer = try await api(
            .post, "/api/v1/accounts",
            json: ["name": name, "email": email ?? "\(name.lowercased())@example.org", "password": password])
        #expect(answer.status == .created)
        let account = try #require(answer["account"] as? [String: Any])
        let session = try #require(answer["session"] as? [String: Any])
        return APIUser(
            id: try #require(account["id"] as? String), name: name, token: try #require(session["token"] as? String))
    }

    /// Signs up `founder`, starts a couple, and returns the couple's id.
    func startCouple(_ founder: APIUser) async throws -> String {
        let answer = try await api(.post, "/api/v1/couples", token: founder.token)
        #expect(answer.status == .created)
        return try #require(answer["id"] as? String)
    }

    /// Alice and Bob, signed up and paired; with the couple's id.
    func pairedCouple() async throws -> (APIUser, APIUser, String) {
        let alice = try await signUp("Alice")
        let bob = try await signUp("Bob")
        return (alice, bob, try await pair(alice, bob))
    }

    /// A couple of two: the founder invites, the partner accepts.
    func pair(_ founder: APIUser, _ partner: APIUser) async throws -> String {
        let couple = try await startCouple(founder)
        let invite = try await api(.post, "/api/v1/couples/\(couple)/invites", token: founder.token)
        #expect(invite.status == .created)
        let code = try #require(invite["code"] as? String)
        let joined = try await api(.post, "/api/v1/invites/accept", token: partner.token, json: ["code": code])
        #expect(joined.status == .ok)
        return couple
    }

    /// How far the couple's log goes, as the member sees it: used to prove refusals wrote nothing.
    func logHead(_ couple: String, as member: APIUser) async throws -> Int {
        let page = try await api(.get, "/api/v1/couples/\(couple)/events", token: member.token)
        return try #require((page["events"] as? [Any])?.count)
    }
}
