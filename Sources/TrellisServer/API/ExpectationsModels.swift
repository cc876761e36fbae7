import Foundation
import TrellisCore
import TrellisStore

/// The JSON shapes of expectations, as documented in openapi.yaml. Who did what is said from the
/// caller's side ("byMe"), as everywhere else.
struct ExpectationsBody: Encodable, Equatable {
    let seq: Int64
    let expectations: [ExpectationBody]

    init(_ state: CoupleState, for account: Account, earlier: ListCursor? = nil) {
        seq = state.seq
        expectations = state.expectations.expectations.map {
            ExpectationBody($0, viewer: account.id, earlier: earlier)
        }
    }
}

struct ExpectationBody: Encodable, Equatable {
    struct VersionBody: Encodable, Equatable {
        let version: Int
        let words: String
        let reviewOn: String?
        let proposedByMe: Bool

        init(_ version: Expectation.Version, viewer: MemberID) {
            self.version = version.number
            words = version.words
            reviewOn = version.reviewOn?.description
            proposedByMe = version.proposedBy == viewer
        }

        private enum CodingKeys: String, CodingKey { case version, words, reviewOn, proposedByMe }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(version, forKey: .version)
            try c.encode(words, forKey: .words)
            try c.encode(reviewOn, forKey: .reviewOn)
            try c.encode(proposedByMe, forKey: .proposedByMe)
        }
    }

    struct DisclosureBody: Encodable, Equatable {
        let id: String
        let text: String
        let at: Date
        let thanked: Bool
    }

    let id: String
    let areaId: String
    /// "agreement" for what both hold to; "promise" for a promise to tell.
    let kind: String
    let promisedByMe: Bool
    let holds: Bool
    let current: VersionBody?
    let proposal: VersionBody?
    let withdrawnByMe: Bool
    let disclosures: [DisclosureBody]
    /// Pass as `earlier` for what was told before these; null at the oldest.
    let disclosuresEarlier: String?

    init(_ expectation: Expectation, viewer: MemberID, earlier: ListCursor? = nil) {
        id = expectation.id.description
        areaId = expectation.area.description
        kind = expectation.promiser == nil ? "agreement" : "promise"
        promisedByMe = expectation.promiser == viewer
        holds = expectation.holds
        current = expectation.current.map { VersionBody($0, viewer: viewer) }
        proposal = expectation.pending.map { VersionBody($0, viewer: viewer) }
        withdrawnByMe = expectation.withdrawnBy == viewer
        // The newest ones, oldest first among them, as the list always was.
        let recent = expectation.recentDisclosures(before: earlier)
        disclosuresEarlier = recent.earlier?.description
        disclosures = recent.items.reversed().map {
            DisclosureBody(id: $0.id.uuidString.lowercased(), text: $0.text, at: $0.at, thanked: $0.thanked)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id, areaId, kind, promisedByMe, holds, current, proposal, withdrawnByMe, disclosures, disclosuresEarlier
    }

    /// `current` and `proposal` are always present: null means none.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(areaId, forKey: .areaId)
        try c.encode(kind, forKey: .kind)
        try c.encode(promisedByMe, forKey: .promisedByMe)
        try c.encode(holds, forKey: .holds)
        try c.encode(current, forKey: .current)
        try c.encode(proposal, forKey: .proposal)
        try c.encode(withdrawnByMe, forKey: .withdrawnByMe)
        try c.encode(disclosures, forKey: .disclosures)
        try c.encode(disclosuresEarlier, forKey: .disclosuresEarlier)
    }
}
