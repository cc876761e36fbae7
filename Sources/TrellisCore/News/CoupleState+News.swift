import Foundation

extension CoupleState {
    /// The news a shared event makes, read against the state before it (which knows whose action a
    /// report is about, or whether a rupture is closed by this step). Private events make none.
    func news(of event: CoupleEvent) -> NewsItem? {
        guard event.visibility == .shared, let what = newsWhat(event) else { return nil }
        return NewsItem(seq: event.seq, author: event.author, at: event.at, what: what)
    }

    private func newsWhat(_ event: CoupleEvent) -> NewsItem.What? {
        switch event.payload {
        case .partnerJoined: .joined
        case .memberLeft: .left
        case .accountClosed: .accountClosed
        case .passwordReset: .passwordReset
        case .repair(let step): news(of: step)
        case .integrity(let step): news(of: step)
        case .grant(let step): news(of: step)
        case .expectation(let step): news(of: step)
        case .window(let step): news(of: step)
        case .rupture(let step): news(of: step, by: event.author)
        case .safeBehaviour(.happened(let id, _, _, _)):
            safeBehaviours.behaviour(id)?.doer == event.author ? .didThis(behaviour: id) : nil
        case .help(let step): news(of: step, by: event.author)
        case .hardDate(.weekTold(_, let day, _)): .hardWeek(day: day)
        case .thenAndNow(.answered(_, let area, _, _, _)): .thenAndNow(area: area)
        case .talk(let step): news(of: step)
        default: nil
        }
    }

    private func news(of step: RepairEvent) -> NewsItem.What? {
        switch step {
        case .switchSet(let area, let on): .switchTurned(area: area, on: on)
        case .hurtRecorded(_, let area, _, _): .hurtShared(area: area)
        case .questionAsked(_, let area, let kind): .asked(area: area, kind: kind)
        case .questionAnswered(let id, _): repair.questions.first { $0.id == id }.map { .answered(area: $0.area) }
        case .actionRequested(let id, _, _, _, _, _): .actionAsked(action: id)
        case .actionAccepted(let id, _): .actionAccepted(action: id)
        case .occurrenceReported(let action, let day, let outcome):
            .reported(action: action, day: day, outcome: outcome)
        case .occurrenceAcknowledged(let action, let day, let word), .occurrenceNoticed(let action, let day, let word):
            .reportNoticed(action: action, day: day, word: word)
        default: nil
        }
    }

    private func news(of step: IntegrityEvent) -> NewsItem.What? {
        switch step {
        case .noticed(_, _, _, let area): .appreciation(area: area)
        case .slidingDoor(_, _, let toward, _, let area): .slidingDoor(area: area, toward: toward)
        case .journalWritten: .journalShared
        case .feedbackGiven: .feedbackGiven
        case .feedbackReflected: .feedbackReflected
        case .reflectionMarked(_, let landed, _): .reflectionMarked(landed: landed)
        default: nil
        }
    }

    private func news(of step: GrantEvent) -> NewsItem.What? {
        switch step {
        case .offered(let id, _, _, _, _, _, _): .grant(id, .offered)
        case .answered(let id, let accepted): .grant(id, accepted ? .accepted : .declined)
        case .used(let id, _): .grant(id, .used)
        case .reviewed(let id, let honoured, _): .grant(id, honoured ? .honoured : .hurt)
        case .withdrawn(let id): .grant(id, .withdrawn)
        }
    }

    private func news(of step: ExpectationEvent) -> NewsItem.What? {
        switch step {
        case .agreed(let id, _): .wordsAgreed(expectation: id)
        case .consentWithdrawn(let id): .consentWithdrawn(expectation: id)
        case .disclosed(let id, _, _): .told(expectation: id)
        default: nil
        }
    }

    private func news(of step: TalkEvent) -> NewsItem.What? {
        switch step {
        case .proposed: .talk(.proposed)
        case .agreed: .talk(.agreed)
        case .stopped: .talk(.stopped)
        case .turnReady: .talk(.ready)
        case .turnOpened: .talk(.opened)
        case .turnAnswered(_, _, let answer): .talk(answer == .heard ? .heard : .thanked)
        case .turnWritten: nil
        }
    }

    private func news(of step: WindowEvent) -> NewsItem.What? {
        switch step {
        case .started: .window(.started)
        case .joined: .window(.joined)
        case .declined: .window(.declined)
        case .ended: .window(.ended)
        case .reflected: .window(.reflectionShared)
        default: nil
        }
    }

    private func news(of step: RuptureEvent, by author: MemberID) -> NewsItem.What? {
        switch step {
        case .recorded: .rupture(.shared)
        case .stepAdded: .rupture(.step)
        case .feelsRepaired(let id, let repaired):
            // The second "feels repaired" closes it: news of repair, not of one side.
            !repaired
                ? nil
                : ruptures.rupture(id)?.repairedFor.contains { $0 != author } == true
                    ? .rupture(.repaired) : .rupture(.feelsRepaired)
        }
    }

    private func news(of step: HelpEvent, by author: MemberID) -> NewsItem.What? {
        // Empty when it cannot be found: the reader's page says it in their language (the news is
        // folded once for everyone, so it holds no words of ours).
        func name(_ clinician: MemberID) -> String {
            help.invitations.last { $0.clinician == clinician }?.name ?? ""
        }
        switch step {
        case .clinicianInvited(_, let clinicianName): return .clinician(.askedIn, name: clinicianName)
        case .consentGiven(let clinician, _, _): return .clinician(.consented, name: name(clinician))
        case .viewed: return .clinician(.looked, name: name(author))
        case .noteLeft: return .clinician(.noteLeft, name: name(author))
        case .suggested: return .clinician(.suggested, name: name(author))
        default: return nil
        }
    }
}
