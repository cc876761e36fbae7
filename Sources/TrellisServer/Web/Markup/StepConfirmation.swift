import TrellisCore
import TrellisLanguage

/// What a step just did, said back in one calm line on the screen the person came back to
/// ("Sent to Sam."). Carried in the address after the redirect as `?done=<raw value>`.
enum StepConfirmation: String, Sendable {
    case answered, reported, asked, requested, switchedOff, switchedOn, keptPrivate, recorded, shared
    case accepted, proposed, decided, retired, noticed, noteSent, withdrawn
    case keptForYou, saved, feedbackGiven, landed, notQuite
    case areaAdded, areaRenamed, areaArchived, areaRestored
    case passwordChanged, deviceLoggedOut, othersLoggedOut, linkSent
    case fearKept, fearWithdrawn, waitingTogether, revealedTogether
    case grantGiven, grantWithdrawn
    case consentWithdrawn, told, thanked
    case windowStarted, windowEnded, reflectionKept, urgeNoted
    case hardDateAdded, hardDateRemoved, readyKept, hardWeekTold, answerKept, answerShared
    case talkProposed, talkAgreed, talkStopped, turnKept, turnsOpened, turnAnswered
    case ruptureClosed, feelsRepaired
    case behaviourNamed, happenedNoted, claimSent
    case clinicianAsked, consentKept, profileSaved, suggestionTakenOn, suggestionDeclined, suggestionSent
    case recovered

    init(_ step: RepairCommand, by viewer: MemberID, in state: CoupleState) {
        switch step {
        case .answer: self = .answered
        case .report: self = .reported
        case .ask: self = .asked
        case .requestAction: self = .requested
        case .setSwitch(_, let on): self = on ? .switchedOn : .switchedOff
        case .recordHurt(_, _, _, _, let visibility): self = visibility == .private ? .keptPrivate : .recorded
        case .shareHurt: self = .shared
        case .acceptAction: self = .accepted
        case .proposeReword: self = .proposed
        case .answerReword, .answerRetirement: self = .decided
        case .proposeRetirement(let id):
            let asker = state.repair.actions.first { $0.id == id }?.asker
            self = asker == viewer ? .retired : .proposed
        case .acknowledge, .notice: self = .noticed
        case .addNote: self = .noteSent
        case .withdrawReport: self = .withdrawn
        }
    }

    /// The line for a practice step; nil for the pause, whose page says what happens next.
    init?(_ step: IntegrityCommand) {
        switch step {
        case .notice(_, _, _, _, let shared), .slidingDoor(_, _, _, _, _, let shared):
            self = shared ? .shared : .keptForYou
        case .writeJournal: self = .keptForYou
        case .editJournal: self = .saved
        case .share: self = .shared
        case .giveFeedback: self = .feedbackGiven
        case .pauseOnFeedback: return nil
        case .reflect: self = .answered
        case .markReflection(_, let landed, _): self = landed ? .landed : .notQuite
        }
    }

    /// The line for a change to the couple's areas; nil for steps the home page shows by itself.
    init?(_ step: CoupleCommand) {
        switch step {
        case .addArea: self = .areaAdded
        case .renameArea: self = .areaRenamed
        case .archiveArea: self = .areaArchived
        case .restoreArea: self = .areaRestored
        default: return nil
        }
    }

    func sentence(partner: String) -> String {
        switch self {
        case .answered, .noteSent: say("common.done.answered", ["partner": partner])
        case .reported: say("common.done.reported", ["partner": partner])
        case .asked: say("common.done.asked", ["partner": partner])
        case .requested: say("common.done.requested", ["partner": partner])
        case .switchedOff: say("common.done.switchedOff")
        case .switchedOn: say("common.done.switchedOn")
        case .keptPrivate: say("common.done.keptPrivate")
        case .recorded: say("common.done.recorded", ["partner": partner])
        case .shared: say("common.done.shared", ["partner": partner])
        case .accepted: say("common.done.accepted")
        case .proposed: say("common.done.proposed", ["partner": partner])
        case .decided: say("common.done.decided", ["partner": partner])
        case .retired: say("common.done.retired")
        case .noticed: say("common.done.noticed", ["partner": partner])
        case .keptForYou: say("common.done.keptForYou")
        case .saved: say("common.done.saved")
        case .feedbackGiven: say("common.done.feedbackGiven", ["partner": partner])
        case .landed: say("common.done.landed", ["partner": partner])
        case .notQuite: say("common.done.notQuite", ["partner": partner])
        case .areaAdded: say("common.done.areaAdded")
        case .areaRenamed: say("common.done.areaRenamed")
        case .areaArchived: say("common.done.areaArchived")
        case .areaRestored: say("common.done.areaRestored")
        case .withdrawn: say("common.done.withdrawn")
        case .consentWithdrawn: say("common.done.consentWithdrawn", ["partner": partner])
        case .told: say("common.done.told", ["partner": partner])
        case .thanked: say("common.done.thanked", ["partner": partner])
        case .grantGiven: say("common.done.grantGiven", ["partner": partner])
        case .grantWithdrawn: say("common.done.grantWithdrawn", ["partner": partner])
        case .fearKept: say("common.done.fearKept")
        case .fearWithdrawn: say("common.done.fearWithdrawn")
        case .waitingTogether: say("common.done.waitingTogether", ["partner": partner])
        case .revealedTogether: say("common.done.revealedTogether")
        case .windowStarted: say("common.done.windowStarted", ["partner": partner])
        case .windowEnded: say("common.done.windowEnded")
        case .reflectionKept: say("common.done.reflectionKept")
        case .behaviourNamed: say("common.done.behaviourNamed", ["partner": partner])
        case .happenedNoted: say("common.done.happenedNoted")
        case .claimSent: say("common.done.claimSent", ["partner": partner])
        case .clinicianAsked: say("common.done.clinicianAsked", ["partner": partner])
        case .consentKept: say("common.done.consentKept")
        case .profileSaved: say("common.done.profileSaved")
        case .suggestionTakenOn: say("common.done.suggestionTakenOn", ["partner": partner])
        case .suggestionDeclined: say("common.done.suggestionDeclined")
        case .suggestionSent: say("common.done.suggestionSent")
        case .recovered: say("common.done.recovered")
        case .feelsRepaired: say("common.done.feelsRepaired", ["partner": partner])
        case .ruptureClosed: say("common.done.ruptureClosed")
        case .urgeNoted: say("common.done.urgeNoted")
        case .hardDateAdded: say("common.done.hardDateAdded")
        case .hardDateRemoved: say("common.done.hardDateRemoved")
        case .talkProposed: say("common.done.talkProposed", ["partner": partner])
        case .talkAgreed: say("common.done.talkAgreed")
        case .talkStopped: say("common.done.talkStopped")
        case .turnKept: say("common.done.turnKept", ["partner": partner])
        case .turnsOpened: say("common.done.turnsOpened")
        case .turnAnswered: say("common.done.turnAnswered")
        case .answerKept: say("common.done.answerKept")
        case .answerShared: say("common.done.answerShared", ["partner": partner])
        case .readyKept: say("common.done.readyKept")
        case .hardWeekTold: say("common.done.hardWeekTold", ["partner": partner])
        case .passwordChanged: say("common.done.passwordChanged")
        case .linkSent: say("common.done.linkSent")
        case .deviceLoggedOut: say("common.done.deviceLoggedOut")
        case .othersLoggedOut: say("common.done.othersLoggedOut")
        }
    }

    /// The line itself, for the top of a screen. A report points to where it can be taken back.
    func html(partner: String) -> HTML {
        let undo: HTML =
            self == .reported
            ? #" <a id="undo-report" href="\#(Page.repair(.askedOfMe))">\#(say("common.done.undoReport"))</a>"#
            : .empty
        return #"<p id="confirmation" class="confirmation" role="status">\#(sentence(partner: partner))\#(undo)</p>"#
    }
}
