import TrellisCore

/// Every form's address, by feature: the steps register here and the pages post here (see
/// `FormAction`). A step with a confirmation page at its own address has no page to lead to.
enum Post {
    // Accounts and sessions
    static let signUp = FormAction<NoTarget>("/signup", page: nil)
    static let logIn = FormAction<NoTarget>("/login", page: nil)
    static let logOut = FormAction<NoTarget>("/logout", page: .home())
    static let deviceLink = FormAction<NoTarget>(DeviceLinkPages.route, page: nil)
    static let forgot = FormAction<NoTarget>(ForgotPages.route, page: nil)
    static let reset = FormAction<LinkToken>("/reset/{token}", page: nil)
    static let verify = FormAction<LinkToken>("/verify/{token}", page: nil)
    static let unsubscribe = FormAction<LinkToken>("/unsubscribe/{token}", page: nil)
    static let join = FormAction<NoTarget>("/join", page: .home())
    static let recoveryCodeKept = FormAction<NoTarget>("/recovery-code/kept", page: .home())
    static let unlock = FormAction<NoTarget>("/unlock", page: .home())
    static let quickExit = FormAction<NoTarget>("/exit", page: .welcome)
    static let stillHere = FormAction<NoTarget>("/still-here", page: .home())

    // The couple and its areas
    static let startCouple = FormAction<NoTarget>("/couple", page: .home())
    static let invite = FormAction<NoTarget>("/couple/invites", page: .home())
    static let joinCouple = FormAction<NoTarget>("/couple/join", page: .home())
    static let shareClock = FormAction<NoTarget>("/couple/clock", page: .home())
    static let leave = FormAction<NoTarget>("/couple/leave", page: nil)
    static let addArea = FormAction<NoTarget>("/couple/areas", page: .areas())
    static func area(_ step: AreasPage.AreaStep) -> FormAction<AreaID> {
        .init("/couple/areas/{areaId}/\(step.rawValue)", page: step == .archive ? nil : .areas())
    }

    // Settings
    static let settings = FormAction<NoTarget>("/settings", page: nil)
    static let profile = FormAction<NoTarget>("/settings/profile", page: .settings())
    static let language = FormAction<NoTarget>("/settings/language", page: .settings())
    static let nudges = FormAction<NoTarget>("/settings/nudges", page: .settings())
    static let push = FormAction<NoTarget>("/settings/push", page: .settings())
    static let emailCheck = FormAction<NoTarget>("/settings/email/check", page: .settings())
    static let password = FormAction<NoTarget>("/settings/password", page: .settings())
    static let endDevice = FormAction<NoTarget>("/settings/devices/end", page: .settings())
    static let endOtherDevices = FormAction<NoTarget>("/settings/devices/end-others", page: .settings())
    static let phoneLock = FormAction<NoTarget>("/settings/lock", page: .settings())
    static let phoneLockTime = FormAction<NoTarget>("/settings/lock-time", page: .settings())
    static let renewPrivateKey = FormAction<NoTarget>("/settings/private/renew", page: .privateEntries())
    static let recoverPrivateKey = FormAction<NoTarget>("/settings/private/recover", page: .privateEntries())
    static let clinicianProfile = FormAction<NoTarget>("/settings/clinician", page: nil)
    static let closeAccount = FormAction<NoTarget>("/settings/close", page: nil)

    // Repair
    static let setSwitch = FormAction<AreaID>("/repair/areas/{areaId}/switch", page: .repair(.overview))
    static let recordHurt = FormAction<AreaID>("/repair/areas/{areaId}/hurts", page: .repair(.overview))
    static let shareHurt = FormAction<HurtID>("/repair/hurts/{hurtId}/share", page: nil)
    static let ask = FormAction<AreaID>("/repair/areas/{areaId}/questions", page: .repair(.overview))
    static let answer = FormAction<QuestionID>("/repair/questions/{questionId}/answer", page: .repair(.overview))
    static let requestAction = FormAction<NoTarget>("/repair/actions", page: .repair(.overview))
    static let calendar = FormAction<NoTarget>("/repair/calendar", page: .repair(.overview))
    static func action(_ step: RepairSteps.ActionStep) -> FormAction<ActionID> {
        .init("/repair/actions/{actionId}/\(step.rawValue)", page: step == .retire ? nil : .repair(.overview))
    }
    static func occurrence(_ step: RepairSteps.OccurrenceStep) -> FormAction<ActionOnDay> {
        .init("/repair/actions/{actionId}/occurrences/{day}/\(step.rawValue)", page: .repair(.overview))
    }

    // My integrity
    static let journal = FormAction<NoTarget>("/integrity/journal", page: .integrity())
    static let editJournal = FormAction<EntryID>("/integrity/journal/{entryId}", page: .integrity())
    static let notice = FormAction<NoTarget>("/integrity/noticings", page: .integrity())
    static let slidingDoor = FormAction<NoTarget>("/integrity/sliding-doors", page: .integrity())
    static let shareEntry = FormAction<EntryID>("/integrity/entries/{entryId}/share", page: nil)
    static let giveFeedback = FormAction<NoTarget>("/integrity/feedback", page: .integrity())
    static let pauseOnFeedback = FormAction<FeedbackID>("/integrity/feedback/{feedbackId}/pause", page: .integrity())
    static let reflect = FormAction<FeedbackID>("/integrity/feedback/{feedbackId}/reflection", page: .integrity())
    static let markReflection = FormAction<FeedbackID>("/integrity/feedback/{feedbackId}/mark", page: .integrity())

    // Out of reach, the window, ruptures, emotional trust, fears
    static let checkSigns = FormAction<NoTarget>("/signs/check", page: .signs())
    static let shareCheckIn = FormAction<CheckInID>("/signs/{checkInId}/share", page: nil)
    static let logUrge = FormAction<NoTarget>("/urges/log", page: .urges())
    static let answerThenAndNow = FormAction<AreaID>("/then-and-now/areas/{areaId}", page: .thenAndNow())
    static let shareThenAndNow = FormAction<ThenAndNowID>("/then-and-now/{answerId}/share", page: .thenAndNow())
    static func talk(_ step: TalkPage.TalkStep) -> FormAction<NoTarget> {
        .init("/check-in/\(step.rawValue)", page: .talk())
    }
    static let addHardDate = FormAction<NoTarget>("/hard-dates/add", page: .hardDates())
    static func hardDate(_ step: HardDatesPage.HardDateStep) -> FormAction<HardDateID> {
        .init("/hard-dates/{hardDateId}/\(step.rawValue)", page: .hardDates())
    }
    static let startWindow = FormAction<NoTarget>("/window/start", page: .window())
    static func window(_ step: WindowPage.WindowStep) -> FormAction<WindowID> {
        .init("/window/{windowId}/\(step.rawValue)", page: step == .share ? nil : .window())
    }
    static let recordRupture = FormAction<NoTarget>("/ruptures/record", page: .ruptures())
    static func rupture(_ step: RupturesPage.RuptureStep) -> FormAction<RuptureID> {
        .init("/ruptures/{ruptureId}/\(step.rawValue)", page: step == .share ? nil : .ruptures())
    }
    static let nameBehaviour = FormAction<NoTarget>("/trust/behaviours", page: .trust())
    static func behaviour(_ step: TrustPage.BehaviourStep) -> FormAction<BehaviourID> {
        .init("/trust/behaviours/{behaviourId}/\(step.rawValue)", page: .trust())
    }
    static let writeFear = FormAction<AreaID>("/fears/areas/{areaId}/write", page: .fears())
    static let revealTogether = FormAction<AreaID>("/fears/areas/{areaId}/reveal-together", page: .fears())
    static func fear(_ step: FearsPages.FearStep) -> FormAction<FearID> {
        .init("/fears/{fearId}/\(step.rawValue)", page: .fears())
    }

    // Grants, expectations, outside help, a clinician's couples
    static let offerGrant = FormAction<NoTarget>("/grants/offer", page: .grants())
    static func grant(_ step: GrantsPage.GrantStep) -> FormAction<GrantID> {
        .init("/grants/{grantId}/\(step.rawValue)", page: .grants())
    }
    static let proposeExpectation = FormAction<NoTarget>("/expectations/propose", page: .expectations())
    static func expectation(_ step: ExpectationsPage.ExpectationStep) -> FormAction<ExpectationID> {
        .init("/expectations/{expectationId}/\(step.rawValue)", page: .expectations())
    }
    static let askClinician = FormAction<NoTarget>("/help/ask", page: .help())
    static func suggestion(_ step: HelpPage.SuggestionStep) -> FormAction<SuggestionID> {
        .init("/help/suggestions/{suggestionId}/\(step.rawValue)", page: .help())
    }
    static func consent(_ step: HelpPage.ConsentStep) -> FormAction<MemberID> {
        .init("/help/{clinicianId}/\(step.rawValue)", page: .help())
    }
    static func client(_ step: ClientsPage.ClientStep) -> FormAction<CoupleID> {
        .init("/clients/{coupleId}/\(step.rawValue)", page: .clients)
    }
}
