import Hummingbird
import Testing
import TrellisServer

/// Hummingbird's router prefers a fixed segment to a parameter and never looks back: a request
/// that a parameter was meant to take, but that spells a fixed segment of another route, goes to
/// that route's branch and answers 404 there. (Retiring an action did: the confirmation page at
/// `GET .../retire` hid `POST .../{step}`.)
@Suite("The routes")
struct RouteTests {
    @Test func noRouteIsHiddenByAnother() throws {
        let server = try TestServer()
        let routes = server.trellis.router.routes.map { (method: $0.method, segments: Self.segments($0.path)) }
        var hidden: [String] = []
        for route in routes {
            for other in routes where other.segments != route.segments {
                guard let word = Self.wordTaken(by: other.segments, from: route.segments) else { continue }
                // The request goes down `other`'s branch: some route there must take it.
                var request = route.segments
                request[word.index] = word.text
                let answered = routes.contains { candidate in
                    candidate.method == route.method && Self.matches(candidate.segments, request, fixedUpTo: word.index)
                }
                if !answered {
                    hidden.append("\(route.method) /\(route.segments.joined(separator: "/")) for '\(word.text)'")
                }
            }
        }
        #expect(hidden.isEmpty, "requests these routes are meant to take answer 404: \(Set(hidden).sorted())")
    }

    @Test func typedStepsAreRegisteredOneByOne() throws {
        let paths = try TestServer().trellis.router.routes.map(\.path.description)
        #expect(paths.contains("/repair/actions/{actionId}/retire"))
        #expect(!paths.contains { $0.contains("{step}") }, "a step is a fixed segment, never a parameter")
    }

    private static func segments(_ path: RouterPath) -> [String] {
        path.description.split(separator: "/").map(String.init)
    }

    private static func isParameter(_ segment: String) -> Bool { segment.hasPrefix("{") }

    /// A parameter named for an id or a day holds only ids or dates, never a word.
    private static func takesWords(_ segment: String) -> Bool {
        isParameter(segment) && !segment.hasSuffix("Id}") && segment != "{day}"
    }

    /// Where `other` has a fixed word at a place `route` leaves to a word-taking parameter, the
    /// two agreeing before it.
    private static func wordTaken(by other: [String], from route: [String]) -> (index: Int, text: String)? {
        for index in route.indices where index < other.count {
            if takesWords(route[index]), !isParameter(other[index]) { return (index, other[index]) }
            guard route[index] == other[index] else { return nil }
        }
        return nil
    }

    private static func matches(_ template: [String], _ request: [String], fixedUpTo index: Int) -> Bool {
        template.count == request.count && template[index] == request[index]
            && zip(template, request).allSatisfy { isParameter($0) || $0 == $1 }
    }
}
