import Foundation
import Testing

@testable import TrellisLanguage

/// Every sentence a person can read is in every language, takes the same arguments there, and is
/// asked for somewhere: a key in no code is a translation nobody will ever see.
@Suite struct CatalogCompletenessTests {
    static let translations: [Catalog] = [.german, .spanish]

    /// A counted sentence's key without its category: `days[one]` is `days`.
    static func base(_ key: String) -> String { String(key.prefix { $0 != "[" }) }

    @Test(arguments: translations) func everyKeyIsInEveryLanguage(_ catalog: Catalog) {
        let english = Set(Catalog.english.sentences.keys.map(Self.base))
        let translated = Set(catalog.sentences.keys.map(Self.base))
        #expect(english.subtracting(translated).sorted() == [], "missing in \(catalog.language)")
        #expect(translated.subtracting(english).sorted() == [], "only in \(catalog.language)")
    }

    @Test(arguments: [Catalog.english] + translations) func countedSentencesGiveEveryForm(_ catalog: Catalog) {
        let counted = Set(Catalog.english.sentences.keys.filter { $0.contains("[") }.map(Self.base))
        for key in counted.sorted() {
            for category in catalog.language.plurals.categories {
                #expect(
                    catalog.sentences["\(key)[\(category.rawValue)]"] != nil,
                    "\(catalog.language) lacks \(key)[\(category.rawValue)]")
            }
        }
    }

    @Test(arguments: translations) func everyArgumentIsInEveryTranslation(_ catalog: Catalog) {
        let english = Dictionary(grouping: Catalog.english.sentences) { Self.base($0.key) }
        let translated = Dictionary(grouping: catalog.sentences) { Self.base($0.key) }
        for (key, forms) in english {
            let named = forms.map { Catalog.argumentNames(in: $0.value) }
            // A counted form may leave out {count} ("one day" for "1 day"); nothing else.
            let counted = forms.count > 1 || forms[0].key.contains("[")
            let allowed = named.reduce(into: Set(counted ? ["count"] : [])) { $0.formUnion($1) }
            let required = allowed.subtracting(["count"])
            for (form, sentence) in translated[key] ?? [] {
                let given = Catalog.argumentNames(in: sentence)
                #expect(
                    required.isSubset(of: given) && given.isSubset(of: allowed),
                    "\(catalog.language) \(form): \(sentence)")
            }
        }
    }

    @Test func everyKeyIsUsedAndEveryUseHasAKey() throws {
        let used = try Self.keysUsedInSources()
        let english = Set(Catalog.english.sentences.keys.map(Self.base))
        #expect(used.subtracting(english).sorted() == [], "asked for but not in the catalog")
        #expect(english.subtracting(used).sorted() == [], "in the catalog but never asked for")
    }

    /// The keys the code asks for: every key is a literal at the place it is said, so a reader
    /// (and this test) can find it.
    static func keysUsedInSources() throws -> Set<String> {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let pattern = try Regex(#"(?:say|Say\.text|Say\.forms|\.say)\(\s*"([A-Za-z0-9_.]+)""#)
        var keys: Set<String> = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift", !file.path.contains("/Catalogs/") else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let key = match.output[1].substring { keys.insert(String(key)) }
            }
        }
        return keys
    }
}

extension Catalog: CustomTestStringConvertible {
    public var testDescription: String { language.rawValue }
}
