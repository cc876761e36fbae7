import Foundation

extension CoupleState {
    /// Decides a member's command against the current state.
    ///
    /// - Parameters:
    ///   - actor: who asks; every rule starts from who they are in this couple.
    ///   - now: the time the events will carry (injected, so decisions are repeatable).
    ///   - makeAreaID: where new area ids come from (injected for the same reason).
    /// - Returns: the events to append, in order. Nothing is appended on a refusal.
    public func decide(
        _ command: CoupleCommand,
        by actor: MemberID,
        at now: Date,
        makeAreaID: () -> AreaID = { AreaID() }
    ) throws(CoupleRuleError) -> [PendingEvent] {
        func shared(_ payload: EventPayload) -> PendingEvent {
            PendingEvent(at: now, author: actor, visibility: .shared, payload: payload)
        }

        switch command {
        case .start(let founderName):
            guard !hasStarted else { throw .alreadyStarted }
            return [shared(.coupleStarted(founderName: founderName))]
                + DefaultAreas.names.map { shared(.areaAdded(id: makeAreaID(), name: $0)) }

        case .join(let name):
            guard !isMember(actor) else { throw .alreadyAMember }
            try requireRoomForPartner()
            return [shared(.partnerJoined(name: name))]

        case .leave:
            try requireMember(actor)
            return [shared(.memberLeft)]

        case .passwordReset:
            try requireMember(actor)
            return [shared(.passwordReset)]

        case .rename(let name):
            try requireMember(actor)
            return [shared(.nameChanged(name: name))]

        case .addArea(let rawName):
            try requireMember(actor)
            let name = try AreaName.validated(rawName)
            try requireNameFree(name, except: nil)
            return [shared(.areaAdded(id: makeAreaID(), name: name))]

        case .renameArea(let id, let rawName):
            try requireMember(actor)
            let area = try requireArea(id)
            guard !area.isArchived else { throw .areaArchived }
            let name = try AreaName.validated(rawName)
            try requireNameFree(name, except: id)
            return [shared(.areaRenamed(id: id, name: name))]

        case .archiveArea(let id):
            try requireMember(actor)
            guard !(try requireArea(id)).isArchived else { throw .areaArchived }
            return [shared(.areaArchived(id: id))]

        case .restoreArea(let id):
            try requireMember(actor)
            let area = try requireArea(id)
            guard area.isArchived else { throw .areaNotArchived }
            try requireNameFree(area.name, except: id)
            return [shared(.areaRestored(id: id))]

        case .repair(let step, let today):
            try requireMember(actor)
            do {
                return try decideRepair(step, by: actor, at: now, today: today)
            } catch {
                throw .step(error)
            }

        case .integrity(let step, let today):
            try requireMember(actor)
            do {
                return try decideIntegrity(step, by: actor, at: now, today: today)
            } catch {
                throw .step(error)
            }

        case .fears(let step):
            try requireMember(actor)
            do {
                return try decideFear(step, by: actor, at: now)
            } catch {
                throw .step(error)
            }

        case .grant(let step, let today):
            try requireMember(actor)
            do {
                return try decideGrant(step, by: actor, at: now, today: today)
            } catch {
                throw .step(error)
            }

        case .expectation(let step, let today):
            try requireMember(actor)
            do {
                return try decideExpectation(step, by: actor, at: now, today: today)
            } catch {
                throw .step(error)
            }

        case .window(let step):
            try requireMember(actor)
            do {
                return try decideWindow(step, by: actor, at: now)
            } catch {
                throw .step(error)
            }

        case .outOfReach(let step, let today):
            try requireMember(actor)
            do {
                return try decideOutOfReach(step, by: actor, at: now, today: today)
            } catch {
                throw .step(error)
            }

        case .hardDate(let step, let today):
            try requireMember(actor)
            do {
                return try decideHardDate(step, by: actor, at: now, today: today)
            } catch {
                throw .step(error)
            }

        case .talk(let step, let today):
            try requireMember(actor)
            do {
                return try decideTalk(step, by: actor, at: now, today: today)
            } catch {
                throw .step(error)
            }

        case .shareClock(let timeZone):
            try requireMember(actor)
            do {
                return try decideClock(timeZone, by: actor, at: now)
            } catch {
                throw .step(error)
            }

        case .thenAndNow(let step, let today):
            try requireMember(actor)
            do {
                return try decideThenAndNow(step, by: actor, at: now, today: today)
            } catch {
                throw .step(error)
            }

        case .rupture(let step):
            try requireMember(actor)
            do {
                return try decideRupture(step, by: actor, at: now)
            } catch {
                throw .step(error)
            }

        case .safeBehaviour(let step, let today):
            try requireMember(actor)
            do {
                return try decideSafeBehaviour(step, by: actor, at: now, today: today)
            } catch {
                throw .step(error)
            }

        case .help(let step, let today):
            try requireMember(actor)
            do {
                return try decideHelp(step, by: actor, at: now, today: today)
            } catch {
                throw .step(error)
            }

        case .clinician(let step, let today):
            do {
                return try decideClinician(step, by: actor, at: now, today: today)
            } catch {
                throw .step(error)
            }
        }
    }

    private func requireMember(_ actor: MemberID) throws(CoupleRuleError) {
        guard hasStarted else { throw .notStarted }
        guard isMember(actor) else { throw .notAMember }
    }

    private func requireArea(_ id: AreaID) throws(CoupleRuleError) -> Area {
        guard let area = area(id) else { throw .unknownArea }
        return area
    }

    private func requireNameFree(_ name: String, except id: AreaID?) throws(CoupleRuleError) {
        let clash = activeAreas.contains { $0.id != id && AreaName.sameName($0.name, name) }
        guard !clash else { throw .duplicateAreaName }
    }
}
