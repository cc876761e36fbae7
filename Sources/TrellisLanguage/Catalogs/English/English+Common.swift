extension EnglishCatalog {
    static let common = #"""
        # Page shell, navigation and lists that go back in time
        common.account.logIn = Log in
        common.account.signUp = Sign up
        common.account.logOut = Log out
        # The title of the page shown for a refusal with no better page: not found, and anything else.
        common.errorPage.notHere = This page is not here
        common.errorPage.notRight = Something is not right
        common.nav.backHome = Back to your home page
        common.nav.goHome = Go to your home page
        # The link back to home at the top of a screen.
        common.nav.home = ← Home
        common.nav.backToLogIn = Back to log in
        # The button at the top of every page that leaves at once for an everyday site (for someone who must hide that they use Trellis).
        common.quickExit.button = Quick exit
        # Paging a long list: the link to older items, and back to the newest.
        common.paging.earlier = Earlier
        common.paging.newest = Back to the newest
        common.paging.notOurs = That link to earlier items is not one of ours.
        # For programmers calling the API: the quoted names are field names and stay as they are.
        common.malformed.day = 'day' must be a date like 2026-11-25.
        common.malformed.earlier = 'earlier' must be a value an answer gave, such as entries.120.
        common.malformed.missingField = The form field '{field}' is missing.
        # Forms: a refused form keeps what was typed.
        common.forms.keptHere = What you wrote is kept here.
        common.forms.keptBelow = What you wrote is kept below.
        # An optional date on a grant of trust or an agreement, to look at it again together.
        common.forms.reviewDay = A day to look at it again (optional)
        common.forms.chooseDay = Choose a day, or leave it empty.
        common.forms.chooseArea = Choose one of your areas.
        # A printed report of chosen days; {from} and {to} are days written out ("Sun 1 Nov 2026").
        common.period.from = From {from}.
        common.period.upTo = Up to {to}.
        common.period.fromTo = From {from} to {to}.
        common.period.fromLabel = From
        common.period.toLabel = To
        common.period.show = Show these days
        common.period.printNote = To keep it, print this page or save it as a PDF from your browser.
        # The calm line at the top of a screen after a step. {partner} is the partner's name (or common.partner.fallback).
        common.done.answered = Sent to {partner}.
        common.done.reported = Noted. {partner} can see it.
        common.done.asked = Asked. {partner} will find it on their home page.
        common.done.requested = Sent to {partner} to read and agree.
        common.done.switchedOff = Your switch is off. It stays yours to turn on when you are ready.
        common.done.switchedOn = Your switch is on.
        # After a hurt is written down and kept private.
        common.done.keptPrivate = Kept for you alone. You can share it later.
        common.done.recorded = Recorded. {partner} can read it.
        common.done.shared = Shared with {partner}.
        common.done.accepted = Agreed. It is on your list.
        common.done.proposed = Sent to {partner} to decide.
        common.done.decided = Done. {partner} can see your answer.
        # A clear action was retired.
        common.done.retired = Retired. Its history stays.
        common.done.noticed = {partner} will see that you noticed.
        # After an evening journal entry, a noticing or a sliding-door moment kept private.
        common.done.keptForYou = Kept for you alone. You can share it later.
        common.done.saved = Saved.
        common.done.feedbackGiven = Given to {partner}. They will take a moment with it before they answer.
        # After feedback was reflected back: it landed, or not quite.
        common.done.landed = {partner} will see that it landed.
        common.done.notQuite = Sent. {partner} can name it back again.
        common.done.areaAdded = Area added.
        common.done.areaRenamed = Renamed.
        common.done.areaArchived = Archived, with everything in it kept. You can restore it below.
        common.done.areaRestored = Restored.
        # A report of a clear action's day was taken back; “not reported” is how that day reads on the repair page.
        common.done.withdrawn = Taken back. That day reads “not reported” again.
        common.done.consentWithdrawn = Your consent is withdrawn. It no longer holds, and {partner} can see that.
        common.done.told = Told. {partner} can read it.
        common.done.thanked = Thanked. {partner} will see it.
        # A grant of trust was given.
        common.done.grantGiven = Given to {partner}. They can accept it, or not.
        common.done.grantWithdrawn = Taken back. It no longer holds, and {partner} can see that.
        # A core fear was written down.
        common.done.fearKept = Kept for you alone. It stays yours until you choose to share it.
        common.done.fearWithdrawn = Taken back. It is gone.
        common.done.waitingTogether = Noted. Your fears here open when {partner} shares theirs; until then {partner} sees only that you are ready.
        common.done.revealedTogether = Both of your fears here are open now, to each other.
        # The Transparency Window was proposed, then closed.
        common.done.windowStarted = {partner} is invited. Your question stays yours until they join.
        common.done.windowEnded = The window is closed. Nothing more is asked of you now.
        common.done.reflectionKept = Kept for you alone. You can share it later.
        common.done.behaviourNamed = Named. {partner} can see it, as something that helps you feel safe.
        common.done.happenedNoted = Noted. It counts in the picture.
        common.done.claimSent = Sent. It counts once {partner} confirms it.
        # A clinician was asked in; they see nothing until both partners consent.
        common.done.clinicianAsked = Asked in. Nothing is open to them until {partner} consents too.
        common.done.consentKept = Your consent is kept. They see only what you both chose.
        common.done.profileSaved = Your profile is saved.
        # A clinician's suggestion was taken on, declined (by the couple), or sent (by the clinician).
        common.done.suggestionTakenOn = Taken on. It now waits for {partner}, the usual way.
        common.done.suggestionDeclined = Declined, for both of you. The clinician sees that.
        common.done.suggestionSent = Suggested. It is theirs to take on, or not.
        common.done.recovered = Your private entries from before the reset are open to you again.
        # A rupture: one partner says it feels repaired; then both do.
        common.done.feelsRepaired = Noted. It closes when {partner} says it feels repaired too.
        common.done.ruptureClosed = You both say it feels repaired. It is closed, and kept.
        common.done.urgeNoted = Noted, for you alone. Noticing the urge is already a step.
        common.done.hardDateAdded = On your list, for you alone. Home will tell you a week before.
        common.done.hardDateRemoved = Taken off your list.
        # The weekly check-in: proposed, agreed, stopped; a turn written, both turns open, a turn answered.
        common.done.talkProposed = Proposed. It starts once {partner} agrees.
        common.done.talkAgreed = Agreed. On the day, home asks each of you for your turn.
        common.done.talkStopped = Stopped, for both of you. You can start again any time.
        common.done.turnKept = Written, for now yours alone. It opens together with {partner}’s, once theirs is written.
        common.done.turnsOpened = Both turns are open now, to each other.
        common.done.turnAnswered = Sent. That is all there is to say here.
        # Then and now: an answer kept, or shared.
        common.done.answerKept = Kept for you alone. Next month, you can see how it moves.
        common.done.answerShared = Shared. {partner} sees it beside their own, never added to anything.
        # Hard dates: getting ready kept; the partner told that a hard week is coming.
        common.done.readyKept = Kept for you alone, for when the day comes.
        common.done.hardWeekTold = {partner} knows the coming week is hard for you. Nothing more was said.
        common.done.passwordChanged = Your password is changed, and every other device is logged out.
        common.done.linkSent = A new link is on its way to your address.
        common.done.deviceLoggedOut = That device is logged out.
        common.done.othersLoggedOut = Every other device is logged out.
        # After a clear action's day was reported: a link to where the report can be taken back.
        common.done.undoReport = Made by mistake? It can be taken back for a few minutes.
        # Who a sentence names when the partner has not joined, or has left. German: used like a name, in any case of the sentence.
        common.partner.fallback = your partner
        # A form sent after the session ended or from an old page: nothing was saved, the words are given back.
        common.expired.title = Not saved yet
        common.expired.loggedOut = You were logged out before this was sent, so it was not saved. Copy your words below, then try again.
        common.expired.olderPage = This form was from an older page, so it was not saved. Copy your words below, then try again.
        common.expired.whatYouWrote = What you wrote
        common.expired.logInAgain = Log in again
        # Welcome, sign-up and log-in
        common.welcome.title = Build trust on purpose, and repair it when it breaks
        common.welcome.lead = Trellis is a private place for the two of you: each partner on their own device, trust recorded area by area and in each direction, and what is private staying private.
        common.account.createAccount = Create an account
        common.account.haveAccount = I have an account
        common.signup.title = Create your account
        common.signup.name = Your name
        common.account.email = Email
        common.account.password = Password
        # {count} is the shortest a password may be.
        common.signup.password[one] = Password (at least {count} character; a few words you will remember)
        common.signup.password[other] = Password (at least {count} characters; a few words you will remember)
        common.signup.timeZone = Your time zone (your days and evenings follow it; change it any time in settings)
        common.signup.submit = Create account
        # {link} is a link that says common.account.logIn.
        common.signup.haveOne = Already have one? {link}
        # Quick exit is the button common.quickExit.button; a link to the privacy guide follows.
        common.signup.quickExitNote = Quick exit, at the top of every page, leaves at once for an everyday page and locks or logs out this device. It does not clear your browser's history, and someone watching may already have seen the screen.
        common.signup.privacyLink = What keeps Trellis private
        common.login.title = Log in
        # {link} is a link that says common.account.createAccount.
        common.login.newHere = New here? {link}
        # A link by email that makes this device a known one, when log-ins from new devices are paused after someone's guessing
        common.deviceLink.offer = Is this your new phone, and someone else has been guessing? Get a link by email that lets this device try your password at once.
        common.deviceLink.send = Email me a link for this device
        common.mail.lookTitle = Look in your email
        common.deviceLink.sent = If an account uses that address, a link is on its way. Open it on this device within a quarter of an hour, then log in with your password.
        common.deviceLink.knownTitle = This device is known now
        common.deviceLink.known = Log in with your password: tries from this device are counted apart from anyone else's.
        common.link.goneTitle = This link no longer works
        common.deviceLink.expired = It was good for a quarter of an hour. Ask for a new one from the log-in page.
        # A forgotten password
        common.forgot.title = Forgot your password?
        common.forgot.lead = Give the email you signed up with. If an account uses it, a link to set a new password goes there; it works once, within a day, and logs out every device signed in as you.
        common.forgot.send = Send me a link
        common.forgot.privateNote = What you keep private stays locked after a new password until you enter your recovery code; your partner's words and what you shared are not affected.
        common.forgot.sent = If an account uses that address, a link to set a new password is on its way. It works once, within a day. Nothing arrived? Look in spam, or ask again in a while.
        # {command} is a command for the server's operator, shown as code and never translated.
        common.forgot.noMail = This Trellis sends no email. Ask whoever runs it for a link to set a new password (they make one with {command}); it works once, within a day.
        # Following an invite link; {name} is who invited
        common.join.title = {name} invited you to Trellis
        common.join.lead = Trellis is a private space for the two of you. Create your own account (or log in) to join.
        common.join.createAccount = Create my account
        # The button that joins the couple {name} started.
        common.join.button = Join {name}
        common.join.explain = Joining makes the two of you a couple here. What each of you keeps private stays private.
        common.join.refusedTitle = This invite cannot be used
        # The recovery code, shown once
        common.recoveryCode.title = Your recovery code
        common.recoveryCode.lead = What you keep private here (your journal, hurts you keep to yourself, your fears until you share them) is locked with a key of your own: your password opens it, and so do the devices you are signed in on, while you are. Nobody else can read it, not your partner and not whoever runs this Trellis.
        common.recoveryCode.keep = Write this code down and keep it somewhere safe, away from your phone. If you forget your password, it is the only other way back to your private entries. This page shows it until you say you have kept it; after that, nobody can show it again.
        common.recoveryCode.loseBoth = If you lose both your password and this code, your private entries cannot be opened again, by anyone.
        common.recoveryCode.sharedSafe = What you share with your partner is not affected.
        common.recoveryCode.kept = I have kept it somewhere safe
        # Setting a new password from a link
        common.reset.title = Choose a new password
        common.reset.lead = Every device signed in as you will be logged out; then log in with the new password.
        # “My settings” is the name of the settings page.
        common.reset.sealed = Your private entries stay locked after this: nobody else holds their key. Your recovery code opens them again (in My settings, once you are logged in). Without it, they cannot be opened by anyone; what you share with your partner is not affected.
        common.reset.submit = Set my new password
        # {link} is a link that says common.reset.askAgain.
        common.reset.gone = It has been used, or it is more than a day old. {link}.
        common.reset.askAgain = Ask for a new one
        # Proving an email address
        common.verify.title = Confirm your address
        common.verify.lead = One tap, and Trellis knows this address is yours.
        common.verify.button = Confirm my address
        common.verify.gone = It has been used, or it is more than a day old. Your settings can send a new one.
        common.verify.confirmedTitle = Your address is confirmed
        common.verify.thanks = Thank you.
        common.verify.onToTrellis = On to Trellis
        # The one step before something that cannot be taken back
        common.confirm.retire.question = Retire this action?
        common.confirm.retire.consequence = It stops being asked and reported. Its history stays. A retired action cannot be brought back; you can ask for a new one.
        common.confirm.retire.yes = Yes, retire it
        common.confirm.retire.proposeQuestion = Propose retiring this action?
        common.confirm.retire.proposeConsequence = Your partner asked for it, so they decide. Until they do, it stays as it is.
        common.confirm.retire.proposeYes = Yes, propose it
        common.confirm.archive.question = Archive this area?
        common.confirm.archive.consequence = It leaves your lists for both of you, with everything in it kept. You can restore it later.
        common.confirm.archive.yes = Yes, archive it
        # {name} is the partner's name; the NoPartner forms are for when the partner has not joined or has left.
        common.confirm.share.question = Share this with {name}?
        common.confirm.share.consequence = {name} can read it from now on. Sharing cannot be undone.
        common.confirm.share.questionNoPartner = Share this with your partner?
        common.confirm.share.consequenceNoPartner = Your partner can read it from now on. Sharing cannot be undone.
        common.confirm.share.yes = Yes, share it
        common.confirm.goBack = Go back
        common.confirm.needed = This step needs its confirmation: open it again and confirm.
        # The device's lock: a lock code or the password opens it
        common.lock.title = Locked
        common.lock.askAgainTitle = This page asks again
        common.lock.askAgainCode = This page is private, and some time has passed. Give your lock code to open it.
        common.lock.askAgainPassword = This page is private, and some time has passed. Give your password to open it.
        common.lock.giveCode = Give your lock code to go on.
        common.lock.givePassword = Give your password to go on.
        common.lock.code = Lock code
        common.lock.usePassword = Use your password instead
        common.lock.open = Open
        common.lock.notYou = Not you? Log out
        # When only one partner is trying: a guide open to anyone
        common.alone.title = When only I am trying
        common.alone.lead = It is common for one partner to begin while the other hesitates, or is not ready, or has gone. What you do alone is not wasted: it is how you steady yourself, and steadiness is what the two of you would build on later.
        common.alone.worksTitle = What works alone
        # Each {link} below is a link to the page, saying the words of the ...Link line before it.
        common.alone.journalLink = The evening journal and noticing
        common.alone.journal = {link}: a few lines at night, and one good thing you saw today.
        common.alone.signsLink = A private check-in
        common.alone.signs = {link} on the signs, for the days trust feels out of reach.
        common.alone.urgesLink = The urge log
        common.alone.urges = {link}: when the urge to check comes, note it, and over the weeks see what helps.
        common.alone.hardDatesLink = Hard dates
        common.alone.hardDates = {link}: the days that hurt, and a moment to get ready a week before.
        common.alone.privateTitle = What stays yours
        common.alone.private = Everything you write alone is private. If your partner joins, they see only what you choose to share, one entry at a time, and they cannot tell what you keep.
        common.alone.inviteTitle = Inviting, when you are ready
        common.alone.invite = The invite is on your home, one tap away, for whenever you want it. There is no hurry, and no reminder about it goes to you or to them. A link sent with "only when you are ready" is still an invitation.
        common.alone.limitsTitle = What needs the two of you
        common.alone.limits = Repair itself is two people's work: turning trust back on in an area, clear actions, giving trust, the Transparency Window. Trellis does not pretend otherwise, and does not ask you to do their part.
        common.alone.careTitle = Going gently
        common.alone.care = Read the direction over weeks, not days. If you feel unsafe, or stuck, a counsellor can help you on your own as well as the two of you together: waiting for a partner is no reason to go without.
        # Outside help: consent to what a clinician may see, and until when
        common.consent.legend = What they may see of your shared work (never anything private)
        common.consent.until = Until (a day to look at it again)
        common.consent.chooseReviewDay = Choose a review day.
        common.help.noSuchClinician = No clinician has this id.
        common.help.chooseArea = Choose an area.
        # Finding a clinician in the directory
        common.findClinician.back = ← Outside help
        common.findClinician.title = Find a clinician
        common.findClinician.lead = Which approach fits depends on what broke. Here is what each tends to be good for, in short; any good clinician will tell you plainly what they can help with.
        common.findClinician.searchTitle = Search
        common.findClinician.searchNote = Only clinicians who chose to be listed here. Nobody pays to come first, and your search is not kept.
        common.findClinician.situation = What brings you
        common.findClinician.approach = Approach
        common.findClinician.where = Where
        # The first choice of a search's lists: no preference.
        common.findClinician.any = Any
        common.findClinician.either = Either
        common.findClinician.online = Online
        common.findClinician.inPerson = In person
        common.findClinician.place = Place (for in person)
        common.findClinician.language = Language
        common.findClinician.searchButton = Search
        common.findClinician.found = Found
        common.findClinician.nobody = Nobody listed matches that yet. Try fewer choices.
        # A clinician found: {approaches} and {languages} are lists as the clinician wrote them; {place} is a town they named.
        common.findClinician.seesOnlineAndIn = {approaches}. Sees people online and in {place}. Works in {languages}.
        common.findClinician.seesOnline = {approaches}. Sees people online. Works in {languages}.
        common.findClinician.seesIn = {approaches}. Sees people in {place}. Works in {languages}.
        common.findClinician.seesNowhere = {approaches}. Works in {languages}.
        common.findClinician.askIn = Ask {name} in
        common.help.askThemIn = Ask them in
        # The outside-help page
        common.help.title = Outside help
        common.help.lead = Some things are easier with a specialist beside you. A clinician you ask in sees only the parts of your shared work that both of you chose, and only until the earlier of your two review days. Nothing private is ever among them. Either of you can end it at any moment, for both of you. Their list of couples shows your names and what is open; opening your work is written under “Who looked”.
        # {link} is a link that says common.help.printReportLink.
        common.help.printReport = {link}, to take to a session yourself.
        common.help.printReportLink = Print a report of the days you choose
        common.help.privacyLink = What keeps Trellis private on a phone, and what does not
        # The clinicians asked in by the couple.
        common.help.askedIn = Asked in
        common.help.nobodyYet = Nobody yet.
        common.help.askedInByYou = Asked in by you.
        common.help.askedInBy = Asked in by {partner}.
        # Each partner's consent to one clinician: {parts} is a list of parts of the couple's work, {until} a day ("tomorrow", "Tue 1 Dec").
        common.help.consent.youNotYet = You: not yet
        common.help.consent.notYet = {name}: not yet
        common.help.consent.yours = You: {parts}, until {until}
        common.help.consent.theirs = {name}: {parts}, until {until}
        common.help.consent.openNow = Open to them now: {parts}, until {until}.
        common.help.consent.nothingOpen = Nothing is open to them now.
        common.help.consent.give = Give your consent
        common.help.consent.change = Change your consent
        common.help.consent.keep = Keep my consent
        common.help.consent.withdraw = Withdraw: end their access
        common.help.notesTitle = Notes from clinicians
        # Who looked at the couple's record. {when} and {until} are a day and time; {parts} a list of parts of their work.
        common.help.log.title = Who looked
        common.help.log.lead = Every time a clinician reads your record, or whoever runs this Trellis exports it, it is written here, for both of you.
        common.help.log.nobody = Nobody has looked.
        common.help.log.read = {name} read: {parts}. {when}
        common.help.log.readTimes[one] = {name} read: {parts}, {count} time, from {when} to {until}.
        common.help.log.readTimes[other] = {name} read: {parts}, {count} times, from {when} to {until}.
        common.help.log.exportedYours = Whoever runs this Trellis exported your data, your shared record with it. {when}
        common.help.log.exportedTheirs = Whoever runs this Trellis exported {name}'s data, your shared record with it. {when}
        # As above, for a member whose name is no longer known.
        common.help.log.exportedAPartners = Whoever runs this Trellis exported a partner's data, your shared record with it. {when}
        # What clinicians suggested: {kind} is a clear action or an agreement, {words} the suggestion in bold, {name} whom it is for.
        common.help.suggestions.title = Suggestions from clinicians
        common.help.suggestions.lead = A suggestion is only words until one of you takes it on. Then it goes the usual way: an action is asked of the one who would do it, an expectation is agreed by both.
        common.help.suggestions.none = None waiting.
        common.help.suggestions.answered = Answered
        common.help.suggestions.heading = {kind}: {words}
        common.help.suggestions.headingForYou = {kind} for you: {words}
        common.help.suggestions.headingFor = {kind} for {name}: {words}
        common.help.suggestions.headingForAPartner = {kind} for a partner: {words}
        common.help.suggestions.area = Area
        common.help.suggestions.askFor = Ask {partner} for it
        common.help.suggestions.proposeTo = Propose it to {partner}
        common.help.suggestions.partnerCanAsk = {partner} can ask it of you, or either of you can decline it.
        common.help.suggestions.decline = Not for us
        common.help.suggestions.takenOnByYou = {words}: taken on by you
        common.help.suggestions.takenOnBy = {words}: taken on by {partner}
        common.help.suggestions.declinedByYou = {words}: declined by you
        common.help.suggestions.declinedBy = {words}: declined by {partner}
        # What keeps Trellis private on a phone: a guide open to anyone
        common.privacy.title = What keeps Trellis private on a phone
        common.privacy.lead = Trellis keeps what you write sealed on the server, and what is private stays yours: your partner never sees it unless you share it. A phone others can pick up needs a little more; here is what each protection does, and what it does not.
        common.privacy.lockTitle = The lock
        common.privacy.lock = After the time you choose for a device (five minutes unless you change it) without use, Trellis shows nothing but the lock until you give your lock code or your password. The server checks it, not the page, and guessing the code slows down after a few tries; your password always opens it, so no one can lock you out. Your journal, urges, signs and private fears can ask again even while the rest is open.
        common.privacy.lockLimit = It does not protect against someone who knows your code or your password, or a page you are looking at while someone watches.
        # The quick exit is the button common.quickExit.button.
        common.privacy.quickExitTitle = The quick exit
        common.privacy.quickExit = At the top of every page, or Escape three times: the screen empties, an everyday search page opens, and this device locks (or, with no lock chosen, logs out). Back, a reload or a reopened tab then shows the lock, not your home.
        common.privacy.quickExitLimit = It does not clear the browser's history (the address of Trellis can still be in it), and it cannot undo what someone watching already saw.
        # Notes, Lists, Daily and Reminder are the plain names discreet mode uses; write them as this language's app shows them.
        common.privacy.discreetTitle = Discreet mode
        common.privacy.discreet = A plain name and icon (Notes, Lists or Daily) in place of Trellis, for the tab, the installed app, mail and reminders; calendar events are titled only "Reminder", with the words kept inside Trellis.
        common.privacy.discreetLimit = It does not hide Trellis from someone who opens it, looks at the address, or reads your mailbox's sender address.
        common.privacy.recoveryTitle = The recovery code
        common.privacy.recovery = The code you were given at sign-up is the only thing besides your password that opens your private entries. If your password is reset, your private entries wait, sealed, until you give it.
        common.privacy.recoveryLimit = Keep it somewhere only you can reach: whoever has it and can log in as you can open them.
        common.privacy.limitsTitle = What none of them protects against
        common.privacy.limitSpyware = A phone with something installed to watch it (spyware, a shared account's backups, a screen recorder).
        common.privacy.limitKnows = Someone who knows your lock code or your password.
        common.privacy.limitScreenshot = A screenshot or photo of the screen, by you or anyone.
        common.privacy.unsafe = If you are not safe, a local support line can help you plan; you can also leave your couple at any time, and take a copy of what was yours.
        # Said by the page's script: under a box near its limit, after a copy, when reminders fail.
        script.copied = Copied
        script.pastedCut = What you pasted was longer than fits here; the end was left out.
        script.pushFailed = This browser could not turn reminders on
        script.reminderTitle = Reminder
        script.roomLeft[one] = {count} character left.
        script.roomLeft[other] = {count} characters left.
        # The regions of the time zone list, shown beside each city.
        common.zone.africa = Africa
        common.zone.america = America
        common.zone.antarctica = Antarctica
        common.zone.arctic = Arctic
        common.zone.asia = Asia
        common.zone.atlantic = Atlantic
        common.zone.australia = Australia
        common.zone.europe = Europe
        common.zone.indian = Indian Ocean
        common.zone.pacific = Pacific
        """#
}
