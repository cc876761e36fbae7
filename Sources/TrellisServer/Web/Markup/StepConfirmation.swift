import TrellisCore

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
        case .answered, .noteSent: "Sent to \(partner)."
        case .reported: "Noted. \(partner) can see it."
        case .asked: "Asked. \(partner) will find it on their home page."
        case .requested: "Sent to \(partner) to read and agree."
        case .switchedOff: "Your switch is off. It stays yours to turn on when you are ready."
        case .switchedOn: "Your switch is on."
        case .keptPrivate: "Kept for you alone. You can share it later."
        case .recorded: "Recorded. \(partner) can read it."
        case .shared: "Shared with \(partner)."
        case .accepted: "Agreed. It is on your list."
        case .proposed: "Sent to \(partner) to decide."
        case .decided: "Done. \(partner) can see your answer."
        case .retired: "Retired. Its history stays."
        case .noticed: "\(partner) will see that you noticed."
        case .keptForYou: "Kept for you alone. You can share it later."
        case .saved: "Saved."
        case .feedbackGiven: "Given to \(partner). They will take a moment with it before they answer."
        case .landed: "\(partner) will see that it landed."
        case .notQuite: "Sent. \(partner) can name it back again."
        case .areaAdded: "Area added."
        case .areaRenamed: "Renamed."
        case .areaArchived: "Archived, with everything in it kept. You can restore it below."
        case .areaRestored: "Restored."
        case .withdrawn: "Taken back. That day reads \u{201C}not reported\u{201D} again."
        case .consentWithdrawn: "Your consent is withdrawn. It no longer holds, and \(partner) can see that."
        case .told: "Told. \(partner) can read it."
        case .thanked: "Thanked. \(partner) will see it."
        case .grantGiven: "Given to \(partner). They can accept it, or not."
        case .grantWithdrawn: "Taken back. It no longer holds, and \(partner) can see that."
        case .fearKept: "Kept for you alone. It stays yours until you choose to share it."
        case .fearWithdrawn: "Taken back. It is gone."
        case .waitingTogether:
            "Noted. Your fears here open when \(partner) shares theirs; until then \(partner) sees only that you are ready."
        case .revealedTogether: "Both of your fears here are open now, to each other."
        case .windowStarted: "\(partner) is invited. Your question stays yours until they join."
        case .windowEnded: "The window is closed. Nothing more is asked of you now."
        case .reflectionKept: "Kept for you alone. You can share it later."
        case .behaviourNamed: "Named. \(partner) can see it, as something that helps you feel safe."
        case .happenedNoted: "Noted. It counts in the picture."
        case .claimSent: "Sent. It counts once \(partner) confirms it."
        case .clinicianAsked: "Asked in. Nothing is open to them until \(partner) consents too."
        case .consentKept: "Your consent is kept. They see only what you both chose."
        case .profileSaved: "Your profile is saved."
        case .suggestionTakenOn: "Taken on. It now waits for \(partner), the usual way."
        case .suggestionDeclined: "Declined, for both of you. The clinician sees that."
        case .suggestionSent: "Suggested. It is theirs to take on, or not."
        case .recovered: "Your private entries from before the reset are open to you again."
        case .feelsRepaired: "Noted. It closes when \(partner) says it feels repaired too."
        case .ruptureClosed: "You both say it feels repaired. It is closed, and kept."
        case .urgeNoted: "Noted, for you alone. Noticing the urge is already a step."
        case .hardDateAdded: "On your list, for you alone. Home will tell you a week before."
        case .hardDateRemoved: "Taken off your list."
        case .talkProposed: "Proposed. It starts once \(partner) agrees."
        case .talkAgreed: "Agreed. On the day, home asks each of you for your turn."
        case .talkStopped: "Stopped, for both of you. You can start again any time."
        case .turnKept:
            "Written, for now yours alone. It opens together with \(partner)\u{2019}s, once theirs is written."
        case .turnsOpened: "Both turns are open now, to each other."
        case .turnAnswered: "Sent. That is all there is to say here."
        case .answerKept: "Kept for you alone. Next month, you can see how it moves."
        case .answerShared: "Shared. \(partner) sees it beside their own, never added to anything."
        case .readyKept: "Kept for you alone, for when the day comes."
        case .hardWeekTold: "\(partner) knows the coming week is hard for you. Nothing more was said."
        case .passwordChanged: "Your password is changed, and every other device is logged out."
        case .linkSent: "A new link is on its way to your address."
        case .deviceLoggedOut: "That device is logged out."
        case .othersLoggedOut: "Every other device is logged out."
        }
    }

    /// The line itself, for the top of a screen. A report points to where it can be taken back.
    func html(partner: String) -> HTML {
        let undo: HTML =
            self == .reported
            ? #" <a id="undo-report" href="\#(Page.repair(.askedOfMe))">Made by mistake? It can be taken back for a few minutes.</a>"#
            : .empty
        return #"<p id="confirmation" class="confirmation" role="status">\#(sentence(partner: partner))\#(undo)</p>"#
    }
}
