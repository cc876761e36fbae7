import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TrellisServer

/// Every form a member can reach posts where a step listens. The pages build their forms'
/// addresses and the router registers its steps separately; this walks every page a paired
/// member reaches from home, with something in each feature, and checks each form's address
/// against the router's own table.
@Suite("Every form posts where a step listens")
struct FormRouteTests {
    @Test func everyFormOnEveryReachablePagePostsToARegisteredStep() async throws {
        let server = try TestServer()
        let posts = server.trellis.router.routes.filter { $0.method == .post }.map {
            $0.path.description.split(separator: "/").map(String.init)
        }
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            try await Self.fill(alice, bob)
            for browser in [alice, bob] {
                let forms = try await Self.formsReached(by: browser)
                #expect(forms.count > 40, "the walk reached the couple's pages: \(forms.count) forms")
                // The forms on things, not only the ones that make them.
                for item in ["/ruptures/", "/grants/", "/expectations/", "/fears/", "/trust/behaviours/"] {
                    #expect(
                        forms.contains { $0.hasPrefix(item) && $0.split(separator: "/").count > 2 },
                        "a form on one of the \(item) items")
                }
                let strays = forms.filter { action in
                    let segments = action.split(separator: "/").map(String.init)
                    return !posts.contains { Self.matches($0, segments) }
                }
                #expect(strays.isEmpty, "forms post where no step listens: \(strays.sorted())")
            }
        }
    }

    /// Something in each feature, so the forms on its items show.
    static func fill(_ alice: TestBrowser, _ bob: TestBrowser) async throws {
        let area = try await WebPageTests.area("Money", of: alice)
        _ = try await alice.post(
            "/ruptures/record", ["area": area, "what": "The call", "felt": "Alone", "shared": "on"])
        _ = try await alice.post("/trust/behaviours", ["area": area, "what": "Call me when late"])
        _ = try await alice.post("/fears/areas/\(area)/write", ["what": "Debts", "why": "Before"])
        _ = try await alice.post(
            "/expectations/propose",
            ["area": area, "kind": "agreement", "words": "We tell each other", "reviewOn": "2030-01-01"])
        _ = try await bob.post(
            "/grants/offer",
            ["area": area, "what": "Go out alone", "stakes": "My calm", "size": "small", "reviewOn": "2030-01-01"])
        _ = try await alice.post("/integrity/noticings", ["what": "A kind word", "shared": "yes"])
        _ = try await alice.post("/integrity/journal", ["text": "A day"])
        _ = try await alice.post("/signs/check", ["scan": "1", "body": "1", "traps": "1", "shame": "1"])
    }

    /// The addresses of every post form on every page reached from home by links.
    static func formsReached(by browser: TestBrowser) async throws -> Set<String> {
        var queue = ["/home"]
        var seen: Set<String> = []
        var forms: Set<String> = []
        while let path = queue.popLast(), seen.count < 200 {
            guard seen.insert(path).inserted else { continue }
            let page = try await browser.get(path)
            guard page.status == .ok else { continue }
            for match in page.html.matches(of: /<form method="post" action="([^"?]+)/) {
                forms.insert(String(match.1))
            }
            for match in page.html.matches(of: /href="(\/[^"#?]*)/) {
                let link = String(match.1)
                // Not the ways out: they end the visit the walk is making.
                guard !["/exit", "/logout", "/still-here"].contains(link), !link.hasPrefix("/calendar/"),
                    !link.hasPrefix("/assets/"), !link.hasSuffix(".ics")
                else { continue }
                queue.append(link)
            }
        }
        return forms
    }

    /// Whether a registered route takes a post to `path`: each parameter segment takes any one.
    static func matches(_ route: [String], _ path: [String]) -> Bool {
        route.count == path.count && zip(route, path).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
    }
}
