import Foundation
import TrellisLanguage

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
        var evidence = [say("trust.pyramid.honesty.reports", count: reports.count, ["misses": String(misses)])]
        if answered > 0 { evidence.append(say("trust.pyramid.honesty.answered", count: answered)) }
        if !late.isEmpty { evidence.append(say("trust.pyramid.honesty.late", count: late.count)) }
        let met = reports.count >= honestReports && late.isEmpty
        let needs =
            met
            ? nil
            : reports.count < honestReports
                ? say("trust.pyramid.honesty.needsReports", ["number": String(honestReports)])
                : say("trust.pyramid.honesty.needsAnswers")
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
            evidence: [say("trust.pyramid.safety.done", count: weeks, ["acknowledged": String(acknowledged)])],
            needs: met
                ? nil
                : say(
                    "trust.pyramid.safety.needs",
                    ["weeks": String(safetyWeeks), "acknowledged": String(safetyAcknowledged)]),
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
        let name = { (area: AreaID) in state.area(area)?.name ?? say("trust.anArea") }
        let weeks = String(trustSteadyWeeks)
        var evidence = [say("trust.pyramid.trust.switchesOn", count: onAreas.count)]
        if !areas.isEmpty, unsteady.isEmpty {
            evidence.append(
                say(
                    "trust.pyramid.trust.steady",
                    ["weeks": weeks, "areas": areas.map(name).joined(separator: ", ")]))
        }
        let met = !areas.isEmpty && off.isEmpty && unsteady.isEmpty
        let needs: String? =
            met
            ? nil
            : areas.isEmpty
                ? say("trust.pyramid.trust.needsSwitch", ["weeks": weeks])
                : !off.isEmpty
                    ? say("trust.pyramid.trust.needsSwitchOn", ["areas": off.map(name).joined(separator: ", ")])
                    : say(
                        "trust.pyramid.trust.needsSteady",
                        ["weeks": weeks, "areas": unsteady.map(name).joined(separator: ", ")])
        return .init(level: .trust, met: met, evidence: evidence, needs: needs, holdingBack: off)
    }

    static func vulnerability(_ state: CoupleState, _ truster: MemberID) -> Pyramid.Check {
        let fears = state.fears.fears.filter { $0.author == truster && $0.visibility == .shared }.count
        let honoured = state.grants.grants.filter { $0.granter == truster && $0.honoured == true }.count
        let windows = state.windows.windows.filter(\.wasHeld).count
        let met = fears > 0 && honoured > 0 && windows > 0
        var missing: [String] = []
        if fears == 0 { missing.append(say("trust.pyramid.vulnerability.missingFear")) }
        if honoured == 0 { missing.append(say("trust.pyramid.vulnerability.missingGrant")) }
        if windows == 0 { missing.append(say("trust.pyramid.vulnerability.missingWindow")) }
        let shared = [
            "fears": say("trust.pyramid.vulnerability.fears", count: fears),
            "grants": say("trust.pyramid.vulnerability.grants", count: honoured),
            "windows": say("trust.pyramid.vulnerability.windows", count: windows),
        ]
        return .init(
            level: .vulnerability, met: met,
            evidence: [say("trust.pyramid.vulnerability.evidence", shared)],
            needs: met ? nil : sentence(say("trust.pyramid.vulnerability.needs", ["missing": Say.list(missing)])),
            holdingBack: [])
    }

    /// The sentence with its first letter a capital: "A core fear shared and …" from "a core fear shared and …".
    static func sentence(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
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
        let weeks = String(PyramidCriteria.intimacySteadyWeeks)
        let intimacy = Pyramid.Check(
            level: .intimacy, met: both && steady,
            evidence: [
                both ? say("trust.pyramid.intimacy.bothWays") : say("trust.pyramid.intimacy.notBothWays"),
                steady
                    ? say("trust.pyramid.intimacy.steady", ["weeks": weeks])
                    : say("trust.pyramid.intimacy.notSteady", ["weeks": weeks]),
            ],
            needs: both && steady ? nil : say("trust.pyramid.intimacy.needs", ["weeks": weeks]),
            holdingBack: [])
        return Pyramid(truster: truster, checks: mine + [intimacy])
    }
}
