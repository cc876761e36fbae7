import Foundation
import Testing
import TrellisLanguage

@testable import TrellisServer

/// The readable export says every event kind and field in the reader's language: a code without
/// its own words would be spelled out in English. Every pinned body is read for its codes.
@Suite("The export's words")
struct ExportWordsTests {
    @Test func everyKindAndFieldOfEveryPinnedEventHasWordsInTheCatalog() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TrellisStoreTests/Fixtures/pinned-bodies.jsonl")
        var codes: Set<String> = []
        for line in try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n") {
            let body = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            codes.insert(try #require(body["kind"] as? String))
            // Ids are left out of the export (the JSON file keeps them).
            codes.formUnion(body.keys.filter { $0 != "kind" && !$0.lowercased().hasSuffix("id") })
        }
        #expect(codes.count > 100)
        // In the pseudo-language our words are wrapped; a code spelled out from its name is not.
        let unsaid = Say.$language.withValue(.pseudo) { codes.filter { !ExportFields.words($0).hasPrefix("⟦") } }
        #expect(unsaid.sorted() == [])
    }
}
