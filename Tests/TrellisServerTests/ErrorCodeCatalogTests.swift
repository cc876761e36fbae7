import Foundation
import Testing

/// The error codes openapi.yaml lists (`x-codes` of the Error schema) are exactly the ones the
/// server can answer with, read from its source: a code added to the server without a word in the
/// contract, or left in the contract after the server stopped using it, fails here. Every code a
/// description names is in the list too.
@Suite("Error codes: one list, the server's")
struct ErrorCodeCatalogTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The codes written in the core's refusals and the server's errors.
    static func emitted() throws -> Set<String> {
        var source = ""
        for folder in ["Sources/TrellisCore", "Sources/TrellisServer"] {
            let files = FileManager.default.enumerator(
                at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let file = files?.nextObject() as? URL {
                guard file.pathExtension == "swift" else { continue }
                source += try String(contentsOf: file, encoding: .utf8) + "\n"
            }
        }
        var codes = Set(matches(#"conflict\(\s*"([a-z0-9_]+)""#, in: source))
        codes.formUnion(
            matches(
                #"(?:Self|TrellisError)\(\s*(?:\.[a-zA-Z]+|HTTPResponse\.Status\([^)]*\)),\s*"([a-z0-9_]+)""#,
                in: source))
        codes.formUnion(matches(#"\.notFound\(\s*"([a-zA-Z_]+)""#, in: source).map { $0 + "_not_found" })
        if source.contains(".notYours(") { codes.insert("not_yours") }
        return codes
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    static func spec() throws -> String {
        try String(contentsOf: root.appendingPathComponent("openapi.yaml"), encoding: .utf8)
    }

    /// The `x-codes` list, one `- code` a line.
    static func listed(in spec: String) -> Set<String> {
        let lines = spec.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "x-codes:" }) else {
            return []
        }
        return Set(
            lines[(start + 1)...].prefix { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- ") }
                .map { String($0.trimmingCharacters(in: .whitespaces).dropFirst(2)) })
    }

    @Test func theContractListsExactlyTheCodesTheServerAnswersWith() throws {
        let emitted = try Self.emitted()
        let spec = try Self.spec()
        let listed = Self.listed(in: spec)
        #expect(emitted.count > 100, "the scan found \(emitted.count)")
        #expect(emitted.subtracting(listed).sorted() == [], "answered by the server, not in openapi.yaml")
        #expect(listed.subtracting(emitted).sorted() == [], "in openapi.yaml, never answered")
        let named = Set(Self.matches(#"`([a-z][a-z0-9]*(?:_[a-z0-9]+)+)`"#, in: spec))
            .filter { !$0.hasPrefix("invalid_") }
        #expect(named.subtracting(listed).sorted() == [], "a description names a code that is not in the list")
    }
}
