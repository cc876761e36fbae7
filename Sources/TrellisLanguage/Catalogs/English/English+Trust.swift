extension EnglishCatalog {
    static let trust = #"""
        # My integrity: the rebuilding partner's own page, its practices (evening journal, noticing, sliding-door moments, feedback).
        trust.guidance.reflectionPrompt = Where am I asking for trust, instead of noticing where safety is already building?
        trust.guidance.eveningPrompt = Tonight: one moment today when you showed up without expecting a particular reaction.
        # The three steps with hard feedback; "name it back" is saying in your own words the one true thing you heard.
        trust.guidance.feedbackSteps = Pause. Find one true thing in it. Name it back, even if the delivery hurt.
        trust.integrity.title = My integrity
        trust.integrity.settings = My settings
        trust.integrity.earlierEntries = Earlier entries
        # A button that saves what was just written.
        trust.integrity.keepIt = Keep it
        trust.integrity.journal.title = Evening journal
        trust.integrity.journal.private = (private unless you share an entry)
        trust.integrity.journal.momentLabel = One moment
        trust.integrity.journal.editLabel = Edit it
        trust.integrity.journal.saveButton = Save
        # {entry} is what the member wrote tonight.
        trust.integrity.journal.tonight = Tonight's entry: {entry}
        trust.integrity.journal.thisMonthHeading = This month
        trust.integrity.journal.noneThisMonth = No evenings written yet this month. One line is enough.
        trust.integrity.journal.thisMonth[one] = One evening written this month.
        # {number} is two or more.
        trust.integrity.journal.thisMonth[other] = {count} evenings written this month.
        trust.integrity.noticing.title = Noticing
        trust.integrity.noticing.note = A small sign of openness or grace from your partner. Private, unless you share it as an appreciation.
        trust.integrity.noticing.whatLabel = What I noticed
        trust.integrity.noticing.shareNow = Share it with my partner now
        trust.integrity.slidingDoor.title = Sliding-door moments
        trust.integrity.slidingDoor.note = Small moments of turning toward your partner, or away. Both count: honesty first.
        trust.integrity.slidingDoor.whichWay = Which way
        trust.integrity.slidingDoor.toward = I turned toward
        trust.integrity.slidingDoor.away = I turned away
        trust.integrity.slidingDoor.whatLabel = What happened
        trust.integrity.area.label = Area (optional)
        # In the list of areas to choose from: no area.
        trust.integrity.area.none = None
        trust.integrity.entry.share = Share…
        trust.integrity.entry.shared = shared
        # A sliding-door moment in the member's own list; {text} is what they wrote.
        trust.integrity.entry.toward = Toward: {text}
        trust.integrity.entry.away = Away: {text}
        # Opens the older entries; {number} is how many.
        trust.integrity.entry.earlier = Earlier ({number})
        trust.integrity.actions.title = What I said I would do
        trust.integrity.actions.none = No agreed actions yet.
        # "Asked of me" is the name of a part of the repair page, where the member reports on their clear actions.
        trust.integrity.actions.report = Report on them in Asked of me
        # One day of a clear action: {day} is "Today", "Yesterday" or a date.
        trust.integrity.action.done = {day}: done
        trust.integrity.action.missed = {day}: missed, reported honestly
        # Follows a day of a clear action: the partner saw it, with or without a word of their own ({word}, in quotes).
        trust.integrity.action.partnerNoticed = your partner noticed
        trust.integrity.action.partnerNoticedWord = your partner noticed: {word}
        trust.integrity.action.nothingReported = Nothing reported in the last four weeks.
        trust.integrity.asked.title = What helps {name} feel safe
        trust.integrity.asked.note = Small things, no schedule. Say when you did one; it counts once {name} confirms it.
        # How many "I did this" still wait for the partner's answer.
        trust.integrity.asked.waiting[one] = {count} waiting for their word
        trust.integrity.asked.waiting[other] = {count} waiting for their word
        # {confirmed} is "confirmed once" or "confirmed 3 times"; {waiting} is "2 waiting for their word".
        trust.integrity.asked.tally = {confirmed}, {waiting}
        trust.integrity.asked.didThis = I did this today
        trust.integrity.shared.title = What my partner shared with me
        # What kind of entry the partner shared.
        trust.integrity.shared.appreciation = An appreciation
        trust.integrity.shared.journal = From their evening journal
        trust.integrity.shared.toward = A moment they turned toward you
        trust.integrity.shared.away = A moment they turned away
        # Feedback as a tool: the one who receives it pauses, finds one true thing in it and names it back (says it in their own words).
        trust.feedback.title = Feedback
        trust.feedback.givenToMe = Given to me
        trust.feedback.forMyPartner = Feedback for my partner
        trust.feedback.noPartner = Feedback goes to your partner, and there is no partner here now.
        trust.feedback.reflectFirst = First name back what you heard in the feedback you received.
        trust.feedback.giveLabel = What I want them to hear
        trust.feedback.giveButton = Give feedback
        trust.feedback.earlier = Earlier feedback
        trust.feedback.takeAMoment = Take a moment with it
        trust.feedback.pauseButton = I have read it: pause
        # {seconds} counts down on the page; {ready} and {later} are links (trust.feedback.ready, trust.feedback.comeBackLater).
        trust.feedback.pausing = Take a breath. The reply opens in {seconds} seconds. {ready} or {later}.
        trust.feedback.ready = I am ready
        trust.feedback.comeBackLater = come back later
        trust.feedback.nameBackLabel = The one true thing I hear in it
        trust.feedback.hearNowLabel = What I hear now
        trust.feedback.nameBackButton = Name it back
        trust.feedback.nameBackAgain = Name it back again
        # {reflection} is what the member named back, in their words.
        trust.feedback.youNamedBack = You named back: {reflection}
        trust.feedback.partnerSaidYes = Your partner: yes, that's it.
        trust.feedback.partnerSaidNotQuite = Your partner: not quite.
        trust.feedback.namedBackBefore = Named back before: {reflection} (not quite)
        # {meant} is the giver's own line on what they meant.
        trust.feedback.whatTheyMeant = What they meant: {meant}
        trust.feedback.theyHeard = They heard: {reflection}
        trust.feedback.notNamedBackYet = Not named back yet.
        trust.feedback.youSaidYes = You said: yes, that's it.
        trust.feedback.youSaidNotQuite = You said: not quite.
        trust.feedback.yesButton = Yes, that's it
        trust.feedback.notQuiteSummary = Not quite…
        trust.feedback.meantLabel = What I meant (optional)
        trust.feedback.notQuiteButton = Not quite
        trust.feedback.back = ← Back
        trust.feedback.screenTitle = Feedback from {name}
        trust.feedback.screenTitleNoPartner = Feedback from your partner
        # Refusals: why a step was not taken, said to the member who tried it.
        # {day} is a day as the reader reads it ("Tue, 24 Nov 2026").
        trust.refusal.dayAhead = {day} is still ahead of you; write about days that have happened.
        # {day} is a date written as 2026-11-24.
        trust.refusal.journalExists = You already wrote an entry for {day}. Edit it instead.
        # The names of texts a refusal may speak of ("Your entry cannot be empty.").
        trust.refusal.label.entry = Your entry
        trust.refusal.label.feedback = What you want them to hear
        trust.refusal.label.reflection = What you hear
        trust.refusal.label.meant = What you meant
        trust.refusal.label.word = A word
        trust.refusal.alreadyShared = This is already shared.
        trust.refusal.feedbackToYourself = Feedback goes to your partner, not to yourself.
        trust.refusal.reflectFirst = First name back the one true thing in the feedback you received; then give yours.
        trust.refusal.alreadyPaused = Your pause has already begun.
        trust.refusal.alreadyReflected = You have named it back already.
        trust.refusal.pauseFirst = Pause first: read it, breathe, then find the one true thing in it.
        trust.refusal.stillPausing[one] = Take a little longer. You can reply in {count} second.
        trust.refusal.stillPausing[other] = Take a little longer. You can reply in {count} seconds.
        trust.refusal.notTheGiver = Only the partner who gave the feedback answers this.
        trust.refusal.alreadyMarked = You have answered this already.
        trust.refusal.noReflection = Nothing has been named back yet.
        trust.refusal.lineOnlyWithNotQuite = A line on what you meant goes with “not quite”.
        trust.refusal.notTheReceiver = This feedback was given to your partner, not to you.
        trust.refusal.invitePartnerFirst = Invite your partner first.
        trust.refusal.chooseArea = Choose one of your areas.
        # "Retire" a safe behaviour: stop asking it of the partner; what happened stays.
        trust.refusal.behaviour.notTheTruster = Only the one who feels safe through it names, retires or confirms it.
        trust.refusal.behaviour.noPartner = Safe behaviours are asked of a partner; invite yours first.
        trust.refusal.behaviour.areaArchived = This area is archived; restore it first.
        trust.refusal.behaviour.tooMany = You have named {number} here; retire one first.
        trust.refusal.behaviour.alreadyRetired = This one is retired already.
        trust.refusal.behaviour.retired = This one is retired.
        trust.refusal.behaviour.alreadyAnswered = You have answered this one.
        # Settings. {zone} is what the member typed; keep Europe/Paris as it is (a time zone's own name).
        trust.refusal.settings.timeZone = '{zone}' is not a time zone name; use one like Europe/Paris.
        trust.refusal.settings.eveningHour = The evening hour is 0 to 23.
        trust.refusal.settings.pause = The pause is {shortest} to {longest} seconds.
        # Seeing trust grow: the truster's page, area by area, with the safe behaviours they named.
        trust.page.title = Seeing trust grow
        trust.page.intro = Feeling safe again grows slowly, from small things done again and again, and only once you have decided to trust in an area. Here is what has happened, area by area, in your words and your partner’s actions. It is not a score, and nobody is asked to reach a level.
        trust.page.safeBehaviours.title = What helps me feel safe
        trust.page.safeBehaviours.empty = Name small things that help you feel safe; {name} will see them as requests.
        trust.page.nameOne = Name one
        trust.page.areaLabel = Area
        trust.page.whatHelpsLabel = What helps
        # An example of a safe behaviour, shown in the empty field.
        trust.page.whatHelpsPlaceholder = Ask about my day
        trust.page.nameButton = Name it
        trust.page.myTrust.title = My trust in {name}, area by area
        trust.page.thenAndNowLink = Then and now: predictability, dependability and faith, month by month
        # An area whose name is not known, as a heading.
        trust.page.anArea = An area
        # Beside the viewer's own switch, as the partner's name is beside theirs.
        trust.page.switchYou = You
        # Follows a sentence on the switch being off or not decided: what happened in the area waits for the switch. {number} is how many.
        trust.page.keptWaiting = What happens here is kept, waiting for it: {number} so far.
        trust.page.keptApart = {number} from before the switch came on, kept apart.
        # {weeks} is trust.weeks.* ("three weeks").
        trust.page.steadyFor = Steady for {weeks}.
        # {weeks} is trust.weeks.* ("two weeks"); its first letter becomes a capital if it opens the sentence. {area} is the area's name.
        trust.page.quietIn = {weeks} quiet in {area}.
        trust.page.switchCameOn = The switch came on this week.
        trust.page.nothingYet = Nothing yet this week.
        # A number of weeks in words, inside a sentence.
        trust.weeks.zero = no weeks
        trust.weeks.one = one week
        trust.weeks.two = two weeks
        trust.weeks.three = three weeks
        trust.weeks.four = four weeks
        trust.weeks.five = five weeks
        trust.weeks.six = six weeks
        trust.weeks.seven = seven weeks
        trust.weeks.eight = eight weeks
        trust.weeks.nine = nine weeks
        trust.weeks.ten = ten weeks
        trust.weeks.eleven = eleven weeks
        trust.weeks.twelve = twelve weeks
        trust.weeks.more[one] = {count} week
        trust.weeks.more[other] = {count} weeks
        # A safe behaviour the truster named, on their trust page.
        # An area whose name is not known, inside a line.
        trust.anArea = an area
        # The partner says they did it; {day} is "today", "yesterday" or a date; {word} is the partner's own word.
        trust.behaviour.claim = {name} says {day}: I did this
        trust.behaviour.claimWithWord = {name} says {day}: I did this: “{word}”
        trust.behaviour.yesItHelped = Yes, it helped
        trust.behaviour.notThisTime = Not this time
        # More "I did this" from the partner, waiting behind the ones shown.
        trust.behaviour.earlierWaiting[one] = {count} earlier one waits behind these.
        trust.behaviour.earlierWaiting[other] = {count} earlier ones wait behind these.
        trust.behaviour.notYetConfirmed = not yet confirmed
        # How often the truster confirmed it helped.
        trust.behaviour.confirmedTimes[one] = confirmed once
        trust.behaviour.confirmedTimes[other] = confirmed {count} times
        trust.behaviour.wordLabel = A word, if you like
        trust.behaviour.itHappened = It happened today
        trust.behaviour.retireSummary = Retire it
        trust.behaviour.retireNote = It stops being asked; what happened stays.
        trust.behaviour.retireButton = Retire
        # The Intimacy Pyramid: five levels, each resting on the ones below. "Holds": a level stands, with every level below it.
        trust.pyramid.title = The Intimacy Pyramid
        trust.pyramid.intro = Five levels, each resting on the ones below; none can be skipped. It shows where you are and what the next level needs, each way. Nobody has to reach anything.
        # "Rest in": feel at ease with, lean on.
        trust.pyramid.mine = How I can rest in {name}
        trust.pyramid.theirs = How {name} can rest in me
        trust.pyramid.notAsked = Nothing has been asked of you. When {name} asks for something, what you do builds this way.
        # {needs} is what the next level needs, a sentence of its own.
        trust.pyramid.next = Next: {needs}
        # A level's state, after its name.
        trust.pyramid.status.holds = holds
        trust.pyramid.status.restingBelow = met, resting on a level below
        trust.pyramid.status.growing = growing
        # {areas} are the names of areas whose switch is off.
        trust.pyramid.switchOffIn = Switch off in {areas}.
        trust.pyramid.levelStatus = {level}: {status}
        trust.pyramid.levelsSummary = What each level rests on
        trust.pyramid.level.honesty = Honesty
        trust.pyramid.level.safety = Safety
        trust.pyramid.level.trust = Trust
        trust.pyramid.level.vulnerability = Vulnerability
        trust.pyramid.level.intimacy = Intimacy
        trust.pyramid.criterion.honesty = Reports are made, misses included, and questions get answers.
        trust.pyramid.criterion.safety = Clear actions are done as agreed over several weeks, and the doing is acknowledged.
        trust.pyramid.criterion.trust = Switches are on in the areas that had hurts, and the evidence has been steady since.
        trust.pyramid.criterion.vulnerability = Fears are shared, trust is given and honoured, and a Transparency Window has been held.
        trust.pyramid.criterion.intimacy = All of this, kept over time, in both directions.
        # The evidence for each level, and what it needs. A miss is a clear action not done and said so honestly.
        trust.pyramid.honesty.reports[one] = {count} report made on what was asked, {misses} of them honest misses.
        trust.pyramid.honesty.reports[other] = {count} reports made on what was asked, {misses} of them honest misses.
        trust.pyramid.honesty.answered[one] = {count} question answered.
        trust.pyramid.honesty.answered[other] = {count} questions answered.
        trust.pyramid.honesty.late[one] = {count} question waiting more than a week for an answer.
        trust.pyramid.honesty.late[other] = {count} questions waiting more than a week for an answer.
        trust.pyramid.honesty.needsReports = At least {number} reports on the clear actions asked, misses included.
        trust.pyramid.honesty.needsAnswers = An answer to each question that has waited more than a week.
        trust.pyramid.safety.done[one] = Clear actions done in {count} week, {acknowledged} acknowledged.
        trust.pyramid.safety.done[other] = Clear actions done in {count} weeks, {acknowledged} acknowledged.
        trust.pyramid.safety.needs = Clear actions done in at least {weeks} different weeks, and at least {acknowledged} of them acknowledged.
        trust.pyramid.trust.switchesOn[one] = Switch on in {count} area.
        trust.pyramid.trust.switchesOn[other] = Switch on in {count} areas.
        # {areas}: area names, separated by commas.
        trust.pyramid.trust.steady = Evidence steady for {weeks} weeks or more in {areas}.
        trust.pyramid.trust.needsSwitch = A switch on in an area, with evidence steady for {weeks} weeks.
        trust.pyramid.trust.needsSwitchOn = The switch on in {areas}, when it feels right.
        trust.pyramid.trust.needsSteady = Evidence steady for {weeks} weeks in {areas}.
        # The three parts of the vulnerability evidence, put together by trust.pyramid.vulnerability.evidence.
        trust.pyramid.vulnerability.fears[one] = {count} fear shared
        trust.pyramid.vulnerability.fears[other] = {count} fears shared
        trust.pyramid.vulnerability.grants[one] = {count} grant honoured
        trust.pyramid.vulnerability.grants[other] = {count} grants honoured
        trust.pyramid.vulnerability.windows[one] = {count} window held
        trust.pyramid.vulnerability.windows[other] = {count} windows held
        trust.pyramid.vulnerability.evidence = {fears}, {grants}, {windows}.
        # What vulnerability still needs: one to three of these, made a list ("a, b and c") for trust.pyramid.vulnerability.needs, whose first letter becomes a capital.
        trust.pyramid.vulnerability.missingFear = a core fear shared
        trust.pyramid.vulnerability.missingGrant = a grant of trust given and honoured
        trust.pyramid.vulnerability.missingWindow = a Transparency Window held
        trust.pyramid.vulnerability.needs = {missing}.
        trust.pyramid.intimacy.bothWays = Every level below holds, both ways.
        trust.pyramid.intimacy.notBothWays = Not every level below holds both ways yet.
        trust.pyramid.intimacy.steady = Trust steady for {weeks} weeks or more wherever a switch is on.
        trust.pyramid.intimacy.notSteady = Trust not yet steady for {weeks} weeks everywhere a switch is on.
        trust.pyramid.intimacy.needs = Time: the levels below, kept both ways, with trust steady for {weeks} weeks.
        # Evidence of emotional trust, counted (never scored).
        trust.evidence.safeBehaviour[one] = {count} safe behaviour confirmed
        trust.evidence.safeBehaviour[other] = {count} safe behaviours confirmed
        trust.evidence.actionDone[one] = {count} clear action done
        trust.evidence.actionDone[other] = {count} clear actions done
        trust.evidence.acknowledged[one] = {count} report acknowledged
        trust.evidence.acknowledged[other] = {count} reports acknowledged
        trust.evidence.honestMiss[one] = {count} miss reported honestly
        trust.evidence.honestMiss[other] = {count} misses reported honestly
        # Pictures: what a screen reader says of a drawing (its title), its legend and the words at its ends.
        # {weeks}: each week as trust.picture.evidence.week, separated by semicolons.
        trust.picture.evidence.title = Since the switch came on: {weeks}
        # {evidence}: the week's evidence (trust.evidence.*), separated by commas.
        trust.picture.evidence.week = week {number}: {evidence}
        trust.picture.evidence.nothing = nothing
        # {what} names a sign; {levels} is how it stood at each check-in, separated by commas.
        trust.picture.levelBars.title = {what}, oldest first: {levels}
        # The key to a clear action's days, one mark each.
        trust.picture.legend.done = done
        trust.picture.legend.doneNoticed = done, and noticed
        trust.picture.legend.seen = seen happen
        trust.picture.legend.missed = missed, said honestly
        trust.picture.legend.notReported = not reported
        # This month's evenings, one mark a day: {day} is "Today", "Yesterday" or a date.
        trust.picture.month.written = {day}: written
        trust.picture.month.noEntry = {day}: no entry
        trust.picture.month.evenings[one] = This month: one evening written
        trust.picture.month.evenings[other] = This month: {count} evenings written
        trust.picture.pyramid.beginning = At the beginning: honesty comes first.
        # {levels}: the levels that hold, as a list ("Honesty and Safety"); {count} is how many; {next} is the next level's name.
        trust.picture.pyramid.holding[one] = {levels} holds.
        trust.picture.pyramid.holding[other] = {levels} hold.
        trust.picture.pyramid.holdingNext[one] = {levels} holds. {next} is next.
        trust.picture.pyramid.holdingNext[other] = {levels} hold. {next} is next.
        # One rupture in the picture of the last twelve weeks.
        trust.picture.ruptures.repairedAfter[one] = repaired after {count} day
        trust.picture.ruptures.repairedAfter[other] = repaired after {count} days
        trust.picture.ruptures.openFor[one] = open for {count} day
        trust.picture.ruptures.openFor[other] = open for {count} days
        # {ruptures}: each rupture's line, separated by semicolons.
        trust.picture.ruptures.title = Ruptures in the last twelve weeks, newest first: {ruptures}
        # Under the timeline, at its left end (its right end says "Today").
        trust.picture.ruptures.start = 12 weeks ago
        trust.picture.ruptures.legendRepaired = Dark: repaired
        trust.picture.ruptures.legendOpen = Grey: still being repaired
        # Both switches of an area: {switches} is one trust.picture.switches.owner each; {position} is on, off or not decided yet.
        trust.picture.switches.title = Switches. {switches}
        trust.picture.switches.owner = {owner}: {position}.
        # Both switches of an area over twelve weeks: {switches} is one trust.picture.switchTimeline.band each.
        trust.picture.switchTimeline.title = The last twelve weeks. {switches}
        trust.picture.switchTimeline.band = {owner}: {since}
        # {day} is "Today", "Yesterday" or a date.
        trust.picture.switchTimeline.onSince = on since {day}.
        trust.picture.switchTimeline.offSince = off since {day}.
        # {position}: "not decided yet".
        trust.picture.switchTimeline.undecided = {position}.
        # Urges to check, week by week: resisted, or acted on by checking.
        trust.picture.urges.week = {resisted} resisted and {checked} checked
        trust.picture.urges.title = The last {number} weeks, oldest first: {weeks}
        trust.picture.urges.legendResisted = Dark: resisted
        trust.picture.urges.legendChecked = Light: checked
        # A clear action's last four weeks, one dot a day. {days}: how many of each (trust.picture.weekDots.count.*), separated by commas.
        trust.picture.weekDots.title = The last four weeks: {days}
        trust.picture.weekDots.nothingDue = The last four weeks: nothing due yet
        # One dot: {day} is "Today", "Yesterday" or a date.
        trust.picture.weekDots.day.done = {day}: done
        trust.picture.weekDots.day.seen = {day}: seen happen
        trust.picture.weekDots.day.missed = {day}: missed, reported honestly
        trust.picture.weekDots.day.notReported = {day}: not reported
        trust.picture.weekDots.day.dueToday = {day}: due today
        trust.picture.weekDots.day.notDue = {day}: not due
        trust.picture.weekDots.count.done[one] = {count} done
        trust.picture.weekDots.count.done[other] = {count} done
        trust.picture.weekDots.count.seen[one] = {count} seen happen
        trust.picture.weekDots.count.seen[other] = {count} seen happen
        trust.picture.weekDots.count.missed[one] = {count} missed, reported honestly
        trust.picture.weekDots.count.missed[other] = {count} missed, reported honestly
        trust.picture.weekDots.count.notReported[one] = {count} not reported
        trust.picture.weekDots.count.notReported[other] = {count} not reported
        """#
}
