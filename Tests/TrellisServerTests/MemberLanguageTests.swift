import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import TrellisLanguage

/// Each member reads in their own language: guessed from the browser at sign-up, chosen in
/// settings, the same on every device; a refusal keeps its code and speaks their language; what a
/// partner wrote is never touched.
@Suite("Languages")
struct MemberLanguageTests {
    static func said(_ language: Language, _ key: String, _ arguments: [String: String] = [:]) -> String {
        Say.$language.withValue(language) { say(key, arguments) }
    }

    /// A sign-up over the API whose request asks for `acceptLanguage`; the new session's token.
    static func signUp(_ client: any TestClientProtocol, _ name: String, acceptLanguage: String) async throws -> String
    {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        headers[.acceptLanguage] = acceptLanguage
        let body = #"{"email": "\#(name)@example.org", "password": "a long enough password", "name": "\#(name)"}"#
        return try await client.execute(
            uri: "/api/v1/accounts", method: .post, headers: headers, body: ByteBuffer(string: body)
        ) { response in
            let json = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
            return try #require((json?["session"] as? [String: Any])?["token"] as? String)
        }
    }

    @Test func theBrowsersLanguageAtSignUpIsTheMembersUntilTheyChooseAnother() async throws {
        let server = try TestServer()
        try await server.run { client in
            let token = try await Self.signUp(client, "maya", acceptLanguage: "de-CH,de;q=0.9,en;q=0.5")
            #expect(try await client.api(.get, "/api/v1/me/settings", token: token)["language"] as? String == "de")
            // Refused in her language, with the stable code; nothing else in the request is stored.
            let refused = try await client.api(
                .put, "/api/v1/me/settings", token: token, json: ["language": "fr", "eveningHour": 5])
            #expect(refused.status == .unprocessableContent && refused.errorCode == "invalid_language")
            #expect(refused.errorMessage == Self.said(.german, "language.unknown", ["codes": "en, de, es"]))
            let unchanged = try await client.api(.get, "/api/v1/me/settings", token: token)
            #expect(unchanged["eveningHour"] as? Int == 20 && unchanged["language"] as? String == "de")
            let chosen = try await client.api(.put, "/api/v1/me/settings", token: token, json: ["language": "es"])
            #expect(chosen.status == .ok && chosen["language"] as? String == "es")
            // The pseudo-language is for tests, never a member's choice.
            let pseudo = try await client.api(.put, "/api/v1/me/settings", token: token, json: ["language": "qps"])
            #expect(pseudo.errorCode == "invalid_language")
        }
    }

    @Test func aVisitorReadsTheLanguageTheirBrowserAsksForOrTheServers() async throws {
        let server = try TestServer()
        try await server.run { client in
            for (asked, served) in [("es-MX,es;q=0.9", "es"), ("fr-FR,fr", "en"), ("de", "de")] {
                var headers = HTTPFields()
                headers[.acceptLanguage] = asked
                let html = try await client.execute(uri: "/login", method: .get, headers: headers) {
                    String(buffer: $0.body)
                }
                #expect(html.contains(#"<html lang="\#(served)" dir="ltr">"#), "\(asked)")
            }
        }
    }

    @Test func twoPartnersReadInTwoLanguagesAndEachOnesWordsStayAsWritten() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            #expect(try await alice.post("/settings/language", ["language": "de"]).location == "/settings?done=saved")
            _ = try await bob.post("/settings/language", ["language": "es"])
            let settings = try await alice.get("/settings").html
            #expect(settings.contains(#"<html lang="de""#))
            #expect(settings.contains("<h2 id=\"language\">\(Self.said(.german, "language.heading"))</h2>"))
            #expect(try await bob.get("/settings").html.contains("<h2 id=\"language\">Idioma</h2>"))
            let words = "You left early & I waited"
            _ = try await bob.post("/integrity/feedback", ["text": words])
            let home = try await alice.get("/home").html
            #expect(home.contains(#"<html lang="de""#))
            #expect(try await alice.get("/integrity").html.contains("You left early &amp; I waited"))
            // A refusal's page is drawn in her language too, not only its sentence.
            let missing = try await alice.get("/repair/areas/\(UUID().uuidString.lowercased())")
            #expect(missing.status == .notFound && missing.html.contains(#"<html lang="de""#))
            #expect(missing.html.contains("<h1>\(Self.said(.german, "common.errorPage.notHere"))</h1>"))
            // A language not offered is refused, and hers stays.
            #expect(try await alice.post("/settings/language", ["language": "xx"]).status == .unprocessableContent)
            #expect(try await alice.get("/home").html.contains(#"<html lang="de""#))
        }
    }

    @Test func theStylesheetIsWrittenInLogicalDirectionsSoRightToLeftIsACatalogAway() async throws {
        let server = try TestServer()
        try await server.run { client in
            let css = try await client.execute(uri: "/assets/trellis.css", method: .get) { String(buffer: $0.body) }
            #expect(!css.isEmpty)
            #expect(
                css.firstMatch(
                    of: /(margin|padding|border)-(left|right)|text-align:\s*(left|right)|float:\s*(left|right)/) == nil)
        }
    }
}
