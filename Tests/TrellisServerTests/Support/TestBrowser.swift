import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// A page as a browser receives it.
struct PageAnswer: Sendable {
    let status: HTTPResponse.Status
    let html: String
    let headers: HTTPFields

    var location: String? { headers[.location] }
    var setCookies: [String] { headers[values: .setCookie] }

    /// Where the person goes on: the redirect, or past a recovery code page (after sign-up), the
    /// page its "kept it" button leads to.
    var onward: String? {
        guard let location, let next = location.firstMatch(of: /^\/recovery-code\?next=(.*)$/)?.1 else {
            return location
        }
        return String(next)
    }
}

/// Keeps cookies across requests like a browser, and fills in the form token as a real form would:
/// from the last page it loaded (loading a page first when its session changed since).
final class TestBrowser: @unchecked Sendable {
    private let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]
    private var formToken: (value: String, session: String?)?

    init(_ client: any TestClientProtocol) { self.client = client }

    func get(_ path: String) async throws -> PageAnswer {
        try await send(.get, path, body: nil)
    }

    /// Posts the form with this browser's form token unless `csrf` overrides it.
    func post(_ path: String, _ fields: [String: String] = [:], csrf: String? = nil) async throws -> PageAnswer {
        if csrf == nil, formToken == nil || formToken?.session != cookies["trellis_session"] {
            _ = try await get(cookies["trellis_session"] == nil ? "/login" : "/home")
        }
        var fields = fields
        fields["csrf"] = csrf ?? formToken?.value ?? ""
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        return try await send(.post, path, body: body)
    }

    /// Takes `name` as `other` holds it, as someone copying a cookie between browsers would.
    func copyCookie(_ name: String, from other: TestBrowser) { cookies[name] = other.cookies[name] }

    /// Holds on to a session cookie the server no longer knows, as a browser does once a session ends.
    func keepEndedSession() { cookies["trellis_session"] = "a-session-that-ended" }

    private func send(_ method: HTTPRequest.Method, _ path: String, body: String?) async throws -> PageAnswer {
        var headers = HTTPFields()
        if !cookies.isEmpty {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let answer = try await client.execute(
            uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }
        ) { response in
            PageAnswer(status: response.status, html: String(buffer: response.body), headers: response.headers)
        }
        if let token = answer.html.firstMatch(of: /name="csrf" value="([^"]+)"/)?.1 {
            formToken = (String(token), cookies["trellis_session"])
        }
        for cookie in answer.setCookies {
            let pair = cookie.split(separator: ";")[0].split(
                separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = pair.count > 1 ? String(pair[1]) : ""
            cookies[String(pair[0])] = value.isEmpty ? nil : value
        }
        return answer
    }

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
