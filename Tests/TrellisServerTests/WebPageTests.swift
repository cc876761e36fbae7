import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("The web pages")
struct WebPageTests {
    static func signUp(_ browser: TestBrowser, _ name: String, next: String = "/home") async throws -> PageAnswer {
        _ = try await browser.get("/signup")
        return try await browser.post(
            "/signup",
            [
                "name": name, "email": "\(name.lowercased())@example.org", "password": "a long enough password",
                "next": next,
            ])
    }

    /// The id of the area called `name` (as it is written in the page), from the repair overview.
    static func area(_ name: String, of browser: TestBrowser) async throws -> String {
        let overview = try await browser.get("/repair").html
        let marker = #"data-area-name="\#(name)"><a href="/repair/areas/"#
        let start = try #require(overview.range(of: marker)).upperBound
        return String(overview[start...].prefix(36))
    }

    /// Alice and Bob, signed up in their own browsers and paired through Alice's invite.
    static func pairedBrowsers(_ client: any TestClientProtocol) async throws -> (TestBrowser, TestBrowser) {
        let alice = TestBrowser(client)
        _ = try await signUp(alice, "Alice")
        _ = try await alice.post("/couple")
        #expect(try await alice.post("/couple/invites").location == "/home")
        let link = try #require(try await alice.get("/home").html.firstMatch(of: /id="invite-link" href="([^"]+)"/)?.1)
        let bob = TestBrowser(client)
        _ = try await signUp(bob, "Bob")
        #expect(try await bob.post("/join", ["code": String(link.split(separator: "/").last!)]).location == "/home")
        return (alice, bob)
    }

    @Test func twoPartnersPairThroughTheInviteLink() async throws {
        let server = try TestServer()
        try await server.run { client in
            let alice = TestBrowser(client)
            let signedUp = try await Self.signUp(alice, "Alice")
            #expect(signedUp.location == "/recovery-code?next=/home", "the recovery code first, on a page of its own")
            #expect(signedUp.onward == "/home")
            let codePage = try await alice.get("/recovery-code?next=/home").html
            #expect(codePage.contains(#"id="recovery-code""#))
            #expect(
                codePage.contains(#"id="logout""#) && !codePage.contains(#"href="/login""#),
                "the page after sign-up already shows her signed in")
            let session = try #require(signedUp.setCookies.first { $0.hasPrefix("trellis_session=") })
            #expect(session.contains("HttpOnly"))
            #expect(session.contains("SameSite=Lax"))
            #expect(!session.contains("Secure"))  // served over plain http in this test

            #expect(try await alice.get("/home").html.contains(#"id="start-couple""#))
            #expect(try await alice.post("/couple").location == "/home")
            #expect(try await alice.post("/couple/invites").location == "/home")
            let link = try #require(
                try await alice.get("/home").html.firstMatch(of: /id="invite-link" href="([^"]+)"/)?.1)
            // The link is shown again on every visit until it is used: a reload never makes a new one.
            #expect(try await alice.get("/home").html.contains(#"href="\#(link)""#))
            let joinPath = String(link.dropFirst(TestServer.publicURL.count))

            let bob = TestBrowser(client)
            let landing = try await bob.get(joinPath)
            #expect(landing.html.contains("Alice invited you"))
            #expect(landing.html.contains(#"id="signup-to-join""#))
            let bobSignedUp = try await Self.signUp(bob, "Bob", next: joinPath)
            #expect(bobSignedUp.onward == joinPath)
            let joinPage = try await bob.get(joinPath)
            #expect(joinPage.html.contains(#"id="join-couple""#))
            let code = try #require(joinPage.html.firstMatch(of: /name="code" value="([^"]+)"/)?.1)
            #expect(try await bob.post("/join", ["code": String(code)]).location == "/home")

            let bobHome = try await bob.get("/home").html
            #expect(bobHome.contains("<li>Alice</li>"))
            #expect(bobHome.contains("<li>Bob (you)</li>"))
            let aliceHome = try await alice.get("/home").html
            #expect(aliceHome.contains("<li>Bob</li>"))
            #expect(!aliceHome.contains(#"id="create-invite""#))

            let carol = TestBrowser(client)
            _ = try await Self.signUp(carol, "Carol")
            let reused = try await carol.post("/join", ["code": String(code)])
            #expect(reused.status == .gone)
            #expect(reused.html.contains(#"class="error""#))
        }
    }

    @Test func aFormsAddressOpenedAsAPageLeadsToItsPageAndUnknownPagesAreCalm() async throws {
        let server = try TestServer()
        try await server.run { client in
            let alice = TestBrowser(client)
            _ = try await WebPageTests.signUp(alice, "Alice")
            for (path, page) in [
                ("/couple/invites", "/home"), ("/repair/calendar", "/repair"), ("/repair/actions", "/repair"),
                ("/integrity/feedback", "/integrity"),
            ] {
                let answer = try await alice.get(path)
                #expect(answer.status == .seeOther && answer.location == page, "\(path)")
            }
            let missing = try await alice.get("/no-such-page")
            #expect(missing.status == .notFound)
            #expect(missing.html.contains("This page is not here"))
            #expect(!missing.html.contains("Log in"))
        }
    }

    @Test func leavingAsksFirstAndOnlyAConfirmedFormLeaves() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, _) = try await WebPageTests.pairedBrowsers(client)
            #expect(try await alice.get("/settings").html.contains(#"href="/couple/leave""#))
            let ask = try await alice.get("/couple/leave")
            #expect(ask.status == .ok && ask.html.contains("cannot be undone") && ask.html.contains("Bob keeps"))
            let unconfirmed = try await alice.post("/couple/leave")
            #expect(unconfirmed.status == .badRequest)
            #expect(try await alice.get("/home").html.contains(#"id="members""#))
            #expect(try await alice.post("/couple/leave", ["confirm": "yes"]).location == "/home")
            #expect(try await alice.get("/home").html.contains("Start your couple"))
        }
    }

    @Test func aFormWithoutTheRightTokenIsRefusedAndChangesNothing() async throws {
        let server = try TestServer()
        try await server.run { client in
            let browser = TestBrowser(client)
            _ = try await browser.get("/signup")
            let forged = try await browser.post(
                "/signup", ["name": "Eve", "email": "eve@example.org", "password": "a long enough password"],
                csrf: "guessed")
            #expect(forged.status == .forbidden)
            #expect(forged.html.contains("was not saved"))
            #expect(forged.html.contains(">Eve</textarea>"))
            let login = try await client.api(
                .post, "/api/v1/sessions", json: ["email": "eve@example.org", "password": "a long enough password"])
            #expect(login.status == .unauthorized)

            // A browser that never loaded a form has no token at all.
            let fresh = TestBrowser(client)
            #expect(try await fresh.post("/couple", csrf: "").status == .forbidden)

            // Logged in, a token planted as a cookie (as a sibling subdomain could) is worthless:
            // the form token is derived from the session's secret.
            let sam = TestBrowser(client)
            _ = try await Self.signUp(sam, "Sam")
            let planted = try #require(sam.cookies["trellis_csrf"])
            #expect(try await sam.post("/couple", csrf: planted).status == .forbidden)
            #expect(try await sam.get("/home").html.contains(#"id="start-couple""#))
            #expect(try await sam.post("/couple").location == "/home")
        }
    }

    @Test func areasAreManagedFromSettings() async throws {
        let server = try TestServer()
        try await server.run { client in
            let alice = TestBrowser(client)
            _ = try await Self.signUp(alice, "Alice")
            _ = try await alice.post("/couple")
            #expect(try await alice.get("/settings").html.contains(#"href="/settings/areas""#))
            #expect(
                try await alice.post("/couple/areas", ["name": "Work <trips>"]).location
                    == "/settings/areas?done=areaAdded")
            let home = try await alice.get("/settings/areas").html
            #expect(home.contains("Work &lt;trips&gt;"))
            #expect(!home.contains("Work <trips>"))
            let duplicate = try await alice.post("/couple/areas", ["name": "money"])
            #expect(duplicate.status == .unprocessableContent)
            #expect(duplicate.html.contains("already has an active area with that name"))

            let area = try #require(home.firstMatch(of: /action="\/couple\/areas\/([0-9a-f-]+)\/rename"/)?.1)
            // Archiving asks first; the form without its confirmation changes nothing.
            #expect(try await alice.get("/couple/areas/\(area)/archive").html.contains(#"id="confirm-archive""#))
            let unconfirmed = try await alice.post("/couple/areas/\(area)/archive")
            #expect(unconfirmed.status == .badRequest)
            #expect(!(try await alice.get("/settings/areas").html.contains(#"id="archived-areas""#)))
            let confirmed = try await alice.post("/couple/areas/\(area)/archive", ["confirm": "yes"])
            #expect(confirmed.location == "/settings/areas?done=areaArchived")
            #expect(
                try await alice.get("/settings/areas?done=areaArchived").html.contains(
                    "Archived, with everything in it kept."))
            #expect(try await alice.get("/settings/areas").html.contains(#"id="archived-areas""#))
            let unknown = try await alice.post("/couple/areas/\(UUID())/archive", ["confirm": "yes"])
            #expect(unknown.status == .notFound)
        }
    }

    @Test func signUpTakesTheTimeZoneAndTheHomePageSaysItBack() async throws {
        let server = try TestServer()
        try await server.run { client in
            let robin = TestBrowser(client)
            let form = try await robin.get("/signup").html
            #expect(form.contains(#"<select name="timeZone" id="time-zone" data-guess-zone>"#))
            let fields = [
                "name": "Robin", "email": "robin@example.org", "password": "a long enough password",
                "timeZone": "Mars/Olympus_Mons",
            ]
            let refused = try await robin.post("/signup", fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.html.contains(#"id="timeZone-error""#))
            #expect(refused.html.contains(#"value="robin@example.org""#))
            var chosen = fields
            chosen["timeZone"] = "America/New_York"
            #expect(try await robin.post("/signup", chosen).onward == "/home")
            #expect(try await robin.get("/settings").html.contains(#"<option value="America/New_York" selected>"#))
            _ = try await robin.post("/couple")
            #expect(try await robin.get("/home").html.contains("your days follow New York time"))
        }
    }

    @Test func pagesCarryTheSecurityHeaders() async throws {
        let server = try TestServer()
        try await server.run { client in
            for path in ["/", "/signup", "/api/v1/me", "/missing"] {
                let page = try await TestBrowser(client).get(path)
                #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true, "\(path)")
                #expect(page.headers[.xContentTypeOptions] == "nosniff")
                #expect(page.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
                #expect(page.headers[.cacheControl] == "no-store")
            }
            let home = try await TestBrowser(client).get("/home")
            #expect(home.status == .found)
            #expect(home.location == "/login?next=/home")
        }
    }

    @Test func logOutEndsTheSession() async throws {
        let server = try TestServer()
        try await server.run { client in
            let browser = TestBrowser(client)
            _ = try await Self.signUp(browser, "Sam")
            #expect(try await browser.get("/home").status == .ok)
            #expect(try await browser.post("/logout").location == "/")
            #expect(try await browser.get("/home").status == .found)
        }
    }

    @Test func memberPagesSendAVisitorToLogInAndBack() async throws {
        let server = try TestServer()
        try await server.run { client in
            let visitor = TestBrowser(client)
            for path in ["/home", "/repair", "/repair/asked-of-me", "/integrity", "/settings", "/couple/leave"] {
                let answer = try await visitor.get(path)
                #expect(answer.status == .found, "\(path)")
                let expected = path == "/couple/leave" ? "/home" : path
                #expect(answer.location == "/login?next=\(expected)", "\(path) led to \(answer.location ?? "nowhere")")
            }
            _ = try await Self.signUp(visitor, "Sam")
            let login = try await visitor.post(
                "/login", ["email": "sam@example.org", "password": "a long enough password", "next": "/repair/asked"])
            #expect(login.location == "/repair/asked")
        }
    }

    @Test func anOffsiteNextIsIgnored() async throws {
        let server = try TestServer()
        try await server.run { client in
            let browser = TestBrowser(client)
            let answer = try await Self.signUp(browser, "Sam", next: "//evil.example/steal")
            #expect(answer.onward == "/home")
            _ = try await browser.post("/logout")
            for next in [
                "/\t/evil.example", "/%09/evil.example", "/\\evil.example", "https://evil.example", "/join/../x",
            ] {
                _ = try await browser.get("/login")
                let login = try await browser.post(
                    "/login", ["email": "sam@example.org", "password": "a long enough password", "next": next])
                #expect(login.location == "/home", "next \(next) led to \(login.location ?? "nowhere")")
                _ = try await browser.post("/logout")
            }
        }
    }
}

@Suite("The repair page")
struct RepairPageTests {
    @Test func theCalendarAddressIsShownAgainUntilReplacedOrTurnedOff() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            #expect(try await alice.post("/repair/calendar").location == "/repair/asked-of-me#calendar")
            let page = try await alice.get("/repair/asked-of-me").html
            let url = try #require(page.firstMatch(of: /id="calendar-url" href="([^"]+)"/)?.1)
            #expect(page.contains(#"href="webcal"#))
            #expect(try await alice.get("/repair/asked-of-me").html.contains(#"href="\#(url)""#))
            #expect(try await bob.get("/repair/asked-of-me").html.contains(String(url)) == false)
            let feed = String(url.dropFirst(TestServer.publicURL.count))
            #expect(try await client.execute(uri: feed, method: .get) { $0 }.status == .ok)

            _ = try await alice.post("/repair/calendar")
            let replaced = try #require(
                try await alice.get("/repair/asked-of-me").html.firstMatch(of: /id="calendar-url" href="([^"]+)"/)?.1)
            #expect(replaced != url)
            #expect(try await client.execute(uri: feed, method: .get) { $0 }.status == .notFound)

            _ = try await alice.post("/repair/calendar", ["revoke": "yes"])
            #expect(!(try await alice.get("/repair/asked-of-me").html.contains(#"id="calendar-url""#)))
        }
    }

    @Test func aPrivateHurtShowsOnItsAuthorsPageAlone() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)

            let honesty = try await WebPageTests.area("Honesty", of: alice)
            let areaPage = "/repair/areas/\(honesty)"
            let switched = try await alice.post("\(areaPage)/switch", ["on": "false", "back": areaPage])
            #expect(switched.location == "\(areaPage)?done=switchedOff")
            #expect(try await alice.get(try #require(switched.location)).html.contains(#"id="confirmation""#))
            let hurt = try await alice.post(
                "\(areaPage)/hurts",
                ["what": "Wren-private-pain\r\nover two lines", "help": "Time", "private": "yes", "back": areaPage])
            #expect(hurt.location == "\(areaPage)?done=keptPrivate")
            #expect(try await alice.get(areaPage).html.contains("Wren-private-pain"))
            let bobPage = try await bob.get(areaPage).html
            #expect(!bobPage.contains("Wren-private-pain"))
            #expect(bobPage.contains(#"class="ask-what-can-i-do""#))
            #expect(try await bob.get("/repair").html.contains("Alice&#39;s switch is off"))

            // Sharing it asks first; only its author can open that step, and only a confirmed form shares.
            let share = try #require(
                try await alice.get(areaPage).html.firstMatch(of: /href="(\/repair\/hurts\/[0-9a-f-]+\/share)"/)?.1)
            #expect(try await alice.get(String(share)).html.contains("Wren-private-pain"))
            let peek = try await bob.get(String(share))
            #expect(peek.status == .notFound)
            #expect(!peek.html.contains("Wren-private-pain"))
            #expect(try await alice.post(String(share)).status == .badRequest)
            #expect(!(try await bob.get(areaPage).html.contains("Wren-private-pain")))
            #expect(try await alice.post(String(share), ["confirm": "yes"]).location == "\(areaPage)?done=shared")
            #expect(try await bob.get(areaPage).html.contains("Wren-private-pain"))

            let vague = try await alice.post(
                "/repair/actions",
                ["area": String(honesty), "what": "Always try harder", "cadence": "daily", "back": "/repair/asked"])
            let notes = try await alice.get(try #require(vague.location)).html
            #expect(notes.contains(#"class="wording-notes""#))
            #expect(notes.contains("Sent to Bob to read and agree."))
            #expect(try await alice.get("/repair/asked").html.contains(#"class="wording-notes""#) == false)
        }
    }
}

extension RepairPageTests {
    @Test func aRefusedFormKeepsItsWordsAndALapsedSessionGivesThemBack() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, _) = try await WebPageTests.pairedBrowsers(client)
            let honesty = try await WebPageTests.area("Honesty", of: alice)
            let page = try await alice.get("/repair/asked").html
            let request = [
                "area": String(honesty), "what": "Tell me before plans-change", "cadence": "once",
                "note": "Because it-matters", "back": "/repair/asked",
            ]
            let refused = try await alice.post("/repair/actions", request)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.html.contains(#"value="Tell me before plans-change""#))
            #expect(refused.html.contains(">Because it-matters</textarea>"))
            #expect(refused.html.contains(#"<option value="once" selected>"#))
            #expect(refused.html.contains(#"<option value="\#(honesty)" selected>"#))
            #expect(refused.html.contains(#"<details id="request-action-details" open>"#))
            #expect(refused.html.contains(#"id="refused""#))
            #expect(!(try await alice.get("/repair/asked").html.contains("plans-change")))

            // The session ends while the form is open: nothing is saved, and the words come back.
            let token = try #require(page.firstMatch(of: /name="csrf" value="([^"]+)"/)?.1)
            alice.keepEndedSession()
            let lapsed = try await alice.post("/repair/actions", request, csrf: String(token))
            #expect(lapsed.status == .forbidden)
            #expect(lapsed.html.contains(">Tell me before plans-change</textarea>"))
            #expect(lapsed.html.contains(">Because it-matters</textarea>"))
            #expect(lapsed.html.contains(#"id="log-in-again""#))
        }
    }
}

extension RepairPageTests {
    @Test func progressIsDrawnInPicturesWithWordsAndNoScore() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let honesty = try await WebPageTests.area("Honesty", of: alice)
            _ = try await alice.post("/repair/areas/\(honesty)/switch", ["on": "false"])
            let area = try await alice.get("/repair/areas/\(honesty)").html
            #expect(area.contains(#"<svg class="switch-timeline" role="img""#))
            #expect(area.contains("You: off since Today. Bob: not decided yet."))

            _ = try await alice.post(
                "/repair/actions", ["area": honesty, "what": "Text me when you leave work", "cadence": "daily"])
            let id = try #require(
                try await bob.get("/repair/asked-of-me").html.firstMatch(of: /\/repair\/actions\/([0-9a-f-]+)\/accept/)?
                    .1)
            _ = try await bob.post("/repair/actions/\(id)/accept")
            let today = try #require(
                try await bob.get("/repair/asked-of-me").html.firstMatch(of: /occurrences\/(\d{4}-\d\d-\d\d)\/done/)?.1)
            _ = try await bob.post("/repair/actions/\(id)/occurrences/\(today)/done")
            let mine = try await bob.get("/repair/asked-of-me").html
            #expect(mine.contains(#"<svg class="week-dots" role="img""#))
            #expect(mine.contains("<title>The last four weeks: 1 done</title>"))
            #expect(mine.contains("<title>Today: done</title>"))
            #expect(mine.contains(#"<p class="rhythm">Just started.</p>"#))
            for score in ["%", "streak", "score"] { #expect(!mine.lowercased().contains(score)) }
            #expect(try await bob.get("/integrity").html.contains(#"<svg class="month-days" role="img""#))

            // A report made by mistake is taken back from the same screen, a few minutes at most.
            #expect(mine.contains(#"class="withdraw-report link""#))
            let undone = try await bob.post(
                "/repair/actions/\(id)/occurrences/\(today)/withdraw", ["back": "/repair/asked-of-me"])
            #expect(undone.location == "/repair/asked-of-me?done=withdrawn")
            #expect(try await bob.get("/repair/asked-of-me").html.contains("<title>Today: due today</title>"))
        }
    }
}

extension RepairPageTests {
    @Test func whatWaitsOnHomeIsMarkedNewUntilItsScreenIsOpened() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let honesty = try await WebPageTests.area("Honesty", of: alice)
            _ = try await alice.post("/repair/areas/\(honesty)/switch", ["on": "false"])
            _ = try await bob.post("/repair/areas/\(honesty)/questions", ["kind": "whatHappened"])
            let home = try await alice.get("/home").html
            #expect(home.contains(#"<li class="waiting-item question unseen">"#))
            #expect(home.contains(#"<span class="new-mark">New</span>"#))
            // Looking at home is not opening it; the area's screen is.
            #expect(try await alice.get("/home").html.contains("new-mark"))
            _ = try await alice.get("/repair/areas/\(honesty)")
            let after = try await alice.get("/home").html
            #expect(after.contains(#"<li class="waiting-item question">"#))
            #expect(!after.contains("new-mark"))
        }
    }
}

@Suite("My integrity page")
struct IntegrityPageTests {
    @Test func theRebuildersPagesHoldNothingPrivateOfThePartner() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)

            #expect(
                try await alice.post("/integrity/journal", ["text": "Alder-alice-journal"]).location
                    == "/integrity?done=keptForYou")
            #expect(
                try await alice.post("/integrity/noticings", ["what": "Alder-alice-noticed"]).location
                    == "/integrity?done=keptForYou")
            #expect(
                try await alice.post("/integrity/sliding-doors", ["direction": "away", "what": "Alder-alice-door"])
                    .location
                    == "/integrity?done=keptForYou")
            #expect(
                try await bob.post("/integrity/journal", ["text": "Birch-bob-journal"]).location
                    == "/integrity?done=keptForYou")

            let alicePage = try await alice.get("/integrity").html
            #expect(alicePage.contains("Alder-alice-journal"))
            #expect(!alicePage.contains("Birch"))
            for path in ["/integrity", "/repair", "/home"] {
                #expect(
                    !(try await bob.get(path).html.contains("Alder")), "\(path) shows Alice's private entries to Bob")
            }
            // A second entry the same day is refused with a way to edit the first.
            let again = try await alice.post("/integrity/journal", ["text": "Another"])
            #expect(again.status == .conflict)
            #expect(again.html.contains("Edit it instead"))
        }
    }

    @Test func theReplyToFeedbackOpensOnlyAfterThePause() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)

            #expect(
                try await alice.post("/integrity/feedback", ["text": "You check out at dinner"]).location
                    == "/integrity?done=feedbackGiven")
            let received = try await bob.get("/integrity").html
            #expect(received.contains("You check out at dinner"))
            #expect(!received.contains(#"class="name-it-back""#) && !received.contains("begin-pause"))
            // Taken in on a screen of its own: the words, the pause, then what I hear, nothing else.
            let screen = String(
                try #require(
                    received.firstMatch(of: /class="open-feedback button" href="(\/integrity\/feedback\/[0-9a-f-]+)"/)?
                        .1))
            let alone = try await bob.get(screen).html
            #expect(alone.contains("You check out at dinner") && alone.contains("begin-pause"))
            #expect(!alone.contains(#"id="journal-text""#) && !alone.contains(#"id="noticing-what""#))
            #expect(
                try await bob.post("\(screen)/pause", ["back": screen]).location == screen, "the pause stays in view")
            let pausing = try await bob.get(screen).html
            #expect(!pausing.contains(#"http-equiv="refresh""#), "a page that reloads itself loses what is typed")
            #expect(pausing.contains(#"<span class="pause-countdown" data-seconds="30">30</span>"#))
            #expect(!pausing.contains(#"class="name-it-back""#))
            server.clock.advance(by: 31)
            let open = try await bob.get(screen).html
            #expect(open.contains(#"class="name-it-back""#))
            #expect(
                try await bob.post("\(screen)/reflection", ["text": "I go somewhere else in my head", "back": screen])
                    .location == "/integrity?done=answered", "back to where it started")
            let given = try await alice.get("/integrity").html
            #expect(given.contains("I go somewhere else in my head"))
            #expect(given.contains(#"class="mark-landed""#))

            // "Not quite", with what Alice meant; Bob sees it on home and names it back again.
            _ = try await alice.post("\(screen)/mark", ["landed": "no", "line": "I meant the phone at the table"])
            let home = try await bob.get("/home").html
            #expect(
                home.contains(
                    #"<a href="\#(screen)?from=home">Alice said “not quite”. You can name it back again.</a>"#))
            let again = try await bob.get("\(screen)?from=home").html
            #expect(again.contains("What they meant: I meant the phone at the table"))
            #expect(again.contains("Name it back again"))
            let named = try await bob.post(
                "\(screen)/reflection",
                ["text": "When I pick up my phone you feel alone", "back": "\(screen)?from=home"])
            #expect(named.location == "/home?done=answered", "opened from home, back to home")
            let second = try await alice.get("/integrity").html
            #expect(second.contains("Named back before: I go somewhere else in my head (not quite)"))
            #expect(second.contains(#"class="mark-landed""#))
        }
    }

    @Test func theEveningPromptFollowsTheMembersHourAndTodaysEntry() async throws {
        let server = try TestServer()
        try await server.run { client in
            let alice = TestBrowser(client)
            _ = try await WebPageTests.signUp(alice, "Alice")
            _ = try await alice.post("/couple")
            // The test clock reads 08:00 UTC: an evening hour of 6 has passed, 20 has not.
            _ = try await alice.post("/settings", ["timeZone": "UTC", "eveningHour": "20", "pauseSeconds": "30"])
            #expect(!(try await alice.get("/home").html.contains(#"id="evening-prompt""#)))
            _ = try await alice.post("/settings", ["timeZone": "UTC", "eveningHour": "6", "pauseSeconds": "30"])
            #expect(try await alice.get("/home").html.contains(#"id="evening-prompt""#))
            _ = try await alice.post("/integrity/journal", ["text": "Made the call"])
            #expect(!(try await alice.get("/home").html.contains(#"id="evening-prompt""#)))
            // The time zone is chosen from a list, with the member's own selected.
            _ = try await alice.post(
                "/settings", ["timeZone": "America/New_York", "eveningHour": "6", "pauseSeconds": "30"])
            let settings = try await alice.get("/settings").html
            #expect(settings.contains(#"<option value="America/New_York" selected>New York (America)</option>"#))
            #expect(!settings.contains(#"<input name="timeZone""#))
            let bad = try await alice.post(
                "/settings", ["timeZone": "Atlantis", "eveningHour": "6", "pauseSeconds": "30"])
            #expect(bad.status == .unprocessableContent)
        }
    }
}
