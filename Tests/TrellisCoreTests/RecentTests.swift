import PropertyBased
import Testing
import TrellisCore

/// A bounded list and its cursor: every element a filter keeps is reached exactly once, newest
/// first, a limit at a time, and no page holds more than its limit.
@Suite("Bounded lists")
struct RecentTests {
    @Test func pagingBackReachesEveryKeptElementOnceNewestFirst() async throws {
        try await propertyCheck(
            count: 200, input: Gen.int(in: 0...99).array(of: 0...120), Gen.int(in: 1...12), Gen.int(in: 1...4)
        ) { values, limit, modulus in
            let keep = { (value: Int) in value % modulus == 0 }
            var seen: [Int] = []
            var cursor: ListCursor? = nil
            var pages = 0
            repeat {
                let page = values.recent(limit, list: "values", before: cursor, where: keep)
                #expect(page.items.count <= limit)
                #expect(page.earlier == nil || page.items.count == limit)
                seen += page.items
                cursor = page.earlier
                pages += 1
            } while cursor != nil && pages <= values.count + 1
            #expect(seen == values.filter(keep).reversed())
        }
    }

    @Test func aCursorNamesItsListAndReadsBackFromText() {
        let values = Array(0..<10)
        let first = values.recent(3, list: "values")
        #expect(first.items == [9, 8, 7])
        let cursor = try? #require(first.earlier)
        #expect(cursor?.description == "values.7")
        #expect(ListCursor("values.7") == cursor)
        // Another list's cursor leaves this one at its newest.
        #expect(values.recent(3, list: "values", before: ListCursor(list: "other", position: 2)).items == [9, 8, 7])
        #expect(
            ListCursor("moments-6f1c0e52-1f0b-4c43-9c55-0d2e7e1b9a10.3")?.list
                == "moments-6f1c0e52-1f0b-4c43-9c55-0d2e7e1b9a10")
        for text in [
            "", "values", ".7", "values.-1", "values.x", "values.", "0.5", "values.1234567890", "va lues.1", "válues.1",
        ] {
            #expect(ListCursor(text) == nil, "\(text)")
        }
    }
}
