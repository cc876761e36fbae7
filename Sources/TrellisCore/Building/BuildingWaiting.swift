import Foundation

/// Grants and expectations on the home page: what a partner's step asks of the member, and what
/// the member's own steps wait for.
extension CoupleState {
    func buildingForMe(_ viewer: MemberID) -> [Waiting.ForMe] {
        var items: [Waiting.ForMe] = grants.grants.filter { $0.grantee == viewer && $0.status == .offered }
            .map { .grant($0) }
        for expectation in expectations.expectations {
            if let pending = expectation.pending, pending.proposedBy != viewer { items.append(.words(expectation)) }
            if let withdrawn = expectation.withdrawnBy, withdrawn != viewer, !expectation.holds {
                items.append(.consentWithdrawn(expectation))
            }
            if let promiser = expectation.promiser, promiser != viewer {
                items += expectation.disclosures.newest { !$0.thanked }.map { .told(expectation, $0) }
            }
        }
        return items
    }

    func buildingFromPartner(_ viewer: MemberID) -> [Waiting.FromPartner] {
        grants.grants.filter { $0.granter == viewer && $0.status == .offered }.map { .grant($0) }
            + expectations.expectations.filter { $0.pending?.proposedBy == viewer }.map { .words($0) }
    }
}
