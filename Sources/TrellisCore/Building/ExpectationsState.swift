import Foundation

/// Every expectation and disclosure promise of the couple (they are never private).
public struct ExpectationsState: Sendable, Equatable, Codable {
    public static let maximumPerArea = 20
    public static let maximumWords = 500

    public internal(set) var expectations: [Expectation] = []

    public init() {}

    public func expectation(_ id: ExpectationID) -> Expectation? { expectations.first { $0.id == id } }

    mutating func apply(_ event: ExpectationEvent, by author: MemberID, at time: Date, members: [MemberID]) {
        switch event {
        case .proposed(let id, let area, let words, let promise, let reviewOn):
            expectations.append(
                Expectation(
                    id: id, area: area, promiser: promise ? author : nil,
                    versions: [.init(number: 1, words: words, proposedBy: author, reviewOn: reviewOn)], inForce: nil,
                    proposed: 1, withdrawnBy: nil, consent: [author: 1]))
        case .reworded(let id, let version, let words, let reviewOn):
            update(id) {
                $0.versions.append(.init(number: version, words: words, proposedBy: author, reviewOn: reviewOn))
                $0.proposed = version
                $0.consent[author] = version
            }
        case .agreed(let id, let version):
            update(id) { expectation in
                expectation.consent[author] = version
                if members.allSatisfy({ expectation.consent[$0] == version }) {
                    expectation.inForce = version
                    expectation.proposed = nil
                    expectation.withdrawnBy = nil
                }
            }
        case .declined(let id, let version):
            update(id) { if $0.proposed == version { $0.proposed = nil } }
        case .consentWithdrawn(let id):
            update(id) {
                $0.inForce = nil
                $0.withdrawnBy = author
                $0.consent[author] = nil
            }
        case .disclosed(let id, let disclosure, let text):
            update(id) { $0.disclosures.append(.init(id: disclosure, text: text, at: time, thanked: false)) }
        case .thanked(let id, let disclosure):
            update(id) { expectation in
                if let index = expectation.disclosures.firstIndex(where: { $0.id == disclosure }) {
                    expectation.disclosures[index].thanked = true
                }
            }
        }
    }

    private mutating func update(_ id: ExpectationID, _ change: (inout Expectation) -> Void) {
        guard let index = expectations.firstIndex(where: { $0.id == id }) else { return }
        change(&expectations[index])
    }
}
