import Foundation
import HummingbirdTesting
import Testing
import TrellisServer

/// What a person reads: the same fact in the same words on every page, in the form's own words
/// rather than field names, and no raw names from the code.
@Suite("What a person reads")
struct WordingTests {
    /// A switch never set is not off: the trust page once said "Your switch is off here" for every
    /// area of a new couple, so she appeared to distrust him everywhere.
    @Test func aSwitchNeverSetReadsAsNotDecidedYetOnEveryPage() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, _) = try await WebPageTests.pairedBrowsers(client)
            let trust = try await alice.get("/trust").html
            #expect(trust.contains("You have not decided yet."))
            #expect(!trust.contains("switch is off"))
            let honesty = try await WebPageTests.area("Honesty", of: alice)
            #expect(
                try await alice.get("/repair/areas/\(honesty)").html.contains(
                    #"<span class="my-switch">not decided yet</span>"#))

            _ = try await alice.post("/repair/areas/\(honesty)/switch", ["on": "false"])
            let after = try await alice.get("/trust").html
            #expect(after.contains("Your switch is off."), "the area she turned off says so")
            #expect(after.contains("You have not decided yet."), "the others still have not been decided")
        }
    }
}
