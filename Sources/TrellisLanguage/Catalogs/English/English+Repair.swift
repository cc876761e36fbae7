extension EnglishCatalog {
    static let repair = #"""
        # Repairing trust: the overview, one area's switches, hurts and questions, and clear actions.
        repair.title.overview = Repairing trust
        # The title of an area's screen when the area cannot be named.
        repair.title.anArea = An area
        repair.title.asked = What I asked
        repair.title.askedOfMe = Asked of me
        repair.overview.areas = Areas
        repair.overview.clearActions = Clear actions
        # One area's row: {mine} and {theirs} are a switch's state ("on", "off", "not decided yet").
        repair.overview.switches = Mine: {mine} · {name}'s: {theirs}
        repair.overview.yourSwitchOff = Your switch is off
        repair.overview.partnersSwitchOff = {name}'s switch is off
        # Parts of one line, joined by " · ": "2 agreed · 1 waiting for Maya".
        repair.overview.agreed[one] = {count} agreed
        repair.overview.agreed[other] = {count} agreed
        repair.overview.waitingFor[one] = {count} waiting for {name}
        repair.overview.waitingFor[other] = {count} waiting for {name}
        # Actions asked of the reader that wait for their answer.
        repair.overview.toRead[one] = {count} to read
        repair.overview.toRead[other] = {count} to read
        repair.overview.noneYet = None yet
        # The state of a trust switch, in a short label.
        repair.switch.undecided = not decided yet
        repair.switch.on = on
        repair.switch.off = off
        repair.switch.youUndecided = You have not decided yet.
        repair.switch.partnerUndecided = {name} has not decided yet.
        repair.switch.yoursOn = Your switch is on.
        repair.switch.partnersOn = {name}'s switch is on.
        repair.switch.yoursOff = Your switch is off.
        repair.switch.partnersOff = {name}'s switch is off.
        repair.area.turnOff = Turn my switch off
        repair.area.turnOn = Turn my switch on
        # The reader's own band in a picture of both switches.
        repair.area.you = You
        # {mine} and {theirs} are a switch's state ("on", "off", "not decided yet").
        repair.area.switches = My switch: {mine} · {name}’s: {theirs}
        repair.area.history = How the switches have moved
        repair.area.earlierHurts = Earlier hurts
        repair.area.earlierQuestions = Earlier questions
        # Where each of the two stands in an area ({area} is its name), in sentences put side by side.
        repair.guidance.mineOff = Your trust about {area} is off.
        repair.guidance.mineOffWrote = You wrote what happened. It stays off until you choose to turn it on.
        repair.guidance.mineOffNotWritten = When you are ready, write what happened and what would help; you choose whether {name} reads it.
        repair.guidance.mineOn = Your trust about {area} is on.
        repair.guidance.mineUndecided = You have not decided about {area} yet: turn your switch off if something here hurt, on if you trust {name} here.
        repair.guidance.theirsOff = {name}’s trust about {area} is off.
        repair.guidance.theyWrote = {name} wrote what happened.
        repair.guidance.theyHaveNotShared = {name} has not shared what happened.
        repair.guidance.questionWaits = Your question waits for {name}’s answer.
        repair.guidance.answered = {name} has answered what you asked.
        repair.guidance.canAskBoth = You can ask what happened and what would help.
        repair.guidance.canAskWhatHappened = You can ask what happened.
        repair.guidance.canAskWhatWouldHelp = You can ask what would help.
        repair.guidance.theirsOn = {name}’s trust about {area} is on.
        repair.guidance.theirsUndecided = {name} has not decided about {area} yet.
        # Form labels used on several screens.
        repair.form.area = Area
        repair.form.whatExactly = What, exactly
        repair.form.whatHappened = What happened
        # The hurt behind a switch that is off.
        repair.hurt.whatWouldHelp = What would help repair it
        repair.hurt.whoSees = Who sees it
        repair.hurt.onlyMe = Only me, for now
        repair.hurt.partnerToo = My partner too
        repair.hurt.record = Record
        repair.hurt.summary = Record the hurt behind it
        repair.hurt.share = Share with my partner…
        # Before a hurt's words: whose it is.
        repair.hurt.mine = My hurt:
        repair.hurt.minePrivate = My hurt (private):
        repair.hurt.partners = {name}’s hurt:
        repair.hurt.partnersPrivate = {name}’s hurt (private):
        repair.hurt.whatWouldHelpHeading = What would help:
        # The two questions of the method, asked about the partner's switch.
        repair.question.whatHappened = What happened?
        repair.question.whatCanIDo = What can I do to fix it?
        repair.ask.whatHappened = Ask {name}: what happened?
        repair.ask.whatCanIDo = Ask {name}: what can I do to fix it?
        repair.ask.chooseQuestion = Choose one of the two questions.
        # {question} is one of the two questions.
        repair.question.youAsked = You asked: {question}
        repair.question.partnerAsks = {name} asks: {question}
        repair.question.yourAnswer = Your answer
        repair.question.answer = Answer
        repair.question.waiting = Waiting for {name}’s answer, whenever {name} is ready.
        # Clear actions: what I asked of my partner, and what they asked of me.
        repair.asked.fourAtMost = Four clear, specific actions at most in each direction: something observable, with a when.
        repair.asked.nothingYet = Nothing asked yet.
        repair.askedOfMe.nothingYet = {name} has not asked anything of you yet.
        repair.askedOfMe.missIsHonesty = Reporting a miss honestly is itself honesty: it is the base everything else rests on.
        # Shown after asking for an action whose words may be hard to see kept.
        repair.wording.intro = A few words may make it hard to see it kept:
        repair.wording.example = A clear action reads like: {example}
        repair.request.whyItMatters = Why it matters to me (optional)
        # The button that sends the request for a clear action.
        repair.request.ask = Ask
        repair.request.summary = Ask for a clear action
        repair.action.accept = Accept
        repair.action.propose = Propose
        repair.action.proposeOtherWords = Propose other words
        # {what} is the action's proposed words, {when} how often ("every day").
        repair.action.newWordsProposed = New words proposed: {what}, {when}
        repair.action.acceptNewWords = Accept the new words
        repair.action.keepMyWords = Keep my words
        repair.action.partnerProposesRetiring = Your partner proposes retiring this action.
        # Retiring an action: it ends, and stops being asked for.
        repair.action.retireIt = Retire it…
        repair.action.keepIt = Keep it
        repair.action.retire = Retire…
        repair.action.proposeRetiring = Propose retiring…
        # {note} is what the asker wrote.
        repair.action.whyItMatters = Why it matters: {note}
        # An action's status, in lower case after its other details.
        repair.status.waitingForPartner = waiting for {name}’s answer
        repair.status.waitingForYou = waiting for your answer
        repair.status.rewordForYou = new words proposed: yours to answer
        repair.status.rewordForPartner = new words proposed, waiting for {name}
        repair.status.agreed = agreed
        repair.status.retired = retired
        # The doer's buttons; "It came up" for an action done whenever a situation comes up.
        repair.report.cameUpDone = It came up: I did it
        repair.report.cameUpMissed = It came up: I didn’t
        repair.report.doneToday = Done today
        repair.report.missedToday = Missed today
        repair.report.done = Done
        repair.report.missed = Missed
        # When an action happens: the choices, and the field for each.
        repair.cadence.daily = Every day
        repair.cadence.weekdays = On some days of the week
        repair.cadence.once = Once, by a date
        repair.cadence.whenever = Whenever a situation comes up
        repair.cadence.whenLabel = When
        repair.cadence.byLabel = By (for once)
        repair.cadence.daysLabel = Days (for days of the week)
        repair.cadence.situationLabel = Situation (for whenever)
        repair.cadence.chooseDate = Choose the date it should be done by.
        repair.cadence.chooseWhen = Choose when the action happens.
        # How an agreed action has gone lately: never a score.
        repair.rhythm.justStarted = Just started.
        repair.rhythm.steadyTwoWeeks = Steady for two weeks.
        repair.rhythm.steadyThreeWeeks = Steady for three weeks.
        repair.rhythm.steadyFourWeeks = Steady for four weeks.
        repair.rhythm.mostlyKept = Kept on most days lately.
        repair.rhythm.uneven = Some days kept, some missed. Saying so honestly is part of it.
        repair.rhythm.quiet = Nothing reported for two weeks.
        # One day of an action.
        repair.occurrence.dayByDay = Day by day
        repair.occurrence.done = done
        repair.occurrence.missed = missed (reported honestly)
        repair.occurrence.youNoticed = you noticed it
        repair.occurrence.partnerNoticed = your partner noticed it
        repair.occurrence.notReported = not reported
        # {day} is "Today", "Yesterday" or a date; {state} one of the day's states above.
        repair.occurrence.line = {day}: {state}
        repair.occurrence.sawIt = I saw it happen
        repair.occurrence.wordForPartner = A word for your partner (optional)
        repair.occurrence.iNoticed = I noticed
        repair.occurrence.youNoticedIt = You noticed
        repair.occurrence.undo = Undo this report
        # Buttons for reporting an earlier day late.
        repair.occurrence.lateDone = done
        repair.occurrence.lateMissed = missed
        # Told to the one doing the action; {word} is what their partner wrote.
        repair.occurrence.partnerNoticedYou = Your partner noticed
        repair.occurrence.partnerNoticedYouWithWord = Your partner noticed: {word}
        # The short exchange about a miss, or a report that did not match.
        repair.exchange.aboutMiss = Talk about this miss
        repair.exchange.notMatching = This didn't match what I saw
        repair.exchange.yourNote = Your note
        repair.exchange.send = Send
        repair.exchange.yourReply = Your reply
        repair.exchange.reply = Reply
        # The words offered where repair could turn into punishment.
        repair.guidance.reminder = Repair is for making it safe again for both of you, not for making your partner hurt the same way.
        repair.guidance.missTemplate = I saw this one was missed. Thank you for telling me honestly. Can we talk about what got in the way?
        repair.guidance.mismatchTemplate = This didn't match what I experienced. Can we look at it together?
        # A private calendar address (a feed the reader's calendar app subscribes to).
        repair.calendar.heading = Reminders in my calendar
        repair.calendar.explain = A private calendar address lists the actions you agreed to do, and your evening prompt.
        repair.calendar.add = Add to my calendar
        repair.calendar.paste = Or paste this private address into your calendar app (keep it to yourself):
        repair.calendar.make = Make my calendar address
        repair.calendar.makeNew = Make a new address (this one stops working)
        repair.calendar.turnOff = Turn off my calendar address
        # Gentle notes on an action's words. The quoted words are English because they are found
        # in what the person typed: keep them as they are.
        repair.vague.example = Text me when I leave work, before 6 pm on weekdays.
        repair.vague.always = '{word}' cannot be seen happening; say when.
        repair.vague.never = '{word}' asks for an absence; name what to do instead.
        repair.vague.more = '{word}' has no finish line; say how often.
        repair.vague.less = '{word}' has no finish line; say what, and how often.
        repair.vague.better = '{word}' is a judgement; describe what you would see.
        repair.vague.try = '{word}' cannot be kept or missed; name the thing itself.
        repair.vague.nicer = '{word}' is a feeling; describe the behaviour.
        repair.vague.considerate = '{word}' is a quality; describe what it looks like.
        repair.vague.stateOpener = Start with something you can do or say, not a way to be.
        # A form field named inside a refusal, as in "What happened cannot be empty.".
        repair.field.whatHappened = What happened
        repair.field.whatWouldHelp = What would help repair it
        repair.field.yourAnswer = Your answer
        repair.field.whatExactly = What, exactly
        repair.field.whyItMatters = Why it matters to you
        repair.field.aWord = A word
        repair.field.yourNote = Your note
        repair.field.howItFelt = How it felt
        repair.field.inYourWords = In your words
        repair.field.theSituation = The situation
        repair.cadence.passed = {day} has already passed; choose a day ahead.
        repair.cadence.noDay = Choose at least one day of the week.
        # Why a step of repair is refused. {day} is a date.
        repair.refusal.switchAlreadyOn = Your switch for this area is already on.
        repair.refusal.switchAlreadyOff = Your switch for this area is already off.
        repair.refusal.switchOn = Your switch for this area is on. A hurt goes with a switch that is off.
        repair.refusal.hurtAlreadyShared = This hurt is already shared.
        repair.refusal.ownQuestion = Your partner answers the question you asked.
        repair.refusal.alreadyAnswered = You have answered this already.
        repair.refusal.noReword = There are no new words to answer for this action.
        repair.refusal.alreadyRetired = This action is already retired.
        repair.refusal.retirementPending = You have already proposed retiring this action.
        repair.refusal.noRetirement = Nobody has proposed retiring this action.
        repair.refusal.alreadyReported = You have already reported {day} for this action.
        repair.refusal.alreadyNoticed = Your partner already recorded noticing {day}.
        repair.refusal.notReportedDone = Only an occurrence reported as done can be acknowledged.
        repair.refusal.alreadyAcknowledged = You have already said you noticed this one.
        repair.refusal.alreadyRecorded = Something is already recorded for {day}.
        repair.refusal.nothingToDiscuss = There is no report for {day} to talk about yet.
        repair.refusal.askerStartsTalk = Your partner starts this conversation, if they want to.
        repair.refusal.exchangeFull = This exchange is long enough; talk it through together.
        repair.refusal.notAwaiting = This action is not waiting for your answer.
        repair.refusal.areaArchived = That area is archived; restore it first.
        repair.refusal.doersStep = This step belongs to the partner doing the action.
        repair.refusal.askersStep = This step belongs to the partner who asked.
        repair.refusal.switchNotOff = You can ask about an area where your partner's switch is off.
        repair.refusal.questionOpen = You have already asked about this area. Give your partner time to answer.
        repair.refusal.alreadyAsked = You asked this already, and it was answered. Read the answer above.
        repair.refusal.actionNotActive = Only an accepted action that is not retired can be reported on.
        # {when} is how often the action is due ("every Monday").
        repair.refusal.notDue = This action is not due on {day} ({when}).
        repair.refusal.dayAhead = {day} has not happened yet.
        repair.refusal.notAgreedYet = The action was not agreed yet on {day}.
        repair.refusal.reportWindowClosed[one] = Reports can be made up to {count} day later.
        repair.refusal.reportWindowClosed[other] = Reports can be made up to {count} days later.
        repair.refusal.noReportToTakeBack = There is no report of {day} to take back.
        repair.refusal.reportAnswered = Your partner has already answered this report, so it stays. You can add a note.
        repair.refusal.withdrawWindowClosed[one] = A report can be taken back only in its first {count} minute.
        repair.refusal.withdrawWindowClosed[other] = A report can be taken back only in its first {count} minutes.
        # Rupture and repair: a moment when a small issue became a test of safety, and its repair.
        repair.rupture.kind.understand = What I understand now
        repair.rupture.kind.sorry = What I am sorry for
        repair.rupture.kind.next = What we agree to do next
        repair.ruptures.title = Rupture and repair
        repair.ruptures.intro = When a small thing turned into a test of safety, write down what happened and how it felt. Keep it to yourself, or share it so you can repair it together: what each of you understands now, what you are sorry for, what you will do next. It closes when you both say it feels repaired.
        repair.ruptures.record = Record a rupture
        # Headings: ruptures still open, and those both said feel repaired.
        repair.ruptures.open = Being repaired
        repair.ruptures.nothingOpen = Nothing open.
        repair.ruptures.repaired = Repaired
        repair.ruptures.noneRepaired = None yet.
        repair.ruptures.earlier = Earlier ruptures
        # The choice of area when a rupture belongs to none.
        repair.ruptures.noArea = None in particular
        repair.ruptures.howItFelt = How it felt
        repair.ruptures.shareNow = Share it with {name} now
        # The button that records a rupture.
        repair.ruptures.keep = Keep it
        # Who wrote a rupture; "(only you)": only the reader can see it.
        repair.rupture.youWrote = You wrote
        repair.rupture.youWroteOnlyYou = You wrote (only you)
        repair.rupture.partnerWrote = {name} wrote
        repair.rupture.partnerWroteOnlyYou = {name} wrote (only you)
        repair.rupture.howItFelt = How it felt: {felt}
        # Before one repair step's words: who wrote it, and which kind of step it is.
        repair.rupture.step.youUnderstand = You, what I understand now:
        repair.rupture.step.youSorry = You, what I am sorry for:
        repair.rupture.step.youNext = You, what we agree to do next:
        repair.rupture.step.partnerUnderstand = {name}, what I understand now:
        repair.rupture.step.partnerSorry = {name}, what I am sorry for:
        repair.rupture.step.partnerNext = {name}, what we agree to do next:
        repair.rupture.share = Share it with {name}…
        repair.rupture.repairedSameDay = Repaired the same day.
        repair.rupture.repairedInADay = Repaired in a day.
        # Two days or more.
        repair.rupture.repairedInDays[one] = Repaired in {count} day.
        repair.rupture.repairedInDays[other] = Repaired in {count} days.
        repair.rupture.youSaidRepaired = You said it feels repaired; waiting for {name}.
        repair.rupture.partnerSaysRepaired = {name} says it feels repaired to them.
        repair.rupture.notYet = Not yet, after all
        repair.rupture.feelsRepaired = It feels repaired to me
        repair.rupture.addStep = Add a repair step
        repair.rupture.stepIs = This step is
        repair.rupture.inYourWords = In your words
        repair.rupture.leadsTo = Leads to (optional)
        repair.rupture.addIt = Add it
        # What a repair step may lead to: {what} is a clear action's words, {words} an expectation's.
        repair.rupture.linkNothing = Nothing to link
        repair.rupture.linkAction = Action: {what}
        repair.rupture.linkExpectation = Expectation: {words}
        repair.rupture.linkedAction = (the action “{what}”)
        repair.rupture.linkedExpectation = (the expectation “{words}”)
        repair.rupture.chooseKind = Choose what this step is.
        repair.rupture.refusal.private = Share this rupture first; repair is done together.
        repair.rupture.refusal.closed = This rupture is repaired and closed.
        repair.rupture.refusal.tooMany[one] = You have {count} open rupture; repair one first.
        repair.rupture.refusal.tooMany[other] = You have {count} open ruptures; repair one first.
        repair.rupture.refusal.alreadyShared = This is already shared.
        repair.rupture.refusal.tooManySteps[one] = This rupture has {count} step already.
        repair.rupture.refusal.tooManySteps[other] = This rupture has {count} steps already.
        # Saying a rupture feels repaired, or taking that back.
        repair.rupture.refusal.saidAlready = You said so already.
        repair.rupture.refusal.notSaidYet = You have not said so yet.
        """#
}
