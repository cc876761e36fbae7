import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TrellisCore

@testable import TrellisServer

@Suite("Pages are safe by construction")
struct PageSafetyTests {
    static let hostile = #"<script>alert("x")</script>' onmouseover='&amp;"#
    /// Short enough for an area's name.
    static let hostileName = #"<i>A</i>"#
    /// A quote hidden behind a combining mark (one Swift character, still a quote to a browser).
    static let markedName = "B\"\u{301} onfocus=x"

    @Test func textInterpolatedIntoMarkupIsEscapedAndOnlyRawMarkupIsNot() {
        let text = Self.hostile
        let page: HTML = #"<p title="\#(text)">\#(text) \#(42)</p>"#
        #expect(
            page.rendered
                == #"<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;&amp;amp;">"#
                + #"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;&amp;amp; 42</p>"#)
        let nested: HTML = "<div>\(page)</div>"
        #expect(nested.rendered == "<div>\(page.rendered)</div>")
        #expect(HTML.raw("<b>").rendered == "<b>")
        #expect([HTML.raw("<i>"), "\(text)"].joined(separator: " ").rendered.hasPrefix("<i> &lt;script"))
    }

    /// A quote or a bracket followed by a combining mark is one character to Swift, but the browser
    /// reads the quote: it must be escaped like any other.
    @Test func aMarkJoinedToAQuoteOrABracketDoesNotHideItFromEscaping() {
        let text = "x\"\u{301} autofocus onfocus='alert(1)' <\u{301}b>\u{301}"
        let page: HTML = #"<input value="\#(text)">"#
        #expect(
            page.rendered
                == "<input value=\"x&quot;\u{301} autofocus onfocus=&#39;alert(1)&#39; &lt;\u{301}b&gt;\u{301}\">")
        #expect(HTML.escape("plain words, no marks") == "plain words, no marks")
        #expect(HTML.escape("é & \u{1F49B}") == "é &amp; \u{1F49B}")
    }

    @Test func pagesAreNamedOnceForTheirRouteAndTheirLinks() {
        let earlier = ListCursor(list: "entries", position: 120)
        #expect(
            Page.integrity(done: .saved, earlier: earlier).description == "/integrity?done=saved&earlier=entries.120")
        #expect(Page.integrity(done: .saved, earlier: earlier).route.description == "/integrity")
        #expect(Page.logIn(next: "/repair/asked").description == "/login?next=/repair/asked")
        #expect(Page.home().description == "/home")
        let link: HTML = #"<a href="\#(Page.integrity(done: .saved, earlier: earlier))">"#
        #expect(link.rendered == #"<a href="/integrity?done=saved&amp;earlier=entries.120">"#)
    }

    @Test func formsAreNamedOnceForTheirStepAndTheirPages() throws {
        let action = ActionID(UUID(uuidString: "6F1C0E52-1F0B-4C43-9C55-0D2E7E1B9A10")!)
        let day = Day(year: 2026, month: 11, day: 2)!
        let report = Post.occurrence(.done)
        #expect(report.route.description == "/repair/actions/{actionId}/occurrences/{day}/done")
        #expect(
            report(ActionOnDay(action, day)).path
                == "/repair/actions/6f1c0e52-1f0b-4c43-9c55-0d2e7e1b9a10/occurrences/2026-11-02/done")
        var parameters = Parameters()
        parameters["actionId"] = "6f1c0e52-1f0b-4c43-9c55-0d2e7e1b9a10"
        parameters["day"] = "2026-11-02"
        let target = try report.target(in: parameters)
        #expect(target.action == action && target.day == day)
        parameters["actionId"] = "not-an-id"
        #expect(throws: TrellisError.self) { try report.target(in: parameters) }
        #expect(Post.signUp().path == "/signup")
        // A step confirmed on its own page leads nowhere else when opened; the others lead home.
        #expect(Post.action(.retire).page == nil && Post.action(.accept).page == .repair(.overview))
    }

    @Test func everyFormTheHelperMakesCarriesTheToken() {
        let form = Forms(token: "tok\"en").post(Post.checkSigns(), class: "inline", "<button>Go</button>")
        #expect(
            form.rendered
                == #"<form method="post" action="/signs/check" class="inline"><input type="hidden" name="csrf" value="tok&quot;en"><button>Go</button></form>"#
        )
    }

    /// A couple whose every word is markup: on every page either partner can reach, the words show
    /// as text (never as markup), and every form carries that visit's token.
    @Test func hostileWordsShowAsTextAndEveryFormOnEveryPageCarriesTheToken() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let hostile = Self.hostile
            #expect(
                try await alice.post("/couple/areas", ["name": Self.hostileName]).location
                    == "/settings/areas?done=areaAdded")
            #expect(try await alice.post("/couple/areas", ["name": Self.markedName]).status == .found)
            let area = try await WebPageTests.area("Honesty", of: alice)
            let steps: [(TestBrowser, String, [String: String])] = [
                (alice, "/repair/areas/\(area)/switch", ["on": "false"]),
                (alice, "/repair/areas/\(area)/hurts", ["what": hostile, "help": hostile, "private": "no"]),
                (bob, "/repair/areas/\(area)/questions", ["kind": "whatHappened"]),
                (
                    alice, "/repair/actions",
                    ["area": String(area), "what": "Call at 6 \(hostile)", "cadence": "daily", "note": hostile]
                ),
                (bob, "/integrity/journal", ["text": hostile]),
                (bob, "/integrity/noticings", ["what": hostile, "shared": "yes"]),
                (bob, "/integrity/feedback", ["text": hostile]),
            ]
            for (browser, path, fields) in steps {
                let answer = try await browser.post(path, fields)
                #expect(answer.status == .found, "\(path) answered \(answer.status)")
            }
            let question = try #require(
                try await alice.get("/home").html.firstMatch(of: /action="\/repair\/questions\/([0-9a-f-]+)\/answer"/)?
                    .1)
            #expect(
                try await alice.post("/repair/questions/\(question)/answer", ["answer": hostile]).status == .found)

            for browser in [alice, bob] {
                let pages = [
                    "/home", "/repair", "/repair/areas/\(area)", "/repair/asked", "/repair/asked-of-me", "/integrity",
                    "/settings", "/couple/leave",
                ]
                for path in pages {
                    let page = try await browser.get(path).html
                    #expect(!page.contains("<script>"), "\(path) holds markup from a partner")
                    #expect(!page.contains(Self.hostileName), "\(path) holds markup in an area's name")
                    #expect(!page.contains("' onmouseover"), "\(path) holds an attribute from a partner")
                    #expect(
                        Data(page.utf8).range(of: Data("\"\u{301}".utf8)) == nil,
                        "\(path) holds a quote hidden behind a mark")
                    let token = try #require(page.firstMatch(of: /name="csrf" value="([^"]+)"/)?.1)
                    let forms = page.matches(of: /<form[^>]*>/).count
                    let tokened = page.matches(
                        of: /<form method="post"[^>]*><input type="hidden" name="csrf" value="([^"]+)">/)
                    #expect(
                        forms > 0 && tokened.count == forms, "\(path): \(tokened.count) of \(forms) forms carry a token"
                    )
                    #expect(tokened.allSatisfy { $0.1 == token }, "\(path) mixes form tokens")
                    // Every link made from `Page` (or a screen) leads to a page that is there.
                    for link in page.matches(of: /href="(\/[^"#]*)/).map({ String($0.1) })
                    where !link.hasPrefix("/assets/") {
                        let status = try await browser.get(link.replacingOccurrences(of: "&amp;", with: "&")).status
                        #expect(status == .ok || status == .found, "\(path) links to \(link), which answers \(status)")
                    }
                }
            }
            // The words did reach the pages, as text.
            let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
            #expect(try await alice.get("/repair/areas/\(area)").html.contains(escaped))
            #expect(try await alice.get("/repair/asked").html.contains(escaped))
            #expect(try await bob.get("/settings/areas").html.contains("&lt;i&gt;A&lt;/i&gt;"))
            #expect(try await bob.get("/repair").html.contains("&lt;i&gt;A&lt;/i&gt;"))
            #expect(try await bob.get("/repair/areas/\(area)").html.contains(escaped))
            #expect(try await bob.get("/repair/asked-of-me").html.contains(escaped))
            #expect(try await bob.get("/integrity").html.contains(escaped))
            #expect(try await alice.get("/integrity").html.contains(escaped))
        }
    }
}
