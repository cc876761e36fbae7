import Foundation
import TrellisLanguage

/// A search of the directory and its ranking by fit, saying why each clinician matches. The same
/// search always gives the same order (fit, then name): nobody can pay to come first, and nothing
/// about the search is kept.
public struct ClinicianSearch: Sendable, Equatable {
    public enum Setting: Sendable, Equatable {
        case online
        /// In person: somewhere that contains `place`, or anywhere when it is nil.
        case inPerson(place: String?)
    }

    public var situation: Situation?
    public var approach: Approach?
    public var setting: Setting?
    public var language: String?

    public init(
        situation: Situation? = nil, approach: Approach? = nil, setting: Setting? = nil, language: String? = nil
    ) {
        self.situation = situation
        self.approach = approach
        self.setting = setting
        self.language = language
    }

    public struct Match<ID: Sendable>: Sendable {
        public let id: ID
        public let profile: ClinicianProfile
        /// Why this clinician fits, most telling first.
        public let reasons: [String]
        let score: Int
    }

    /// Listed clinicians who meet the setting and language asked for, best fit first; when a
    /// situation or an approach is asked for, only those who fit it.
    public func rank<ID: Sendable>(_ clinicians: [(id: ID, profile: ClinicianProfile)]) -> [Match<ID>] {
        clinicians.compactMap { id, profile in match(id, profile) }
            .sorted { ($0.score, $1.profile.name) > ($1.score, $0.profile.name) }
    }

    private func match<ID: Sendable>(_ id: ID, _ profile: ClinicianProfile) -> Match<ID>? {
        guard profile.listed else { return nil }
        var reasons: [String] = []
        var score = 0
        if let approach, profile.approaches.contains(approach) {
            reasons.append(say("reach.search.askedApproach", ["approach": approach.title]))
            score += 3
        }
        if let situation {
            for fit in ClinicianGuide.fits(for: situation) where profile.approaches.contains(fit.approach) {
                reasons.append(say("reach.search.fits", ["approach": fit.approach.title, "why": fit.why]))
                score += 2
            }
        }
        guard score > 0 || (situation == nil && approach == nil) else { return nil }
        switch setting {
        case .online?:
            guard profile.online else { return nil }
            reasons.append(say("reach.search.online"))
        case .inPerson(let place)?:
            guard let theirs = profile.place, place.map({ Self.same(theirs, contains: $0) }) ?? true else {
                return nil
            }
            reasons.append(say("reach.search.inPerson", ["place": theirs]))
        case nil: break
        }
        if let language {
            guard let theirs = profile.languages.first(where: { Self.same($0, contains: language) }) else { return nil }
            reasons.append(say("reach.search.worksIn", ["language": theirs]))
        }
        return Match(id: id, profile: profile, reasons: reasons, score: score)
    }

    /// Case and accents aside ("espanol" finds "Español").
    static func same(_ text: String, contains part: String) -> Bool {
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        let wanted = part.trimmingWhitespace()
        return !wanted.isEmpty && text.range(of: wanted, options: options) != nil
    }
}
