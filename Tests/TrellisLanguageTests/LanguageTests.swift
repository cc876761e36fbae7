import Foundation
import Testing

@testable import TrellisLanguage

@Suite struct LanguageTests {
    @Test func theBrowsersLanguageIsTheBestOneWeSpeak() {
        #expect(Language.preferred(byHeader: "de-CH,de;q=0.9,en;q=0.8") == .german)
        #expect(Language.preferred(byHeader: "fr-FR,fr;q=0.9,es;q=0.5,en;q=0.4") == .spanish)
        #expect(Language.preferred(byHeader: "en;q=0.5, es;q=0.7") == .spanish)
        #expect(Language.preferred(byHeader: "es, de") == .spanish)
        #expect(Language.preferred(byHeader: "fr, ja") == nil)
        #expect(Language.preferred(byHeader: "de;q=0") == nil)
        #expect(Language.preferred(byHeader: "") == nil)
        // The pseudo-language is for tests only: a browser cannot ask for it.
        #expect(Language.preferred(byHeader: "qps") == nil)
    }

    @Test func pluralFormsFollowEachLanguagesRules() {
        #expect([0, 1, 2, 21].map(PluralRule.english.category) == [.other, .one, .other, .other])
        #expect(
            [1, 2, 1_000_000, 2_000_000, 1_000_001].map(PluralRule.spanish.category) == [
                .one, .other, .many, .many, .other,
            ])
        #expect(
            [1, 2, 4, 5, 12, 14, 22, 25, 112].map(PluralRule.polish.category) == [
                .one, .few, .few, .many, .many, .many, .few, .many, .many,
            ])
    }

    @Test func aCountedSentenceTakesItsLanguagesForm() {
        let polish = Catalog(.english, "days[one] = {count} dzień\ndays[few] = {count} dni\ndays[many] = {count} dni")
        #expect(polish.sentence("days", count: 1) == "{count} dzień")
        let catalog = Catalog(.spanish, "items[one] = uno\nitems[many] = de millones\nitems[other] = {count}")
        #expect(catalog.sentence("items", count: 1) == "uno")
        #expect(catalog.sentence("items", count: 3_000_000) == "de millones")
        #expect(catalog.sentence("items", count: 7) == "{count}")
        #expect(catalog.sentence("absent", count: nil) == nil)
    }

    @Test func aPersonsWordsThatLookLikeAnArgumentStayAsWritten() {
        #expect(Say.fill("{who} wrote: {words}", ["words": "hi {who}", "who": "Sam"]) == "Sam wrote: hi {who}")
        #expect(Say.fill("{who} and {link}", ["who": "{link}"]) == "{link} and {link}")
    }

    @Test func argumentsAreNamedSoATranslationCanReorderThem() {
        #expect(Catalog.argumentNames(in: "Es ist {time} bei {name} ({place})") == ["time", "name", "place"])
        #expect(Catalog.argumentNames(in: "no arguments") == [])
    }

    /// CLDR's own forms, as Foundation gives them: we write no date pattern of our own.
    @Test func datesAndNumbersAreSaidAsTheReaderSaysThem() {
        let said = Language.offered.map { language in
            Say.$language.withValue(language) {
                [
                    Say.day(year: 2026, month: 11, day: 24, .short), Say.day(year: 2026, month: 11, day: 24, .withYear),
                    Say.time(hour: 23, minute: 5), Say.number(1000), Say.list(["a", "b", "c"]),
                ]
            }
        }
        #expect(said[0] == ["Tue 24 Nov", "Tue, 24 Nov 2026", "23:05", "1,000", "a, b and c"])
        #expect(said[1] == ["Di. 24. Nov.", "Di. 24. Nov. 2026", "23:05", "1.000", "a, b und c"])
        #expect(said[2] == ["mar, 24 nov", "mar, 24 nov 2026", "23:05", "1000", "a, b y c"])
    }

    @Test func theWeekStartsWhereTheReadersLocaleSays() {
        #expect(Say.$language.withValue(.german) { Say.firstWeekday } == 1)
        #expect(Say.firstWeekday(in: Locale(identifier: "en_US")) == 7)
        #expect(
            Say.$language.withValue(.spanish) { (1...7).map(Say.weekdayLetter) } == ["L", "M", "X", "J", "V", "S", "D"])
    }

    @Test func thePseudoLanguageWrapsAndLengthensEverySentence() {
        let sentence = "Let Sam see my local time"
        let pseudo = Say.pseudo(sentence)
        #expect(pseudo.hasPrefix("⟦\(sentence) ") && pseudo.hasSuffix("⟧"))
        #expect(pseudo.count >= sentence.count * 4 / 3)
        #expect(!pseudo.split(separator: " ").contains { $0.count > 9 })
    }
}
