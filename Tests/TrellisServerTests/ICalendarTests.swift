import Foundation
import Testing

@testable import TrellisServer

@Suite("Calendar text")
struct ICalendarTests {
    @Test func aMarkJoinedToALineBreakOrASeparatorDoesNotHideItFromEscaping() {
        let escaped = ICalendar.escape("a\n\u{301}X-INJECTED:1;\u{301}b,\u{301}c\\\u{301}d\r\ne")
        #expect(escaped == "a\\n\u{301}X-INJECTED:1\\;\u{301}b\\,\u{301}c\\\\\u{301}d\\ne")
        #expect(!escaped.unicodeScalars.contains { $0 == "\n" || $0 == "\r" })
    }

    @Test func aLongLineFoldsWithinSeventyFiveOctetsEvenInsideOneLetterWithManyMarks() {
        let line = "SUMMARY:" + "e" + String(repeating: "\u{301}", count: 100) + " and more"
        // Scalar by scalar: a space followed by a mark is one Swift character.
        var physical = [String.UnicodeScalarView()]
        var unfolded = String.UnicodeScalarView()
        var rest = ICalendar.fold(line).unicodeScalars[...]
        while let scalar = rest.popFirst() {
            if scalar == "\r", rest.starts(with: ["\n", " "]) {
                rest.removeFirst(2)  // unfolding drops the break and the space after it
                physical.append(String.UnicodeScalarView([" "]))
            } else {
                unfolded.append(scalar)
                physical[physical.count - 1].append(scalar)
            }
        }
        #expect(physical.count > 1 && physical.allSatisfy { String($0).utf8.count <= 75 })
        #expect(unfolded.elementsEqual(line.unicodeScalars))
    }
}
