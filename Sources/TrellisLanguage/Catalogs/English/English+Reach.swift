extension EnglishCatalog {
    static let reach = #"""
        # Ways of working a clinician lists on their profile; names of therapy approaches.
        reach.approach.emotionallyFocused = Emotionally focused couples therapy
        reach.approach.gottman = Gottman method
        reach.approach.cognitiveBehavioural = Cognitive-behavioural couple therapy
        reach.approach.integrativeBehavioural = Integrative behavioural couple therapy
        reach.approach.discernment = Discernment counselling
        reach.approach.addictionInformed = Addiction-informed couples work
        reach.approach.affairRecovery = Affair recovery
        # What brings a couple to look for help, chosen when searching for a clinician.
        reach.situation.affair = An affair
        reach.situation.relapse = A relapse
        reach.situation.moneySecrets = Money kept secret
        reach.situation.conflictCycles = The same fight, again and again
        reach.situation.earlierWounds = Trust hurt before this relationship
        # The parts of a couple's shared work they can open to a clinician.
        reach.part.repair = Repair work
        reach.part.integrity = Integrity practices
        reach.part.expectations = Expectations and grants of trust
        reach.part.windows = Shared reflections from Transparency Windows
        reach.consent.choosePart = Choose at least one part of your work to show.
        reach.consent.reviewDay = Choose a review day after today and within a year.
        reach.invite.partnerNeeded = Outside help needs both of you; invite your partner first.
        reach.invite.notOneOfYou = A clinician cannot be one of you.
        reach.invite.alreadyAsked = This clinician is already asked in.
        # {most} is the most clinicians a couple can have at once (3).
        reach.invite.tooMany = You have {most} clinicians already; withdraw one first.
        # Names a field in a refusal such as "The clinician's name cannot be empty."
        reach.invite.nameLabel = The clinician's name
        # Names a clinician's note in a refusal such as "Your note cannot be empty."
        reach.clinician.noteLabel = Your note
        # Told to a clinician who suggests something in a part the couple did not open to them.
        reach.suggest.notOpenRepair = They have not opened repair work to you.
        reach.suggest.notOpenIntegrity = They have not opened integrity practices to you.
        reach.suggest.notOpenExpectations = They have not opened expectations and grants of trust to you.
        reach.suggest.notOpenWindows = They have not opened shared reflections from transparency windows to you.
        reach.suggest.chooseDoer = Choose which of them would do it.
        reach.suggest.expectationNoDoer = An expectation is agreed by both; name no one.
        # {most} is the most suggestions a clinician may have waiting at once (3).
        reach.suggest.tooMany = {most} of your suggestions are waiting for them already.
        reach.suggest.wordsLabel = The words
        reach.suggestion.clearAction = A clear action
        reach.suggestion.expectation = An expectation
        reach.suggestion.askedByOther = A clear action is asked of the partner who would do it, by the other.
        reach.suggestion.chooseCadence = Choose when the action happens.
        # Kept as the note of a clear action taken on from a clinician's suggestion; {name} is the clinician.
        reach.suggestion.suggestedBy = Suggested by {name}
        reach.suggestion.alreadyAnswered = One of you has answered this suggestion already.
        # Field names in refusals of a clinician's profile, such as "The place cannot be empty."
        reach.profile.nameLabel = Your name
        reach.profile.chooseApproach = Choose at least one way you work.
        reach.profile.placeLabel = The place
        reach.profile.placeOrOnline = Say where you see people, or that you see them online.
        reach.profile.languageCount = Name one to six languages.
        reach.profile.languageLabel = A language
        reach.profile.aboutLabel = About you
        # Why an approach fits a situation; shown after the approach's name and a colon, so it starts in lower case.
        reach.guide.affair.affairRecovery = works through disclosure, the questions, and rebuilding, step by step
        reach.guide.affair.emotionallyFocused = helps the hurt partner be heard and the bond feel safe again
        reach.guide.affair.discernment = helps when one of you is not sure yet whether to stay and work on it
        reach.guide.relapse.addictionInformed = knows recovery and relapse, and holds both partners' needs
        reach.guide.relapse.cognitiveBehavioural = builds concrete agreements and habits you can both see kept
        reach.guide.moneySecrets.cognitiveBehavioural = turns openness about money into clear, checkable agreements
        reach.guide.moneySecrets.gottman = works on honesty and shared meaning around money and plans
        reach.guide.conflictCycles.gottman = maps how your arguments start and escalate, and how to repair them
        reach.guide.conflictCycles.emotionallyFocused = finds the fears under the fight that keep it going
        reach.guide.conflictCycles.integrativeBehavioural = helps you accept differences and change what can change
        reach.guide.earlierWounds.emotionallyFocused = works with old hurts that make trusting now feel unsafe
        reach.guide.earlierWounds.integrativeBehavioural = separates what your partner does from what it reminds you of
        # Why a clinician matches a search, one reason a line; {approach} is one of the approaches above.
        reach.search.askedApproach = {approach}: the approach you asked for
        reach.search.fits = {approach}: {why}
        reach.search.online = Sees people online
        # {place} and {language} are as the clinician wrote them.
        reach.search.inPerson = Sees people in {place}
        reach.search.worksIn = Works in {language}
        # A clinician's list of couples: {parts} is a list of the parts open, {day} the last day.
        reach.clients.openUntil = {parts}, until {day}.
        reach.clients.back = ← My clinician profile
        reach.clients.title = Couples I help
        reach.clients.intro = Couples whose two partners both let you see part of their shared work today. Every time you open one, they both see that you looked, and what.
        reach.clients.none = None today.
        reach.client.back = ← Couples I help
        reach.client.openToYou = Open to you: {parts}, until {day}. They both see that you looked.
        reach.client.notesTitle = A note for both of them
        reach.client.noteLabel = Note
        reach.client.noteButton = Leave the note
        reach.client.earlierNotes = Earlier notes
        reach.client.workTitle = Their shared work
        reach.client.nothingYet = Nothing in these parts yet.
        reach.client.earlierSteps = Earlier steps
        # What became of a clinician's suggestion; {name} is the partner who answered.
        reach.client.suggestionWaiting = Waiting for them
        reach.client.suggestionTakenOn = Taken on by {name}
        reach.client.suggestionDeclined = Declined by {name}
        # {kind} is "A clear action" or "An expectation"; {name} the partner who would do it; {words} what the clinician wrote.
        reach.client.suggestionFor = {kind} for {name}: {words}
        reach.client.suggestion = {kind}: {words}
        reach.client.suggestTitle = Suggest something
        reach.client.suggestNote = Only words until one of them takes it on; then it goes their usual way.
        reach.client.suggestWhat = What
        reach.client.suggestDoer = Who would do it (for a clear action)
        reach.client.suggestWords = Words
        reach.client.suggestButton = Suggest it
        reach.client.earlierSuggestions = Earlier suggestions
        # A heading over a partner's trust picture; {area} is the area's name as the couple wrote it.
        reach.client.trustIn = {name}’s trust in {area}
        reach.client.picturesTitle = How trust is growing
        reach.client.noSwitchOn = No switch is on yet.
        reach.client.chooseKind = Choose what you suggest.
        reach.profile.nameField = Your name, as couples know you
        reach.profile.approachesLegend = How you work
        reach.profile.onlineField = I see people online
        reach.profile.placeField = Where you see people in person (leave empty if online only)
        reach.profile.languagesField = Languages you work in, separated by commas
        reach.profile.aboutField = About you, for couples
        reach.profile.listedField = List me in this Trellis's directory
        reach.profile.saveButton = Save my profile
        reach.settings.back = ← My settings
        reach.profile.title = My clinician profile
        reach.profile.intro = Couples who look for help can find you here, if you choose to be listed. A couple asks you in; you see only the parts of their shared work both partners chose, until their review day, and each of them can end it at any moment.
        # A label before a box holding the clinician's id, to copy.
        reach.profile.idField = A couple can also ask you in with your clinician id. Give them this:
        reach.profile.copyId = Copy my clinician id
        # The four signs that trust feels out of reach, in the first person, then why each happens.
        reach.sign.scan.feeling = I keep watching for signs that something is wrong
        reach.sign.body.feeling = My body reacts before I can think
        reach.sign.traps.feeling = Good moments feel like a trap
        reach.sign.shame.feeling = I feel ashamed of not being able to trust
        reach.sign.scan.why = After a betrayal the mind keeps looking for danger to protect you. Checking brings relief for a moment, then the need returns. Almost everyone who was hurt this way knows it.
        reach.sign.body.why = A tone, a touch or a place can bring the shock back before any thought does. That is memory held in the body, not a choice, and it softens with safe time.
        reach.sign.traps.why = When closeness was once followed by hurt, a good moment can feel like the calm before the next one. It is a guard, and a very common one while trust is rebuilt.
        reach.sign.shame.why = Many hurt partners feel ashamed of their own doubts. The doubts are a wound from what happened, not a flaw in you.
        # How strongly a sign was there, 0 to 4: as a choice, then the same words inside a sentence ("Last time: a little.").
        reach.sign.level.notAtAll = Not at all
        reach.sign.level.aLittle = A little
        reach.sign.level.sometimes = Sometimes
        reach.sign.level.often = Often
        reach.sign.level.almostAlways = Almost all the time
        reach.sign.levelInSentence.notAtAll = not at all
        reach.sign.levelInSentence.aLittle = a little
        reach.sign.levelInSentence.sometimes = sometimes
        reach.sign.levelInSentence.often = often
        reach.sign.levelInSentence.almostAlways = almost all the time
        reach.signs.levelsNeeded = Give each of the four signs a level from 0 (not at all) to 4 (almost all the time).
        # {most} is the most check-ins a day holds (5).
        reach.signs.enoughForToday = You have checked in {most} times today; that is plenty.
        reach.signs.noteLabel = A note
        reach.signs.alreadyShared = This is already shared.
        # {most} is the most urges a day holds (50).
        reach.urges.enoughForToday = You have noted {most} urges today; that is the most a day holds.
        reach.urges.helpedLabel = What helped
        reach.urges.triggerLabel = What set it off
        # What an urge was to check, inside a line ("Today: their phone, resisted"); the form shows it with a capital letter. "They" is the partner.
        reach.urge.kind.phone = their phone
        reach.urge.kind.socialMedia = social media
        reach.urge.kind.location = where they are
        reach.urge.kind.other = something else
        # Ways through an urge, one tap each; the one chosen is kept as the person's own words.
        reach.urge.helped.breathed = I breathed slowly
        reach.urge.helped.waited = I waited ten minutes
        reach.urge.helped.walked = I went for a walk
        reach.urge.helped.wrote = I wrote it down
        reach.urge.helped.talked = I talked to someone
        reach.urge.helped.asked = I asked my partner directly
        reach.urges.summaryNone = No urges noted in the last seven days.
        # {count} urges to check this week, {resisted} of them resisted.
        reach.urges.summaryWeek[one] = In the last seven days: {count} urge, {resisted} resisted.
        reach.urges.summaryWeek[other] = In the last seven days: {count} urges, {resisted} resisted.
        # Follows the sentence above; {before} is how many urges the seven days before held.
        reach.urges.summaryFewer = That is fewer than the seven days before ({before}).
        reach.urges.summaryMore = That is more than the seven days before ({before}).
        reach.urges.summarySame = That is as many as the seven days before ({before}).
        reach.signs.chooseLevels = Choose how strongly each of the four signs was there.
        reach.signs.title = How I am inside
        reach.signs.intro = A check-in on four signs that trust feels out of reach. They are common after a betrayal, and they ease with safe time. This is yours alone unless you choose to share it.
        reach.signs.overTime = Over time
        reach.signs.noPictureYet = Your check-ins will show here as a picture.
        reach.signs.mine = My check-ins
        reach.signs.noteField = A note, if you like
        reach.signs.shareField = Share this check-in with {name}
        reach.signs.keepButton = Keep my check-in
        # {level} is one of the levels in a sentence above.
        reach.signs.lastTime = Last time: {level}.
        reach.signs.shareLink = Share with {name}…
        # Who sees a check-in, after its day ("Today · only you").
        reach.signs.onlyYou = only you
        reach.signs.sharedWith = shared with {name}
        reach.signs.partnersTitle = What {name} shared
        reach.signs.earlier = Earlier check-ins
        # {sign} is a sign's words, {level} a level in a sentence.
        reach.signs.levelLine = {sign}: {level}
        reach.urges.chooseKind = Choose what you wanted to check.
        reach.urges.chooseOutcome = Say whether you checked or resisted.
        reach.urges.title = Urges to check
        reach.urges.intro = When the urge to check comes, note it here in a few taps. It is yours alone: your partner cannot see it, or even tell that you keep it. Over the weeks, it shows what helps.
        reach.urges.pattern = The pattern
        reach.urges.lately = Lately
        reach.urges.nothingYet = Nothing noted yet.
        reach.urges.earlier = Earlier urges
        # A choice of area for an urge: none of the couple's areas.
        reach.urges.noArea = None in particular
        # The answers to "And I": what the person did with the urge.
        reach.urges.resisted = Resisted it
        reach.urges.checked = Checked
        # Over the choices of what the urge was to check (their phone, social media, ...).
        reach.urges.kindLegend = I wanted to check
        reach.urges.outcomeLegend = And I
        reach.urges.helpedLegend = What helped (if anything)
        reach.urges.helpedWordsField = Or what helped, in my words
        reach.urges.more = More, if you like
        reach.urges.triggerField = What set it off
        reach.urges.areaField = Area
        reach.urges.noteButton = Note it
        reach.urges.helpedTimes[one] = {what} (once)
        reach.urges.helpedTimes[other] = {what} ({count} times)
        reach.urges.helpedMost = What helped you most
        # One urge in the list: {day} ("Today", "Tue 24 Nov"), {kind} what it was to check, {helped} what helped in the person's words.
        reach.urges.lineChecked = {day}: {kind}, checked
        reach.urges.lineCheckedHelped = {day}: {kind}, checked: {helped}
        reach.urges.lineResisted = {day}: {kind}, resisted
        reach.urges.lineResistedHelped = {day}: {kind}, resisted: {helped}
        reach.areas.newField = New area
        reach.areas.addButton = Add area
        reach.areas.title = Our trust areas
        reach.areas.intro = Trust is never all or nothing: it lives in areas like these, and runs each way.
        reach.areas.nameField = Name
        reach.areas.renameButton = Rename
        reach.areas.archiveLink = Archive this area…
        reach.areas.change = Change
        reach.areas.restoreButton = Restore
        # A heading over the areas put away (plural).
        reach.areas.archived = Archived
        reach.devices.thisOne = This device, the one you are using now
        reach.devices.logOutButton = Log out this one
        # A signed-in device whose browser gave no name.
        reach.devices.unnamed = A device
        # {device} is the device's name, {day} when it was last used ("today", "Tue 24 Nov").
        reach.devices.lastUsed = {device} · last used {day}
        reach.devices.passwordField = Your password (so a device someone took cannot throw you out)
        reach.devices.logOutOthers = Log out everywhere else
        reach.devices.title = Signed in as me
        reach.devices.lifetime = A device stays signed in for up to {lifetime} days, and is logged out after {idle} days without use.
        reach.nudges.title = Reminders outside Trellis
        # The quoted sentence is the words of every reminder email; say it as the reminder itself says it.
        reach.nudges.intro = By email, each says only “Something is waiting for you in Trellis”: never who, what or which area, since a phone's lock screen or a shared tablet may show it.
        reach.nudges.partnerWaiting = When my partner is waiting on me (at most once a day)
        reach.nudges.windowOpened = When my partner opens a Transparency Window for me
        reach.nudges.commitmentsToday = On a day I have clear actions of my own to do
        reach.nudges.weeklyDigest = Once a week, on Monday, a look back
        # From and Until label two hours of the day, the window reminders may come in.
        reach.nudges.from = From
        reach.nudges.until = Until
        # {zone} is a time zone's name, such as Europe/Berlin.
        reach.nudges.hoursNote = Hours on your own clock ({zone}); outside them a reminder waits for the morning.
        reach.nudges.pauseAll = Pause them all
        reach.settings.save = Save
        reach.password.currentField = Current password
        reach.password.changeButton = Change password
        reach.password.title = My password
        reach.password.intro = Changing it logs out every other device signed in as you.
        reach.password.newField[one] = New password (at least {count} character)
        reach.password.newField[other] = New password (at least {count} characters)
        # What the lock asks for: choices after "Before anything shows after a while unused, ask for".
        reach.phone.noLock = No lock
        reach.phone.codeLock = A lock code of my own
        reach.phone.passwordLock = My password
        # How long unused before this device locks.
        reach.phone.minutes[one] = {count} minute
        reach.phone.minutes[other] = {count} minutes
        reach.phone.oneHour = 1 hour
        # The words of the link in the sentence below.
        reach.phone.helpLink = in plain words
        reach.phone.title = Keeping Trellis private on this phone
        reach.phone.helpLine = What each of these protects, and what none of them does: {link}.
        reach.phone.lockLegend = Before anything shows after a while unused, ask for
        reach.phone.codeField = New lock code ({min} to {max} letters or digits)
        reach.phone.passwordField = Your password (to set or change the lock)
        reach.phone.askAgainField = My journal, urges, signs and private fears ask again once the lock time has passed
        reach.phone.lookLegend = Name and icon for the tab, the installed app, mail, reminders and calendar
        reach.phone.lockAfterField = Lock this device after this long unused
        reach.phone.saveLockTime = Save for this device
        # The quick exit is the button at the top of every page that leaves Trellis at once.
        reach.phone.quickExit = The quick exit, at the top of every page (or Escape three times), leaves for an everyday page and locks this device (with no lock chosen, it logs this device out). It does not clear the browser's history, and someone watching the screen may already have seen it.
        reach.privateEntries.passwordField = Your password
        reach.privateEntries.sealedTitle = Entries from before your password was reset
        reach.privateEntries.sealedIntro = Your password was reset, so what you kept private before it is still locked. Enter the recovery code you were given when you signed up to open it again.
        reach.privateEntries.codeField = Recovery code
        reach.privateEntries.recoverButton = Open my private entries
        reach.privateEntries.renewTitle = A new recovery code
        reach.privateEntries.renewIntro = If your code is lost, or someone may have seen it, make a new one. The old one stops working at once.
        reach.privateEntries.renewButton = Make a new code
        reach.privateEntries.title = My private entries
        reach.privateEntries.intro = What you keep private is locked with a key only your password, your signed-in devices and your recovery code open. Your partner cannot read it, and neither can whoever runs this Trellis, even with the whole database.
        reach.profileForm.nameField = Name
        reach.profileForm.emailField = Email
        reach.profileForm.saveButton = Save name and email
        reach.profileForm.title = My name and email
        reach.profileForm.intro = Your partner sees your name; nobody sees your email but you.
        reach.push.offButton = Stop reminders on this device
        reach.push.onButton = Send reminders to this device
        reach.push.title = Reminders on this device
        # The quoted sentence is the words of every reminder; say it as the reminder itself says it.
        reach.push.sameWords = The phone shows the same words: “Something is waiting for you in Trellis”.
        reach.push.on = This device gets them.
        reach.push.homeScreenFirst = On some phones, add Trellis to the home screen first.
        reach.rhythm.timeZoneField = Time zone (your days and evening follow it)
        # Followed by a choice of hour ("21:00"): the hour after which the evening journal's prompt appears.
        reach.rhythm.eveningField = Evening prompt after
        reach.rhythm.pauseField = Pause before replying to feedback (seconds, {min} to {max})
        # Refused when a browser's push subscription for reminders is missing or broken.
        reach.push.noSubscription = This browser gave no usable subscription.
        reach.settings.unconfirmed = A link to confirm {email} is in that inbox. Until you open it, Trellis sends nothing else there (not even a new password's link).
        reach.settings.resendLink = Send the link again
        reach.settings.coupleTitle = Our couple
        reach.settings.areasLink = Our trust areas: add, rename, archive
        reach.settings.leavingNote = Leaving ends your access from now on; what was shared stays with your partner.
        reach.settings.leaveLink = Leave the couple…
        reach.settings.home = ← Home
        reach.settings.title = My settings
        reach.settings.rhythmTitle = My rhythm
        reach.settings.privateEntriesLink = My private entries and recovery code
        reach.settings.cliniciansTitle = For clinicians
        reach.settings.clinicianLink = My clinician profile: be found by couples
        # The page a reminder email's unsubscribe link opens, without logging in.
        reach.unsubscribe.title = Stop the reminders?
        reach.unsubscribe.intro = Trellis will send no more reminders to this address. You can choose them again any time in your settings.
        reach.unsubscribe.button = Stop them
        reach.unsubscribe.doneTitle = No more reminders
        reach.unsubscribe.doneIntro = Nothing more will be sent to this address but what you ask for yourself (a new password's link). Choose reminders again any time in your settings.
        reach.data.noExports = Nobody running this Trellis has exported your data.
        # {moments} is one or more dates and times, separated by semicolons.
        reach.data.exports = Whoever runs this Trellis exported your data on {moments}.
        reach.data.title = My data
        reach.data.intro = Everything you can see here (what you two shared and what you kept to yourself, never your partner's private entries), to read, print or save as a PDF, or as a file for other programs.
        reach.data.readButton = Read everything
        reach.data.downloadButton = Download (JSON)
        reach.data.closeTitle = Close my account
        # {name} is the name a partner's shared entries carry once they have left.
        reach.data.closeIntro = Closing destroys your account and everything you kept private. What you shared stays with your partner, under "{name}".
        reach.data.closeLink = Close my account…
        """#
}
