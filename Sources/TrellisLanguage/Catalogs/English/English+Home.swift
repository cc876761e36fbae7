extension EnglishCatalog {
    static let home = #"""
        # Home: the partner's clock. {place} is a city from a time zone ("Tokyo"); {time} like 23:10.
        home.clocks.partnersTime = It is {time} for {name} ({place} time)
        home.clocks.settingsNowSay = Your settings now say {place} time.
        home.clocks.letSeeThisOne = Let {name} see this one
        home.clocks.partnerSeesYours = {name} sees your local time ({place} time).
        home.clocks.stopShowing = Stop showing my time
        home.clocks.onlyIfYouWant = A time zone tells roughly where you are: {name} sees yours only if you want.
        home.clocks.letSeeMine = Let {name} see my local time
        # Home: the ways in, grouped (Repair, Build, Me, Help). Each is a button or link to a page.
        home.doors.repair = Repairing trust: switches and clear actions
        home.doors.ruptures = Rupture and repair
        home.doors.window = Transparency Window: the question I fear to ask
        home.doors.trust = Seeing trust grow: safe behaviours and the pyramid
        home.doors.thenAndNow = Then and now: trust in three parts, by month
        home.doors.timeline = Our timeline: the moments that marked the way
        home.doors.talk = Our weekly check-in: each of us takes a turn
        home.doors.fears = Our core fears
        home.doors.grants = Trust we give
        home.doors.expectations = What we expect
        home.doors.integrity = My integrity: journal, noticing, feedback
        home.doors.signs = How I am inside: a private check-in
        home.doors.urges = Urges to check: my private log
        home.doors.hardDates = Hard dates: days that hurt, and getting ready
        home.doors.help = Outside help: a clinician, with both your consent
        home.doors.groupRepair = Repair
        home.doors.groupBuild = Build
        home.doors.groupMe = Me
        home.doors.groupHelp = Help
        home.doors.waysIn = Ways in
        home.doors.everythingElse = Everything else
        home.doors.aloneHeading = While you wait, for yourself
        # {guide} is a link whose words are home.doors.aloneGuide.
        home.doors.aloneNote = These work alone, and stay yours: nothing you write here is shown to your partner when they join, unless you share it. {guide}, in a few words.
        home.doors.aloneGuide = When only I am trying
        # The partner, when there is no name to say (not joined yet, or left): stands where a name would.
        home.yourPartner = your partner
        home.sealed.notice = Your password was reset, so your private entries from before are still locked. {link} to open them.
        home.sealed.enterCode = Enter your recovery code
        home.codeWaiting.notice = Your recovery code is waiting for you to keep it.
        home.codeWaiting.show = Show my recovery code
        home.welcome = Welcome, {name}
        home.start.heading = Start your couple
        home.start.intro = You will get a link to send your partner. Trellis works when each of you uses your own device.
        home.start.button = Start our couple
        home.join.heading = Join your partner
        home.join.codeLabel = Invite code
        home.join.button = Join
        home.today.heading = Today
        home.couple.heading = Your couple
        # One of the couple's members, the reader: "Alice (you)".
        home.couple.memberYou = {name} (you)
        # {place} is a city from the member's time zone ("Paris").
        home.settingsLink = My settings: your days follow {place} time
        # {guide} is a link whose words are home.couple.partnerLeftGuide.
        home.couple.partnerLeft = Your partner has left. What you shared stays here with you, and what works alone goes on: {guide}.
        home.couple.partnerLeftGuide = when only I am trying
        home.startHere.heading = Start here
        home.startHere.waitsBelow = Start with what waits for you, just below.
        # {link} is a link whose words are home.startHere.tellWhich.
        home.startHere.areaOff = Is there an area where your trust is off? {link}.
        home.startHere.tellWhich = Tell {name} which one
        # {link} is a link whose words are home.startHere.noticeOne.
        home.startHere.beginSmall = Or begin small: {link}, for yourself or to share.
        home.startHere.noticeOne = notice one good thing {name} did today
        home.invite.heading = Invite your partner
        home.invite.intro = Trellis works when each of you uses your own phone. Make a link to send them.
        home.invite.create = Create an invite link
        home.invite.makeNew = Make a new link (this one stops working)
        # The message the member sends their partner by text or email, with the invite link.
        home.invite.message = Join me on Trellis: {url}
        home.invite.sendThis = Send this link to your partner. It works once, until {day}.
        home.invite.byMessage = Send by message
        home.invite.byEmail = Send by email
        # {code} is the invite code itself, e.g. K7QF-2M9D.
        home.invite.orCode = Or tell them the code: {code}
        home.couple.startOrJoinFirst = Start or join a couple first.
        # Leaving the couple: one page before the step that cannot be undone.
        home.leave.heading = Leave the couple?
        home.leave.endsAccess = Leaving ends your access to the couple from now on.
        home.leave.partnerKeeps = {name} keeps what was shared.
        home.leave.nobodyElse = Nobody else is in it, so the couple's record is deleted, with everything in it.
        home.leave.cannotBeUndone = This cannot be undone: a couple someone has left never takes a new partner.
        # {link} is a link whose words are home.leave.readOrSave.
        home.leave.keepCopy = To keep a copy of everything you can see now, {link} first.
        home.leave.readOrSave = read or save it
        home.leave.copyStaysYours = Your copy stays yours: after leaving, your settings still let you read or save what the couple held until you left, and your own private entries. Nothing written after reaches you.
        home.leave.confirm = Yes, leave the couple
        home.leave.stay = Stay
        # Home: what waits for the member. {name} is always the partner's name.
        home.waiting.heading = Waiting for you
        home.waiting.nothing = Nothing is waiting for you right now.
        home.waiting.more = More is waiting than fits here: it is in its place, under Repair, My integrity and the rest.
        # A heading over what the member waits for from their partner.
        home.waiting.withPartner = With {name}
        # Marks an item the member has not opened yet.
        home.newMark = New
        # {day} is said as in a sentence: "tomorrow", "Tue 1 Dec".
        home.waiting.hardWeek = {name} told you the week up to {day} is hard for them.
        # {weekday} is a day's name ("Monday"): English says "on Mondays". {time} like 20:30, on the partner's clock.
        home.waiting.talkProposed = {name} proposes a weekly check-in on {weekday}s at {time} (their time). Agree, or propose another.
        home.waiting.turnsOpen = Both turns of your check-in are open. Read what {name} wrote.
        home.waiting.partnerTurnReady = {name} wrote their turn of this week’s check-in. Yours opens both.
        home.waiting.yourTurn = It is your weekly check-in: write your turn, when you are ready.
        # {what} is the hard day as the member named it ("the day it came out"); {day} like "tomorrow".
        home.waiting.hardDate = A hard day is close: {what}, {day}. Take a moment to get ready.
        home.waiting.yourAnswer = Your answer
        home.waiting.sendTo = Send to {name}
        # {area} is the area's name (a link); {question} is one of the two questions, e.g. "What happened?".
        home.waiting.asks = {name} asks about {area}: {question}
        home.waiting.requests[one] = {name} asked an action of you. Read and agree, or suggest other words.
        home.waiting.requests[other] = {name} asked {count} actions of you. Read and agree, or suggest other words.
        # {action} is the clear action as written, e.g. "Text me when you leave work".
        home.waiting.reword = {name} suggested other words for “{action}”.
        home.waiting.retirement = {name} asked to retire “{action}”.
        # Buttons: the member says whether they did today's action.
        home.waiting.done = Done
        home.waiting.missed = Missed
        home.waiting.reportToday = Today: {action}
        home.waiting.feedback = {name} gave you feedback. Take a moment with it, then name back what you heard.
        home.waiting.reflection = {name} named back what they heard. Was it what you meant?
        home.waiting.tryAgain = {name} said “not quite”. You can name it back again.
        home.waiting.fearsReady = {name} is ready to share their fears about {area} when you share yours.
        home.waiting.sharedFear = {name} told you a fear about {area}.
        home.waiting.grant = {name} gave you trust in {area}. Accept it, or not now.
        home.waiting.words = {name} proposed words for what you expect in {area}.
        # {words} is the expectation as both agreed it.
        home.waiting.consentWithdrawn = {name} withdrew consent to “{words}”. It no longer holds.
        home.waiting.told = {name} told you something, as they promised, about {area}.
        home.waiting.windowInvited = {name} would like a Transparency Window with you. Join, or not now.
        home.waiting.windowPaused = Your Transparency Window with {name} is paused.
        home.waiting.windowOpen = Your Transparency Window with {name} is open.
        home.waiting.ruptureShared = {name} shared a rupture with you. You can add a step of repair.
        home.waiting.ruptureFeelsRepaired = {name} says a rupture feels repaired to them. Does it to you?
        # {clinician} is the clinician's name.
        home.waiting.clinicianAskedIn = {name} asked {clinician} in to help. Choose what they may see, or withdraw.
        home.waiting.suggestedAction = {clinician} suggested a clear action. Take it on, or not.
        home.waiting.suggestedExpectation = {clinician} suggested an expectation. Take it on, or not.
        # What the member waits for from their partner.
        home.withPartner.question = Your question about {area}: {question}
        home.withPartner.requests[one] = An action you asked for, to read and agree
        home.withPartner.requests[other] = {count} actions you asked for, to read and agree
        home.withPartner.reflection = Your feedback: {name} is taking a moment with it
        home.withPartner.grant = The trust you gave in {area}, to accept or not
        home.withPartner.words = Words you proposed for {area}, to agree to or not
        home.withPartner.window = Your invitation to a Transparency Window
        # Stands for an area's name when it cannot be found: "asks about an area".
        home.anArea = an area
        # News ("What happened"): one line each, no full stop. {name} is who took the step (the partner);
        # {clinician} is a clinician's name; {area} an area's name; {action}, {words} and {what} come already quoted.
        # Quotes around words a person wrote, inside a news line.
        home.news.quoted = “{words}”
        # Stand for a thing that can no longer be found, inside quotes: “an action”.
        home.news.anAction = an action
        home.news.anExpectation = an expectation
        home.news.trust = trust
        home.news.somethingThatHelps = something that helps
        home.news.answered = {name} answered your question about {area}
        # {question} is one of the two questions, e.g. "What happened?".
        home.news.asked = {name} asks about {area}: {question}
        home.news.switchOn = {name}’s trust about {area} is on now
        home.news.switchOff = {name}’s trust about {area} is off now
        home.news.hurtShared = {name} shared what hurt about {area}
        home.news.actionAsked = {name} asked you: {action}
        home.news.actionAccepted = {name} agreed to {action}
        home.news.did = {name} did {action}
        home.news.didSayNoticed = {name} did {action}. Say you noticed?
        home.news.didNotHappen = {name} said honestly that {action} did not happen
        home.news.noticed = {name} noticed you did {action}
        # {word} is the short word the partner chose when noticing, e.g. "thank you".
        home.news.noticedWithWord = {name} noticed you did {action}: “{word}”
        home.news.feedbackGiven = {name} gave you feedback
        home.news.feedbackReflected = {name} named back what they heard in your feedback
        home.news.reflectionLanded = {name} said “yes, that’s it”
        home.news.reflectionNotQuite = {name} said “not quite”
        home.news.appreciation = {name} shared an appreciation
        home.news.slidingDoor = {name} shared a sliding-door moment
        home.news.journalShared = {name} shared an evening journal entry
        # {what} is a safe behaviour as the reader named it, e.g. "ask about my day".
        home.news.didThis = {name} says “I did this”: {what}
        home.news.grantOffered = {name} gave you trust: {what}
        home.news.grantAccepted = {name} accepted the trust you gave: {what}
        home.news.grantDeclined = {name} said not now to {what}
        home.news.grantUsed = {name} said what they did with {what}
        home.news.grantHonoured = {name} said you honoured {what}
        home.news.grantHurt = {name} said {what} hurt
        home.news.grantWithdrawn = {name} took back {what}
        home.news.wordsAgreed = {name} agreed to {words}
        home.news.consentWithdrawn = {name} no longer agrees to {words}
        home.news.told = {name} told you something, as promised in {words}
        home.news.windowStarted = {name} opened a Transparency Window for you
        home.news.windowJoined = {name} joined the Transparency Window
        home.news.windowDeclined = {name} said not now to the Transparency Window
        home.news.windowEnded = {name} ended the Transparency Window
        home.news.windowReflection = {name} shared a reflection on the Transparency Window
        home.news.ruptureShared = {name} shared a rupture
        home.news.ruptureStep = {name} added a repair step
        home.news.ruptureFeelsRepaired = {name} says a rupture feels repaired
        home.news.ruptureRepaired = A rupture is repaired: you both said so
        home.news.clinicianAskedIn = {name} asked {clinician} in
        home.news.clinicianConsented = {name} chose what {clinician} may see
        home.news.clinicianLooked = {clinician} looked at your shared work
        home.news.clinicianNote = {clinician} left a note for you both
        home.news.clinicianSuggested = {clinician} suggested something
        home.news.joined = {name} joined you here
        home.news.left = {name} left the couple. Everything you shared is still here
        home.news.accountClosed = Your former partner closed their account. Everything you shared is still here
        home.news.passwordReset = {name}'s password was reset. What you kept for them opens only once they give their recovery code; share anything new only if you are sure it is them
        # {day} is a full date, e.g. "Tue, 24 Nov 2026".
        home.news.hardWeek = {name} told you the week up to {day} is hard for them
        home.news.talkProposed = {name} proposed a day and a time for your weekly check-in
        home.news.talkAgreed = {name} agreed to your weekly check-in
        home.news.talkStopped = {name} stopped the weekly check-in
        home.news.talkReady = {name} wrote their turn of this week’s check-in
        home.news.talkOpened = Both turns of your check-in are open
        home.news.talkHeard = {name} heard your turn
        home.news.talkThanked = {name} thanked you for your turn
        home.news.thenAndNow = {name} shared where their trust in you stands in {area}, then and now
        home.news.heading = What happened
        home.news.earlier = Earlier
        home.news.nothingEarlier = Nothing earlier.
        home.news.backHome = ← Home
        # Refused address: the page of earlier news was asked for with a "before" that is not a number.
        home.news.beforeNotNumber = 'before' must be a whole number.
        # Closing the account for good.
        home.close.heading = Close your account?
        # {name} is what the partner sees instead of the closed account's name ("a former partner").
        home.close.whatItDoes = This destroys your account, your email and name, and everything you kept private here: nobody, including whoever runs this Trellis, can read those again. What you shared stays with your partner, under "{name}". This cannot be undone.
        # {link} is a link whose words are home.close.readOrSave.
        home.close.keepCopy = To keep a copy, {link} first.
        home.close.readOrSave = read or save everything
        home.close.passwordLabel = Your password
        home.close.confirm = Close my account for good
        home.close.keep = Keep my account
        home.close.closedHeading = Your account is closed
        home.close.goneForGood = Your account, your email and everything you kept private are gone for good.
        home.close.backToStart = Back to the start
        # The export as a document to read, print or save.
        home.export.backToSettings = ← Settings
        home.export.download = Download (JSON)
        home.export.heading = Everything Trellis holds for {name}
        # {moment} is a day and a time, as home.export.moment says it.
        home.export.made = Made {moment}. It holds what you two shared and what you kept to yourself; never your partner's private entries or their email.
        home.export.moment = {day} at {time}
        home.export.yourAccount = Your account
        home.export.name = Name
        home.export.email = Email
        home.export.timeZone = Time zone
        home.export.yourCouple = Your couple
        home.export.noCouple = You are not in a couple now.
        home.export.coupleLeft = A couple you left
        home.export.coupleLeftNote = What it held until you left; nothing written after.
        # A member of the couple, with when they joined.
        home.export.member = {name}, since {moment}
        home.export.memberYou = {name} (you), since {moment}
        home.export.memberLeft = {name} (left), since {moment}
        home.export.everything = Everything that happened
        # After an entry only its author can see.
        home.export.private = (private)
        # Refusals: a step that could not be taken, and what to do.
        home.refusal.alreadyInCouple = You are already in a couple. Leave it first to start or join another.
        home.refusal.inviteUnknown = That invite code is not valid. Check it with your partner.
        home.refusal.inviteUsed = That invite has already been used. Ask your partner for a new one.
        home.refusal.inviteExpired = That invite has expired. Ask your partner for a new one.
        home.refusal.inviteReplaced = Your partner made a newer invite since this one. Ask them for the latest link.
        home.refusal.inviteUnavailable = That invite has just been used or has expired. Ask your partner for a new one.
        home.refusal.partnerFearsSealed = Your partner's fears here open together with yours after their next step in building trust; try again then.
        home.refusal.partnerWordsAwaitRecovery = Your password was reset: what your partner kept for you opens once you give your recovery code (in settings).
        home.refusal.notCurrentPassword = That is not your current password.
        home.refusal.recoveryPending = Enter the recovery code you have first: it opens the entries from before the reset.
        home.refusal.recoveryCodeShape = A recovery code is 25 letters and digits, as it was shown to you.
        home.refusal.recoveryCodeWrong = That code does not open your private entries.
        home.refusal.deviceNotYours = That device is not signed in as you.
        home.refusal.chooseLockCode = Choose a lock code.
        home.refusal.chooseLockTime = Choose one of the lock times offered.
        home.refusal.giveCodeOrPassword = Give your lock code or your password.
        home.refusal.wrongLockCode = That is not your lock code.
        home.refusal.wrongPassword = That is not your password.
        home.refusal.resetLinkUsed = This link has been used or is more than a day old. Ask for a new one.
        # The person who made an invite, on the page where it is opened, when their name cannot be found.
        home.invite.yourPartner = Your partner
        # Refused: another website tried to open the live updates of a member's page.
        home.refusal.foreignOrigin = Live updates are only for Trellis's own pages.
        # Emails and device notifications. They may be read on a lock screen or a shared tablet: they never
        # say who, what or which area. {app} is "Trellis", or in discreet mode the plain name the member chose.
        home.mail.reset.subject = Your link to set a new password
        home.mail.reset.asked = Someone asked to set a new password for your {app} account.
        # Followed by the link on its own line.
        home.mail.reset.open = If it was you, open this link within a day to choose a new one. It works once, and it logs out every device signed in as you:
        home.mail.reset.link = Set a new password
        home.mail.reset.after = If it was not you, you can leave this: nothing has changed.
        home.mail.verify.subject = Confirm your address for {app}
        home.mail.verify.open = Open this link within a day to confirm that this address is yours:
        home.mail.verify.link = Confirm my address
        home.mail.verify.after = Until you do, {app} sends nothing else here. If you did not ask for this, you can leave it.
        home.mail.signUpAttempt.subject = Someone tried to sign up with your address
        home.mail.signUpAttempt.tried = Someone tried to make a new {app} account with this address, which already has one.
        home.mail.signUpAttempt.ifYou = If it was you, log in instead, or use “Forgot your password?” on the log-in page:
        home.mail.signUpAttempt.link = Log in
        home.mail.signUpAttempt.after = If it was not you, you can leave this: your account has not changed.
        # The subject is also the whole text of the notification on a device.
        home.mail.weekly.subject = Your week in {app}
        home.mail.weekly.line = Your week in {app} is there to look back on, when you have a moment:
        home.mail.open = Open {app}
        home.mail.nudgeAfter = You choose these reminders, and when they come, in your settings; each one has a link to stop them all.
        # The subject is also the whole text of the notification on a device.
        home.mail.waiting.subject = Something is waiting for you in {app}
        home.mail.waiting.line = Something is waiting for you in {app}. Open it when you have a moment:
        home.mail.device.subject = Your link to log in on this device
        home.mail.device.couldNot = Someone, perhaps you, could not log in to your {app} account from a new device, because of too many wrong tries.
        home.mail.device.open = If it was you, open this link within a quarter of an hour on that device, then log in with your password as usual. It lets that device try, whatever anyone else is guessing:
        home.mail.device.link = Let this device in
        home.mail.device.after = If it was not you, you can leave this: without your password, the link opens nothing.
        # Sent to the old address after the account's address was changed.
        home.mail.emailChanged.subject = The address of your {app} account was changed
        home.mail.emailChanged.line = The address of the {app} account that used this one was just changed to another.
        home.mail.emailChanged.after = If it was you, there is nothing to do. If it was not, ask whoever runs this service for help at once.
        # The member's calendar feed, shown in their own calendar app.
        home.calendar.name = Trellis: what I said I would do
        # In discreet mode, every event's only title: it must say nothing of what it is about.
        home.calendar.reminder = Reminder
        # {cadence} is how often, e.g. "every day", "every Monday, Thursday", "once, by Tue 1 Dec".
        home.calendar.agreed = Agreed in Trellis, {cadence}.
        # {what} is the trust given or the expectation, as the couple wrote it.
        home.calendar.lookAgain = Look again together: {what}
        home.calendar.lookAgainNote = The day you set in Trellis to talk about how it is going.
        home.calendar.journal = Evening journal
        # Refused: {zone} is what was sent as a time zone; "Europe/Paris" is a code, not translated.
        home.clocks.notATimeZone = '{zone}' is not a time zone name; use one like Europe/Paris.
        home.clocks.alreadyHidden = Your partner does not see your time.
        home.clocks.alreadyShown = Your partner sees this already.
        home.nudges.hoursInOneDay = Choose hours within one day, the first before the last.
        # A clinician's name when it cannot be found, in a news line: "Your clinician looked at your shared work".
        home.news.yourClinician = Your clinician
        # The export's entries said in words: an event's kind (a heading for each entry), the name of
        # each of its fields, and Trellis's own coded values. Short labels, as in a record.
        home.export.yes = yes
        home.export.no = no
        home.export.word.accountClosed = Account closed
        home.export.word.actionAccepted = Action accepted
        home.export.word.actionRequested = Action requested
        home.export.word.areaAdded = Area added
        home.export.word.areaArchived = Area archived
        home.export.word.areaRenamed = Area renamed
        home.export.word.areaRestored = Area restored
        home.export.word.clinicianConsentGiven = Clinician consent given
        home.export.word.clinicianConsentWithdrawn = Clinician consent withdrawn
        home.export.word.clinicianInvited = Clinician invited
        home.export.word.clinicianNoteLeft = Clinician note left
        home.export.word.clinicianSuggested = Clinician suggested
        home.export.word.clinicianSuggestionAnswered = Clinician suggestion answered
        home.export.word.clinicianViewed = Clinician viewed
        home.export.word.clockShared = Clock shared
        home.export.word.coupleStarted = Couple started
        home.export.word.disclosureMade = Disclosure made
        home.export.word.disclosureThanked = Disclosure thanked
        home.export.word.expectationAgreed = Expectation agreed
        home.export.word.expectationConsentWithdrawn = Expectation consent withdrawn
        home.export.word.expectationDeclined = Expectation declined
        home.export.word.expectationProposed = Expectation proposed
        home.export.word.expectationReworded = Expectation reworded
        home.export.word.fearAnswered = Fear answered
        home.export.word.fearEdited = Fear edited
        home.export.word.fearWithdrawn = Fear withdrawn
        home.export.word.fearWritten = Fear written
        home.export.word.fearsReady = Fears ready
        home.export.word.feedbackGiven = Feedback given
        home.export.word.feedbackPaused = Feedback paused
        home.export.word.feedbackReflected = Feedback reflected
        home.export.word.grantAnswered = Grant answered
        home.export.word.grantOffered = Grant offered
        home.export.word.grantReviewed = Grant reviewed
        home.export.word.grantUsed = Grant used
        home.export.word.grantWithdrawn = Grant withdrawn
        home.export.word.hardDateAdded = Hard date added
        home.export.word.hardDatePrepared = Hard date prepared
        home.export.word.hardDateRemoved = Hard date removed
        home.export.word.hardWeekTold = Hard week told
        home.export.word.hurtRecorded = Hurt recorded
        home.export.word.journalEdited = Journal edited
        home.export.word.journalWritten = Journal written
        home.export.word.memberLeft = Member left
        home.export.word.nameChanged = Name changed
        home.export.word.noticed = Noticed
        home.export.word.occurrenceAcknowledged = Occurrence acknowledged
        home.export.word.occurrenceNote = Occurrence note
        home.export.word.occurrenceNoticed = Occurrence noticed
        home.export.word.occurrenceReported = Occurrence reported
        home.export.word.occurrenceWithdrawn = Occurrence withdrawn
        home.export.word.operatorExported = Operator exported
        home.export.word.partnerJoined = Partner joined
        home.export.word.passwordReset = Password reset
        home.export.word.questionAnswered = Question answered
        home.export.word.questionAsked = Question asked
        home.export.word.reflectionMarked = Reflection marked
        home.export.word.repairStepAdded = Repair step added
        home.export.word.retirementAnswered = Retirement answered
        home.export.word.retirementProposed = Retirement proposed
        home.export.word.rewordAnswered = Reword answered
        home.export.word.rewordProposed = Reword proposed
        home.export.word.ruptureFeelsRepaired = Rupture feels repaired
        home.export.word.ruptureRecorded = Rupture recorded
        home.export.word.safeBehaviourConfirmed = Safe behaviour confirmed
        home.export.word.safeBehaviourHappened = Safe behaviour happened
        home.export.word.safeBehaviourNamed = Safe behaviour named
        home.export.word.safeBehaviourRetired = Safe behaviour retired
        home.export.word.signsChecked = Signs checked
        home.export.word.slidingDoor = Sliding door
        home.export.word.switchSet = Switch set
        home.export.word.talkAgreed = Talk agreed
        home.export.word.talkProposed = Talk proposed
        home.export.word.talkStopped = Talk stopped
        home.export.word.thenAndNowAnswered = Then and now answered
        home.export.word.turnAnswered = Turn answered
        home.export.word.turnOpened = Turn opened
        home.export.word.turnReady = Turn ready
        home.export.word.turnWritten = Turn written
        home.export.word.urgeLogged = Urge logged
        home.export.word.windowDeclined = Window declined
        home.export.word.windowEnded = Window ended
        home.export.word.windowJoined = Window joined
        home.export.word.windowQuestion = Window question
        home.export.word.windowRated = Window rated
        home.export.word.windowReady = Window ready
        home.export.word.windowReflected = Window reflected
        home.export.word.windowStarted = Window started
        home.export.word.founderName = Founder name
        home.export.word.name = Name
        home.export.word.area = Area
        home.export.word.on = On
        home.export.word.what = What
        home.export.word.help = Help
        home.export.word.question = Question
        home.export.word.answer = Answer
        home.export.word.doer = Doer
        home.export.word.cadence = Cadence
        home.export.word.note = Note
        home.export.word.since = Since
        home.export.word.accepted = Accepted
        home.export.word.retired = Retired
        home.export.word.action = Action
        home.export.word.day = Day
        home.export.word.outcome = Outcome
        home.export.word.word = Word
        home.export.word.text = Text
        home.export.word.toward = Toward
        home.export.word.to = To
        home.export.word.seconds = Seconds
        home.export.word.landed = Landed
        home.export.word.line = Line
        home.export.word.why = Why
        home.export.word.fear = Fear
        home.export.word.stakes = Stakes
        home.export.word.size = Size
        home.export.word.honoured = Honoured
        home.export.word.promise = Promise
        home.export.word.version = Version
        home.export.word.disclosure = Disclosure
        home.export.word.rating = Rating
        home.export.word.ending = Ending
        home.export.word.levels = Levels
        home.export.word.urge = Urge
        home.export.word.acted = Acted
        home.export.word.trigger = Trigger
        home.export.word.felt = Felt
        home.export.word.step = Step
        home.export.word.part = Part
        home.export.word.expectation = Expectation
        home.export.word.repaired = Repaired
        home.export.word.parts = Parts
        home.export.word.suggests = Suggests
        home.export.word.yearly = Yearly
        home.export.word.ask = Ask
        home.export.word.timeZone = Time zone
        home.export.word.time = Time
        home.export.word.owner = Owner
        home.export.word.by = By
        home.export.word.days = Days
        home.export.word.situation = Situation
        home.export.word.scan = Scan
        home.export.word.body = Body
        home.export.word.traps = Traps
        home.export.word.shame = Shame
        home.export.word.predictability = Predictability
        home.export.word.dependability = Dependability
        home.export.word.faith = Faith
        home.export.word.feel = Feel
        home.export.word.appreciate = Appreciate
        home.export.word.need = Need
        home.export.word.own = Own
        home.export.word.struggle = Struggle
        home.export.word.once = Once
        home.export.word.daily = Daily
        home.export.word.weekdays = Weekdays
        home.export.word.whenever = Whenever
        home.export.word.timeUp = Time up
        home.export.word.left = Left
        home.export.word.declined = Declined
        home.export.word.abandoned = Abandoned
        home.export.word.done = Done
        home.export.word.missed = Missed
        home.export.word.understand = Understand
        home.export.word.sorry = Sorry
        home.export.word.next = Next
        home.export.word.repair = Repair
        home.export.word.integrity = Integrity
        home.export.word.expectations = Expectations
        home.export.word.windows = Windows
        home.export.word.small = Small
        home.export.word.medium = Medium
        home.export.word.large = Large
        home.export.word.clearAction = Clear action
        home.export.word.phone = Phone
        home.export.word.socialMedia = Social media
        home.export.word.location = Location
        home.export.word.other = Other
        """#
}
