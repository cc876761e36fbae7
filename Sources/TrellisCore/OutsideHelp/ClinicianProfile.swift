import TrellisLanguage

/// What a clinician tells couples about themselves, and whether this installation's directory
/// shows it. Checked before it is kept, so the directory shows only tidy text.
public struct ClinicianProfile: Sendable, Equatable, Codable {
    /// The name couples know them by, such as "Dr Ana Rivera".
    public var name: String
    public var approaches: Set<Approach>
    public var online: Bool
    /// Where they see people in person ("Leeds", "Lyon 3e"); nil when online only.
    public var place: String?
    /// Languages they work in, as they write them ("English", "Español").
    public var languages: [String]
    /// A few sentences in their own words.
    public var about: String
    public var listed: Bool

    public init(
        name: String, approaches: Set<Approach>, online: Bool, place: String?, languages: [String], about: String,
        listed: Bool
    ) {
        self.name = name
        self.approaches = approaches
        self.online = online
        self.place = place
        self.languages = languages
        self.about = about
        self.listed = listed
    }

    /// The profile trimmed and checked, or the first field that is wrong and why.
    public func validated() throws(StepRefusal) -> ClinicianProfile {
        func line(_ raw: String, _ field: String, _ what: String, limit: Int) throws(StepRefusal) -> String {
            switch PlainText.checkLine(raw, limit: limit) {
            case .success(let text): return text
            case .failure(let problem): throw .invalid(field, problem.sentence(what))
            }
        }
        var checked = self
        checked.name = try line(name, "name", say("reach.profile.nameLabel"), limit: 100)
        guard !approaches.isEmpty else { throw .invalid("approaches", say("reach.profile.chooseApproach")) }
        checked.place = try place.flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 }
            .map { raw throws(StepRefusal) in try line(raw, "place", say("reach.profile.placeLabel"), limit: 100) }
        guard online || checked.place != nil else {
            throw .invalid("place", say("reach.profile.placeOrOnline"))
        }
        guard (1...6).contains(languages.count) else { throw .invalid("languages", say("reach.profile.languageCount")) }
        checked.languages = []
        for language in languages {
            checked.languages.append(try line(language, "languages", say("reach.profile.languageLabel"), limit: 40))
        }
        switch PlainText.check(about, limit: 1000) {
        case .success(let text): checked.about = text
        case .failure(let problem): throw .invalid("about", problem.sentence(say("reach.profile.aboutLabel")))
        }
        return checked
    }
}
