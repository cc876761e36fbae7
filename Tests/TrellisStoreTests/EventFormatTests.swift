import Foundation
import Testing
import TrellisCore

@testable import TrellisStore

/// A body written once is read forever: the golden fixtures pin the stored form of every kind.
@Suite("Pinned event format")
struct EventFormatTests {
    @Test func theFixturesHoldEveryKindOfEvent() {
        #expect(Set(GoldenEvents.payloads.map(\.kind)).count == GoldenEvents.kindCount)
    }

    @Test func pinnedBodiesDecodeToTheirEventsAndEncodeToTheSameBytes() throws {
        let lines = try GoldenEvents.lines(of: "pinned-bodies.jsonl")
        try #require(lines.count == GoldenEvents.payloads.count)
        for (line, payload) in zip(lines, GoldenEvents.payloads) {
            let body = Data([EventBody.pinnedJSON]) + line
            #expect(try EventBody.decode(body, with: JSONDecoder()) == payload)
            #expect(try EventBody.encode(payload) == body, "the stored form of \(payload.kind) changed")
        }
    }

    @Test func bodiesWrittenBeforeTheFormatWasPinnedStillDecode() throws {
        let lines = try GoldenEvents.lines(of: "legacy-bodies.jsonl")
        try #require(lines.count == GoldenEvents.legacyPayloads.count)
        for (line, payload) in zip(lines, GoldenEvents.legacyPayloads) {
            #expect(try EventBody.decode(line, with: JSONDecoder()) == payload)
        }
    }

    @Test func thePinnedFormHasNamedFieldsOnly() throws {
        for line in try GoldenEvents.lines(of: "pinned-bodies.jsonl") {
            let text = String(decoding: line, as: UTF8.self)
            #expect(!text.contains("\"_0\""))
            #expect(!text.contains("\"repair\"") && !text.contains("\"integrity\""))
        }
    }

    @Test func unknownFormatsAndKindsAreRefusedNotGuessed() {
        #expect(throws: StoreError.unreadable) { try EventBody.decode(Data([9, 1, 2]), with: JSONDecoder()) }
        #expect(throws: (any Error).self) {
            try EventBody.decode(
                Data([EventBody.pinnedJSON]) + Data(#"{"kind":"teleported"}"#.utf8), with: JSONDecoder())
        }
        #expect(throws: StoreError.unreadable) {
            try EventBody.decode(Data(#"{"repair":{"_0":[]}}"#.utf8), with: JSONDecoder())
        }
    }
}
