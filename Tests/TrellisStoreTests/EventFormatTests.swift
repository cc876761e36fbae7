import Crypto
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
            // Written unpadded (format 1) before padding: read forever.
            #expect(try EventBody.decode(Data([EventBody.pinnedJSON]) + line, with: JSONDecoder()) == payload)
            // Written now (format 2): the same JSON, its length first, padded.
            let body = try EventBody.encode(payload)
            #expect(body.first == EventBody.paddedJSON)
            #expect(try EventBody.json(ofPadded: body) == line, "the stored form of \(payload.kind) changed")
            #expect(try EventBody.decode(body, with: JSONDecoder()) == payload)
            #expect(body.dropFirst(5 + line.count).allSatisfy { $0 == 0 })
        }
    }

    /// Whoever holds the database cannot tell a private entry's kind by its size: every private
    /// kind of the fixtures (an urge, a check-in, a journal day, a noticing, a fear...) is sealed
    /// at the same size, and every body at one of a few.
    @Test func sealedBodiesOfEveryPrivateKindHaveTheSameSize() throws {
        let sizes = try GoldenEvents.payloads.map { try EventBody.encode($0).count }
        #expect(Set(sizes).isSubset(of: Set(EventBody.sizes)))
        let privateKinds = GoldenEvents.payloads.filter { GoldenEvents.privateKinds.contains($0.kind) }
        try #require(privateKinds.count >= 6)
        #expect(Set(try privateKinds.map { try EventBody.encode($0).count }) == [256])
        let key = SymmetricKey(size: .bits256)
        let sealed = try privateKinds.map { try Sealer.seal(try EventBody.encode($0), with: key, context: "x").count }
        #expect(Set(sealed).count == 1, "\(Set(sealed))")
        // A long journal day is sealed at one of the sizes too, not at its own length.
        #expect(EventBody.paddedSize(1_900) == 4096 && EventBody.paddedSize(40_000) == 49_152)
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
