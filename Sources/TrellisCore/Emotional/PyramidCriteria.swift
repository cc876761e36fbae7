import Foundation

/// The pyramid's criteria, in one place, as pure functions over the couple's shared record.
/// Thresholds are named here; why each is what it is sits beside it.
public enum PyramidCriteria {
    /// Honesty: at least this many reports on the truster's actions, made by the partner, misses
    /// counting as much as done (an honest miss is honesty).
    public static let honestReports = 3
    /// ...and no question of the truster's left unanswered longer than this.
    public static let answerWithin: TimeInterval = 7 * 86_400
    /// Safety: actions done in at least this many different weeks (consistency, not a burst)...
    public static let safetyWeeks = 3
    /// ...and at least this many of those reports acknowledged by the truster.
    public static let safetyAcknowledged = 2
    /// Trust: evidence in each area with a hurt, steady for this many weeks since its switch came on.
    public static let trustSteadyWeeks = 2
    /// Intimacy: trust steady this long in every area whose switch is on, both ways.
    public static let intimacySteadyWeeks = 6

    static func honesty(_ state: CoupleState, _ truster: MemberID, _ doer: MemberID, now: Date) -> Pyramid.Check {
        let asked = state.repair.actions.filter { $0.asker == truster && $0.doer == doer }
        let reports = asked.flatMap { $0.occurrences.values.filter { $0.reportedAt != nil } }
        let misses = reports.filter { $0.outcome == .missed }.count
        let late = state.repair.questions.filter {
            $0.asker == truster && $0.answer == nil && now.timeIntervalSince($0.askedAt) > answerWithin
        }
        let answered = state.repair.questions.filter { $0.asker == truster && $0.answer != nil }.count
        var evidence = [
            "\(PlainText.count(reports.count, "report")) made on what was asked, \(misses) of them honest misses."
        ]
        if answered > 0 { evidence.append("\(PlainText.count(answered, "question")) answered.") }
        if !late.isEmpty {
            evidence.append("\(PlainText.count(late.count, "question")) waiting more than a week for an answer.")
        }
        let met = reports.count >= honestReports && late.isEmpty
        let needs =
            met
            ? nil
            : reports.count < honestReports
                ? "At least \(honestReports) reports on the clear actions asked, misses included."
                : "An answer to each question that has waited more than a week."
        return .init(level: .honesty, met: met, evidence: evidence, needs: needs, holdingBack: [])
    }

    static func safety(_ state: CoupleState, _ truster: MemberID, _ doer: MemberID) -> Pyramid.Check {
        let occurrences = state.repair.actions.filter { $0.asker == truster && $0.doer == doer }
            .flatMap { action in action.occurrences.map { (day: $0.key, occurrence: $0.value) } }
        let done = occurrences.filter { $0.occurrence.outcome == .done }
        let weeks = Set(done.map { $0.day.daysSinceEpoch / 7 }).count
        let acknowledged = done.filter { $0.occurrence.acknowledged != nil }.count
        let met = weeks >= safetyWeeks && acknowledged >= safetyAcknowledged
        return .init(
            level: .safety, met: met,
            evidence: ["Clear actions done in \(PlainText.count(weeks, "week")), \(acknowledged) acknowledged."],
            needs: met
                ? nil
                : "Clear actions done in at least \(safetyWeeks) different weeks, and at least "
                    + "\(safetyAcknowledged) of them acknowledged.",
            holdingBack: [])
    }

    static func trust(_ state: CoupleState, _ truster: MemberID, now: Date) -> Pyramid.Check {
        let hurtAreas = Set(state.repair.hurts.filter { $0.author == truster && $0.visibility == .shared }.map(\.area))
        let onAreas = state.activeAreas.map(\.id).filter { state.repair.trustSwitch(of: truster, in: $0)?.isOn == true }
        // With no shared hurt, the areas are those where the truster has set a switch at all:
        // trust needs at least one, each on, with evidence steady.
        let set = state.activeAreas.map(\.id).filter { state.repair.trustSwitch(of: truster, in: $0) != nil }
        let areas = hurtAreas.isEmpty ? set : state.activeAreas.map(\.id).filter(hurtAreas.contains)
        let off = areas.filter { state.repair.trustSwitch(of: truster, in: $0)?.isOn != true }
        let unsteady = areas.filter { area in
            (state.emotionalTrust(of: truster, in: area, at: now)?.steadyWeeks ?? 0) < trustSteadyWeeks
        }
        let name = { (area: AreaID) in state.area(area)?.name ?? "an area" }
        var evidence = ["Switch on in \(PlainText.count(onAreas.count, "area"))."]
        if !areas.isEmpty, unsteady.isEmpty {
            evidence.append(
                "Evidence steady for \(trustSteadyWeeks) weeks or more in \(areas.map(name).joined(separator: ", ")).")
        }
        let met = !areas.isEmpty && off.isEmpty && unsteady.isEmpty
        let needs: String? =
            met
            ? nil
            : areas.isEmpty
                ? "A switch on in an area, with evidence steady for \(trustSteadyWeeks) weeks."
                : !off.isEmpty
                    ? "The switch on in \(off.map(name).joined(separator: ", ")), when it feels right."
                    : "Evidence steady for \(trustSteadyWeeks) weeks in \(unsteady.map(name).joined(separator: ", "))."
        return .init(level: .trust, met: met, evidence: evidence, needs: needs, holdingBack: off)
    }

    static func vulnerability(_ state: CoupleState, _ truster: MemberID) -> Pyramid.Check {
        let fears = state.fears.fears.filter { $0.author == truster && $0.visibility == .shared }.count
        let honoured = state.grants.grants.filter { $0.granter == truster && $0.honoured == true }.count
        let windows = state.windows.windows.filter(\.wasHeld).count
        let met = fears > 0 && honoured > 0 && windows > 0
        var missing: [String] = []
        if fears == 0 { missing.append("a core fear shared") }
        if honoured == 0 { missing.append("a grant of trust given and honoured") }
        if windows == 0 { missing.append("a Transparency Window held") }
        return .init(
            level: .vulnerability, met: met,
            evidence: [
                "\(PlainText.count(fears, "fear")) shared, \(PlainText.count(honoured, "grant")) honoured, \(PlainText.count(windows, "window")) held."
            ],
            needs: met ? nil : sentence(missing),
            holdingBack: [])
    }

    /// "A, b and c." from ["a", "b", "c"].
    static func sentence(_ parts: [String]) -> String {
        let joined = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts.joined()
        return joined.prefix(1).uppercased() + joined.dropFirst() + "."
    }
}

extension CoupleState {
    /// The pyramid for `truster`'s direction, at `now`. Intimacy asks for the levels below in
    /// both directions, and trust steady for `intimacySteadyWeeks` in every area whose switch is on.
    public func pyramid(for truster: MemberID, at now: Date) -> Pyramid? {
        guard let doer = partner(of: truster)?.id else { return nil }
        func own(_ t: MemberID, _ d: MemberID) -> [Pyramid.Check] {
            [
                PyramidCriteria.honesty(self, t, d, now: now), PyramidCriteria.safety(self, t, d),
                PyramidCriteria.trust(self, t, now: now), PyramidCriteria.vulnerability(self, t),
            ]
        }
        let mine = own(truster, doer)
        let theirs = own(doer, truster)
        let steady = [truster, doer].allSatisfy { member in
            activeAreas.filter { repair.trustSwitch(of: member, in: $0.id)?.isOn == true }.allSatisfy {
                (emotionalTrust(of: member, in: $0.id, at: now)?.steadyWeeks ?? 0)
                    >= PyramidCriteria.intimacySteadyWeeks
            }
        }
        let both = theirs.allSatisfy(\.met) && mine.allSatisfy(\.met)
        let intimacy = Pyramid.Check(
            level: .intimacy, met: both && steady,
            evidence: [
                both ? "Every level below holds, both ways." : "Not every level below holds both ways yet.",
                steady
                    ? "Trust steady for \(PyramidCriteria.intimacySteadyWeeks) weeks or more wherever a switch is on."
                    : "Trust not yet steady for \(PyramidCriteria.intimacySteadyWeeks) weeks everywhere a switch is on.",
            ],
            needs: both && steady
                ? nil
                : "Time: the levels below, kept both ways, with trust steady for "
                    + "\(PyramidCriteria.intimacySteadyWeeks) weeks.",
            holdingBack: [])
        return Pyramid(truster: truster, checks: mine + [intimacy])
    }
}
