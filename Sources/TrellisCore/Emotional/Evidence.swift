import Foundation
import TrellisLanguage

/// One piece of evidence for emotional trust in an area and direction, with the moment it was
/// recorded: a safe behaviour the truster confirmed, a clear action done, a report the truster
/// acknowledged, or a miss reported honestly. Evidence is counted, never scored.
public struct Evidence: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case safeBehaviour, actionDone, acknowledged, honestMiss

        /// "2 safe behaviours confirmed", "1 miss reported honestly".
        public func words(_ count: Int) -> String {
            switch self {
            case .safeBehaviour: say("trust.evidence.safeBehaviour", count: count)
            case .actionDone: say("trust.evidence.actionDone", count: count)
            case .acknowledged: say("trust.evidence.acknowledged", count: count)
            case .honestMiss: say("trust.evidence.honestMiss", count: count)
            }
        }
    }

    public let kind: Kind
    public let at: Date
}

extension CoupleState {
    /// Everything that shows `doer` being safe for `truster` in `area`, oldest first. Built from
    /// shared records only, so both partners see the same.
    public func evidence(for truster: MemberID, from doer: MemberID, in area: AreaID) -> [Evidence] {
        var items: [Evidence] = safeBehaviours.behaviours
            .filter { $0.truster == truster && $0.doer == doer && $0.area == area }
            .flatMap(\.confirmed).compactMap { moment in
                moment.countsFrom.map { Evidence(kind: .safeBehaviour, at: $0) }
            }
        for action in repair.actions where action.asker == truster && action.doer == doer && action.area == area {
            for occurrence in action.occurrences.values {
                if let at = occurrence.reportedAt {
                    items.append(Evidence(kind: occurrence.outcome == .missed ? .honestMiss : .actionDone, at: at))
                }
                if let acknowledged = occurrence.acknowledged {
                    items.append(Evidence(kind: .acknowledged, at: acknowledged.at))
                }
            }
        }
        return items.sorted { $0.at < $1.at }
    }
}
