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

extension WordingTests {
    /// Refusals once read "'what' cannot be empty" where the form says "What happened": each now
    /// names the text as its label does (the API keeps the field name apart, in `field`).
    @Test func refusalsUseTheFormsOwnWordsNotFieldNames() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, _) = try await WebPageTests.pairedBrowsers(client)
            let honesty = try await WebPageTests.area("Honesty", of: alice)
            let refused: [(String, [String: String], String)] = [
                ("/repair/areas/\(honesty)/hurts", ["what": " ", "help": "Tell me"], "What happened cannot be empty."),
                ("/integrity/noticings", ["what": " "], "What I noticed cannot be empty."),
                ("/ruptures/record", ["what": "Plans", "felt": " ", "area": ""], "How it felt cannot be empty."),
                ("/trust/behaviours", ["area": honesty, "what": " "], "What helps cannot be empty."),
                (
                    "/repair/actions",
                    ["area": honesty, "what": String(repeating: "a", count: 301), "cadence": "daily"],
                    "What, exactly can be at most 300 characters."
                ),
            ]
            for (path, fields, words) in refused {
                let answer = try await alice.post(path, fields)
                #expect(answer.status == .unprocessableContent, "\(path)")
                #expect(answer.html.contains(words), "\(path) should say \(words)")
                #expect(answer.html.firstMatch(of: /&#39;[a-zA-Z]+&#39;/) == nil, "\(path) names a field")
            }
        }
    }

    /// A day in a refusal is said as a person says it, never as 2026-11-25.
    @Test func aRefusalSaysADayInWords() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, _, couple) = try await client.pairedCouple()
            let answer = try await client.api(
                .post, "/api/v1/couples/\(couple)/noticings", token: alice.token,
                json: ["what": "You asked about my day", "day": "2100-01-01"])
            #expect(answer.errorField == "day")
            let message = try #require(answer.errorMessage)
            #expect(message.hasPrefix("Fri, 1 Jan 2100 is still ahead of you"), "\(message)")
        }
    }
}

extension WordingTests {
    /// The area screen once gave each partner the other's guidance ("Alice can ask what happened"
    /// on Bob's screen), offered Alice a question about her own hurt, and kept both questions after
    /// both were answered.
    @Test func theAreaScreenSpeaksToEachPartnerByRoleAndByName() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let honesty = try await WebPageTests.area("Honesty", of: alice)
            let page = "/repair/areas/\(honesty)"
            _ = try await alice.post("\(page)/switch", ["on": "false"])
            let hers = try await alice.get(page).html
            #expect(hers.contains("Your trust about Honesty is off. When you are ready, write what happened"))
            #expect(hers.contains("Bob has not decided about Honesty yet."))
            #expect(!hers.contains("ask-what-happened"), "no question about a switch Bob has not turned off")
            #expect(hers.contains(#"<button class="switch-on quiet""#), "turning it back on is not the next step")
            #expect(hers.contains("<details open><summary>Record the hurt behind it"))

            _ = try await alice.post("\(page)/hurts", ["what": "The card", "help": "Tell me", "private": "no"])
            let his = try await bob.get(page).html
            #expect(
                his.contains(
                    "Alice’s trust about Honesty is off. Alice wrote what happened. You can ask what happened and what would help."
                ))
            #expect(!his.contains("Alice can ask"))
            #expect(his.contains("Ask Alice: what happened?") && his.contains("Ask Alice: what can I do to fix it?"))
            #expect(his.contains("Alice’s hurt:"))

            for kind in ["whatHappened", "whatCanIDo"] {
                _ = try await bob.post("\(page)/questions", ["kind": kind])
                let question = try #require(
                    try await alice.get(page).html.firstMatch(of: /action="(\/repair\/questions\/[0-9a-f-]+\/answer)"/)?
                        .1)
                _ = try await alice.post(String(question), ["answer": "Answered \(kind)"])
            }
            let answered = try await bob.get(page).html
            #expect(!answered.contains("ask-what-happened") && !answered.contains("ask-what-can-i-do"))
            #expect(answered.contains("Alice has answered what you asked."))
        }
    }
}

extension WordingTests {
    /// The readable export (and a clinician's page, drawn by the same words) once showed the
    /// codes "whatHappened" and "whatCanIDo"; codes are said in words, what people wrote as written.
    @Test func theReadableExportSaysCodesInWords() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let honesty = try await WebPageTests.area("Honesty", of: alice)
            _ = try await alice.post("/repair/areas/\(honesty)/switch", ["on": "false"])
            _ = try await bob.post("/repair/areas/\(honesty)/questions", ["kind": "whatCanIDo"])
            _ = try await alice.post(
                "/ruptures/record", ["what": "camelCaseWordsStayAsWritten", "felt": "x", "area": ""])
            let export = try await alice.get("/settings/export").html
            #expect(export.contains("<dt>Question</dt><dd>What can I do to fix it?</dd>"))
            #expect(!export.contains("whatCanIDo"))
            #expect(export.contains("camelCaseWordsStayAsWritten"), "what a person wrote is never altered")
        }
    }
}

extension WordingTests {
    /// Trust drawn, and fair: the pyramid is a picture with one next step in words; a partner
    /// nothing was asked of reads "Nothing has been asked of you", never a quota they miss.
    @Test func thePyramidIsDrawnAndNobodyIsMeasuredOnWhatWasNeverAsked() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let honesty = try await WebPageTests.area("Honesty", of: alice)
            _ = try await alice.post(
                "/repair/actions", ["area": honesty, "what": "Text me when you leave work", "cadence": "daily"])
            let hers = try await alice.get("/trust").html
            #expect(
                hers.contains(
                    "How Bob can rest in me</h3><p class=\"pyramid-place\" id=\"pyramid-theirs\">Nothing has been asked of you."
                ))
            #expect(hers.contains(#"<svg class="pyramid-picture" role="img""#), "her own direction is drawn")
            #expect(hers.contains("<title>At the beginning: honesty comes first.</title>"))
            let his = try await bob.get("/trust").html
            #expect(his.contains("Next: At least 3 reports"), "Bob was asked, so the next step is his to see")
            #expect(his.contains(#"id="pyramid-theirs""#) && his.components(separatedBy: "pyramid-picture").count == 3)

            // The same two-way switches on repair and on trust.
            _ = try await alice.post("/repair/areas/\(honesty)/switch", ["on": "false"])
            let picture = #"role="img" aria-label="Switches. You: off. Bob: not decided yet.""#
            #expect(try await alice.get("/repair/areas/\(honesty)").html.contains(picture))
            #expect(try await alice.get("/trust").html.contains(picture))
        }
    }
}
