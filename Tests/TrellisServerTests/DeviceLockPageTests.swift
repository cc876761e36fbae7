import Foundation
import HummingbirdTesting
import Testing
import TrellisServer

/// A phone that is not always private: once locked, every page shows only the lock, checked on
/// the server; guessing the code slows down but the password always opens; private pages ask
/// again; the quick exit locks (or, with no lock, signs out); another device can still end the
/// session; and the code is never kept or logged in clear.
@Suite("The lock on a device")
struct DeviceLockPageTests {
    static let code = "tulip7291"
    static let password = "a long enough password"

    /// Alice with a lock code of her own, on this browser.
    static func lockedWithCode(_ alice: TestBrowser) async throws {
        let saved = try await alice.post(
            "/settings/lock", ["lock": "code", "code": code, "password": password, "privatePagesAskAgain": "yes"])
        #expect(saved.location == "/settings?done=saved", "\(saved.status): \(saved.html)")
    }

    static func isLock(_ page: PageAnswer) -> Bool {
        page.status.code == 423 && page.html.contains(#"id="unlock""#) && !page.html.contains("Alice")
            && !page.html.contains(#"id="logout""#)
    }

    @Test func aLockedDeviceShowsOnlyTheLockOnEveryPageAndTheAPI() async throws {
        let log = CapturedLog()
        let server = try TestServer(securityLogger: log.logger)
        try await server.run { client in
            let (alice, _) = try await WebPageTests.pairedBrowsers(client)
            try await Self.lockedWithCode(alice)
            #expect(try await alice.get("/home").status == .ok)
            server.clock.advance(by: 301)
            for path in ["/home", "/urges", "/integrity", "/settings", "/repair", "/help", "/trust", "/window"] {
                let page = try await alice.get(path)
                #expect(Self.isLock(page), "\(path) answered \(page.status)")
            }
            // A form sent from a page left open does nothing.
            #expect(Self.isLock(try await alice.post("/couple/areas", ["name": "Sneaky"])))

            // The code opens it, and back to where she was.
            let opened = try await alice.post("/unlock", ["code": Self.code, "next": "/urges"])
            #expect(opened.location == "/urges")
            #expect(try await alice.get("/urges").status == .ok)
            #expect(try await !alice.get("/settings/areas").html.contains("Sneaky"), "the locked form changed nothing")
            #expect(!(try server.databaseBytes()).contains(Data(Self.code.utf8)), "the code is stored only hashed")
            #expect(!log.text.contains(Self.code))
            let export = try await alice.get("/settings/export.json")
            #expect(export.status == .ok && !export.html.contains(Self.code), "nor in her export")
        }
    }

    @Test func guessingTheCodeSlowsButThePasswordAlwaysOpens() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, _) = try await WebPageTests.pairedBrowsers(client)
            try await Self.lockedWithCode(alice)
            server.clock.advance(by: 301)
            #expect(Self.isLock(try await alice.get("/home")))
            for guess in 0..<5 {
                let wrong = try await alice.post("/unlock", ["code": "nope\(guess)x"])
                #expect(wrong.status == .unprocessableContent && wrong.html.contains("That is not your lock code."))
            }
            let slowed = try await alice.post("/unlock", ["code": Self.code])
            #expect(slowed.status == .tooManyRequests && slowed.headers[.retryAfter] != nil, "\(slowed.status)")
            #expect(Self.isLock(try await alice.get("/home")), "still locked")
            let opened = try await alice.post("/unlock", ["password": Self.password, "next": "/home"])
            #expect(opened.location == "/home", "\(opened.status)")
            #expect(try await alice.get("/home").html.contains("Alice"))
        }
    }

    @Test func aPrivatePageAsksAgainWhileTheRestStaysOpen() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, _) = try await WebPageTests.pairedBrowsers(client)
            try await Self.lockedWithCode(alice)
            for _ in 0..<3 {
                server.clock.advance(by: 120)
                #expect(try await alice.get("/home").status == .ok, "in use all along")
            }
            let asked = try await alice.get("/urges")
            #expect(asked.status.code == 423 && asked.html.contains("This page asks again"))
            #expect(try await alice.get("/repair").status == .ok, "the rest is open")
            #expect(try await alice.post("/unlock", ["code": Self.code, "next": "/urges"]).location == "/urges")
            #expect(try await alice.get("/urges").status == .ok)
        }
    }

    @Test func theQuickExitLocksOrWithNoLockSignsOut() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            try await Self.lockedWithCode(alice)
            #expect(try await alice.post("/exit", ["via": "script"]).status == .noContent)
            #expect(Self.isLock(try await alice.get("/home")), "Back or a reload shows the lock")

            // Bob set no lock: the exit signs this device out. Without a script, it goes on from here.
            let left = try await bob.post("/exit")
            #expect(left.location?.hasPrefix("https://www.google.com/") == true)
            #expect(try await bob.get("/home").location?.hasPrefix("/login") == true)
        }
    }

    @Test func anotherDeviceCanStillEndALockedSession() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, _) = try await WebPageTests.pairedBrowsers(client)
            try await Self.lockedWithCode(alice)
            #expect(try await alice.post("/exit", ["via": "script"]).status == .noContent)
            let laptop = TestBrowser(client)
            _ = try await laptop.get("/login")
            _ = try await laptop.post("/login", ["email": "alice@example.org", "password": Self.password])
            let settings = try await laptop.get("/settings").html
            let other = try #require(settings.firstMatch(of: /name="session" value="([0-9a-f]+)"/)?.1)
            #expect(try await laptop.post("/settings/devices/end", ["session": String(other)]).status == .found)
            #expect(try await alice.get("/home").location?.hasPrefix("/login") == true, "ended, not locked")
        }
    }

    @Test func theAPIAnswersLockedAndOpensWithTheCode() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, _, _) = try await client.pairedCouple()
            let set = try await client.api(
                .put, "/api/v1/me/phone-privacy", token: alice.token,
                json: ["lock": "code", "code": Self.code, "password": Self.password, "privatePagesAskAgain": true])
            #expect(set.status == .ok, "\(set.status)")
            server.clock.advance(by: 301)
            for path in ["/api/v1/me", "/api/v1/me/settings", "/api/v1/sessions"] {
                let answer = try await client.api(.get, path, token: alice.token)
                #expect(answer.status.code == 423 && answer.errorCode == "locked", "\(path)")
                #expect(!"\(answer.json)".contains("Alice"))
            }
            #expect(
                try await client.api(
                    .post, "/api/v1/sessions/current/unlock", token: alice.token, json: ["code": "0000x"]
                )
                .status == .unprocessableContent)
            #expect(
                try await client.api(
                    .post, "/api/v1/sessions/current/unlock", token: alice.token, json: ["code": Self.code]
                )
                .status == .noContent)
            #expect(try await client.api(.get, "/api/v1/me", token: alice.token).status == .ok)
            #expect(
                try await client.api(.post, "/api/v1/sessions/current/lock", token: alice.token).status == .noContent)
            #expect(try await client.api(.get, "/api/v1/me", token: alice.token).status.code == 423)
            #expect(try await client.api(.delete, "/api/v1/sessions/current", token: alice.token).status == .noContent)
            #expect(try await client.api(.get, "/api/v1/me", token: alice.token).status == .unauthorized)
        }
    }
}
