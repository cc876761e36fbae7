import Foundation

/// Emotional trust in one area and direction, as evidence over time: it grows only once the
/// logical switch is on, through consistency. Evidence from while the switch was off is kept
/// apart ("waiting for the switch") and starts to count only from the moment it comes on. Never
/// one number: weeks of evidence, and how steady they have been, in words.
public struct EmotionalTrust: Sendable, Equatable {
    /// Seven days from the switch's coming on (or from seven days after, and so on).
    public struct Week: Sendable, Equatable {
        public let start: Date
        public let counts: [Evidence.Kind: Int]
        public var total: Int { counts.values.reduce(0, +) }
    }

    /// At most this many weeks are drawn, the latest.
    public static let weeksShown = 12
    public static let week: TimeInterval = 7 * 86_400

    public let truster: MemberID
    public let area: AreaID
    /// When the truster's switch came on, while it is on.
    public let onSince: Date?
    /// Weeks since then, oldest first; the last one is the current, perhaps partial, week.
    public let weeks: [Week]
    /// Evidence recorded while the switch was off, by kind: kept, not counted yet.
    public let waiting: [Evidence.Kind: Int]

    /// Weeks in a row with evidence, up to the latest: the current week if it has some, or the
    /// last full week.
    public var steadyWeeks: Int { run { $0.total > 0 } }
    /// Full weeks in a row with none, up to the last full week, while the current one has none.
    public var quietWeeks: Int {
        guard let current = weeks.last, current.total == 0 else { return 0 }
        return Array(weeks.dropLast()).reversed().prefix { $0.total == 0 }.count
    }

    private func run(_ holds: (Week) -> Bool) -> Int {
        guard let current = weeks.last else { return 0 }
        let counted = holds(current) ? weeks : Array(weeks.dropLast())
        return counted.reversed().prefix(while: holds).count
    }
}

extension CoupleState {
    /// `truster`'s emotional trust in their partner in `area`, at `now`.
    public func emotionalTrust(of truster: MemberID, in area: AreaID, at now: Date) -> EmotionalTrust? {
        guard let doer = partner(of: truster)?.id else { return nil }
        let evidence = evidence(for: truster, from: doer, in: area)
        let trustSwitch = repair.trustSwitch(of: truster, in: area)
        let onSince = trustSwitch?.isOn == true ? trustSwitch?.history.last(where: \.on)?.at : nil
        guard let onSince else {
            return EmotionalTrust(
                truster: truster, area: area, onSince: nil, weeks: [], waiting: Self.count(evidence))
        }
        let elapsed = max(0, now.timeIntervalSince(onSince))
        let total = Int(elapsed / EmotionalTrust.week) + 1
        let first = max(0, total - EmotionalTrust.weeksShown)
        let weeks = (first..<total).map { index -> EmotionalTrust.Week in
            let start = onSince.addingTimeInterval(Double(index) * EmotionalTrust.week)
            let end = start.addingTimeInterval(EmotionalTrust.week)
            return .init(start: start, counts: Self.count(evidence.filter { $0.at >= start && $0.at < end }))
        }
        return EmotionalTrust(
            truster: truster, area: area, onSince: onSince, weeks: weeks,
            waiting: Self.count(evidence.filter { $0.at < onSince }))
    }

    private static func count(_ evidence: [Evidence]) -> [Evidence.Kind: Int] {
        evidence.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
    }
}
