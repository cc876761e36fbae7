import Foundation
import HummingbirdTesting
import Testing
import TrellisServer
import TrellisStore

/// Someone who knows Sam's email keeps guessing, and log-ins from new devices pause; Sam, on a new
/// phone, asks for a link by email, opens it there, and logs in at once with the password. The
/// answer is the same for any address; the link opens nothing by itself and lapses.
@Suite("A link that lets a device in")
struct DeviceLinkTests {
    @Test func theOwnerIsNeverHeldOffBySomeoneElsesGuesses() async throws {
        let server = try TestServer(mail: ForgotPasswordTests.mail)
        try await server.run { client in
            let sam = TestBrowser(client)
            _ = try await WebPageTests.signUp(sam, "Sam")
            _ = try await sam.post("/logout")
            let guesser = TestBrowser(client)
            for guess in 0..<8 {
                _ = try await guesser.post("/login", ["email": "sam@example.org", "password": "guess \(guess) wrong"])
            }
            let phone = TestBrowser(client)
            _ = try await phone.get("/login")
            let paused = try await phone.post(
                "/login", ["email": "sam@example.org", "password": "a long enough password"])
            #expect(paused.status == .tooManyRequests && paused.html.contains(#"id="send-device-link""#))

            let asked = try await phone.post("/login/device-link", ["email": "sam@example.org"])
            let stranger = try await guesser.post("/login/device-link", ["email": "nobody@example.org"])
            #expect(asked.location == "/login/device-link?sent=1" && stranger.location == asked.location)
            let links = try await EmailCheckTests.mails(server).filter { $0.kind == "deviceLink" }
            #expect(links.count == 1)
            let token = try #require(links.first?.secret)

            // Altered by one character it is nothing; on Sam's phone it makes a known device, whose
            // tries count apart, and signs nobody in by itself.
            #expect(try await guesser.get("/login/device/\(token)x").status == .gone)
            let opened = try await phone.get("/login/device/\(token)")
            #expect(opened.status == .ok && opened.setCookies.contains { $0.hasPrefix("trellis_device=") })
            #expect(try await phone.get("/home").location?.hasPrefix("/login") == true)
            let loggedIn = try await phone.post(
                "/login", ["email": "sam@example.org", "password": "a long enough password"])
            #expect(loggedIn.location == "/home", "\(loggedIn.status)")
            #expect(
                try await guesser.post("/login", ["email": "sam@example.org", "password": "x"]).status
                    == .tooManyRequests, "strangers stay paused")

            server.clock.advance(by: 16 * 60)
            #expect(try await TestBrowser(client).get("/login/device/\(token)").status == .gone, "a quarter hour")
        }
    }
}
