import Foundation
import Testing
import TrellisCore

/// Finding a clinician: ranked by fit with the reasons said, filtered by setting and language,
/// in the same order every time, and only those who chose to be listed.
@Suite("Finding a clinician")
struct ClinicianSearchTests {
    static func profile(
        _ name: String, _ approaches: Set<Approach>, online: Bool = true, place: String? = nil,
        languages: [String] = ["English"], listed: Bool = true
    ) -> ClinicianProfile {
        ClinicianProfile(
            name: name, approaches: approaches, online: online, place: place, languages: languages,
            about: "I work with couples.", listed: listed)
    }

    static let directory: [(id: String, profile: ClinicianProfile)] = [
        ("ana", profile("Ana", [.affairRecovery, .emotionallyFocused], online: false, place: "Leeds")),
        ("ben", profile("Ben", [.gottman], languages: ["English", "Español"])),
        ("cat", profile("Cat", [.emotionallyFocused], place: "York")),
        ("dan", profile("Dan", [.affairRecovery, .emotionallyFocused, .discernment], listed: false)),
        ("eve", profile("Eve", [.addictionInformed])),
    ]

    @Test func anAffairRanksThoseWhoseWorkFitsFirstAndSaysWhy() {
        let found = ClinicianSearch(situation: .affair).rank(Self.directory)
        #expect(found.map(\.id) == ["ana", "cat"], "Dan is not listed; Ben and Eve do not fit an affair")
        #expect(found[0].reasons.count == 2)
        #expect(found[0].reasons[0].hasPrefix("Affair recovery: "))
        #expect(
            found[1].reasons == ["Emotionally focused couples therapy: " + ClinicianGuide.fits(for: .affair)[1].why])
    }

    @Test func anApproachAskedForCountsMostAndTiesGoByName() {
        let found = ClinicianSearch(situation: .conflictCycles, approach: .gottman).rank(Self.directory)
        #expect(found.map(\.id) == ["ben", "ana", "cat"])
        #expect(found[0].reasons.first == "Gottman method: the approach you asked for")
    }

    @Test func settingAndLanguageFilterAndAreSaid() {
        #expect(ClinicianSearch(setting: .online).rank(Self.directory).map(\.id) == ["ben", "cat", "eve"])
        let leeds = ClinicianSearch(setting: .inPerson(place: "leeds")).rank(Self.directory)
        #expect(leeds.map(\.id) == ["ana"])
        #expect(leeds[0].reasons == ["Sees people in Leeds"])
        #expect(ClinicianSearch(setting: .inPerson(place: nil)).rank(Self.directory).map(\.id) == ["ana", "cat"])
        let spanish = ClinicianSearch(language: "espanol").rank(Self.directory)
        #expect(spanish.map(\.id) == ["ben"])
        #expect(spanish[0].reasons == ["Works in Español"])
        #expect(ClinicianSearch(situation: .relapse, language: "Deutsch").rank(Self.directory).isEmpty)
    }

    @Test func everySituationHasAGuideInOurWords() {
        for situation in Situation.allCases {
            let fits = ClinicianGuide.fits(for: situation)
            #expect(fits.count >= 2)
            #expect(Set(fits.map(\.approach)).count == fits.count)
            #expect(fits.allSatisfy { !$0.why.isEmpty })
        }
    }

    @Test func aProfileIsCheckedBeforeItIsKept() throws {
        let good = Self.profile("  Dr Ana Rivera ", [.gottman], online: false, place: " Leeds ")
        let checked = try good.validated()
        #expect(checked.name == "Dr Ana Rivera" && checked.place == "Leeds")
        var bad = good
        bad.approaches = []
        #expect(throws: StepRefusal.invalid("approaches", "Choose at least one way you work.")) { try bad.validated() }
        bad = good
        bad.place = "  "
        #expect((try? bad.validated()) == nil, "in person only, with no place")
        bad = good
        bad.languages = []
        #expect((try? bad.validated()) == nil)
        bad = good
        bad.name = "Ana\u{202E}"
        #expect((try? bad.validated()) == nil)
    }
}
