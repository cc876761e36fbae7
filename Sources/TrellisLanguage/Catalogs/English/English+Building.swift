extension EnglishCatalog {
    static let building = #"""
        # Refusals, shown above a form. Labels marked as such name a text inside a refusal: "{label} cannot be empty."
        building.refusal.areaArchived = This area is archived; restore it first.
        building.refusal.reviewDayPast = Choose a review day from today on.
        building.refusal.chooseArea = Choose one of your areas.
        # Grants: trust given before it is earned. German calls one grant "Vertrauensgeschenk"; Spanish "muestra de confianza" (feminine).
        building.grants.refusal.noPartner = Trust is given to a partner; invite yours first.
        building.grants.refusal.tooMany[one] = You have {count} grant open; withdraw one first.
        building.grants.refusal.tooMany[other] = You have {count} grants open; withdraw one first.
        # Label: what the grantee may now do.
        building.grants.label.what = What they may now do
        # Label: what is at stake for the one giving trust.
        building.grants.label.stakes = What is at stake for you
        building.grants.refusal.answerNotYours = Your partner answers the trust you give.
        building.grants.refusal.alreadyAnswered = This grant is answered already.
        building.grants.refusal.withdrawNotYours = Only the one who gave it can take it back.
        building.grants.refusal.notOpen = This grant no longer holds.
        building.grants.refusal.useNotYours = Your partner says what they did with it.
        building.grants.refusal.notAccepted = Only an accepted grant is used.
        # Label: what the grantee did with the trust given.
        building.grants.label.used = What you did with it
        building.grants.refusal.reviewNotYours = The one who gave it says how it went.
        building.grants.refusal.nothingToReview = Your partner has not said what they did with it yet.
        building.grants.refusal.alreadyReviewed = You have said how it went.
        # Label, and the form's label too: what hurt when the trust given was not honoured.
        building.grants.label.hurt = What hurt
        building.grants.refusal.sayWhatHurt = Say what hurt; it is how your partner can understand.
        building.grants.refusal.chooseSize = Choose small, medium or large.
        # Expectations: what both hold to (German "Abmachung", Spanish "acuerdo"), and promises to tell.
        # Label: the words of an expectation.
        building.expectations.label.words = The words
        building.expectations.refusal.nothingProposed = There are no new words to answer here.
        building.expectations.refusal.staleVersion = The words have changed since you read them: the proposal now is version {version}.
        building.expectations.refusal.ownProposal = You proposed these words; your partner agrees to them or suggests others.
        building.expectations.refusal.noPartner = Expectations are agreed between partners; invite yours first.
        building.expectations.refusal.tooMany[one] = This area has {count} expectation already.
        building.expectations.refusal.tooMany[other] = This area has {count} expectations already.
        building.expectations.refusal.promiseNotYours = A promise to tell is worded by the one who makes it; you can agree to it or not.
        building.expectations.refusal.notHolding = This does not hold now.
        building.expectations.refusal.tellNotYours = Only the one who made the promise tells against it.
        building.expectations.refusal.promiseNotHolding = A promise holds once your partner has agreed to it.
        # Label: what the one who promised is telling now.
        building.expectations.label.telling = What you are telling
        building.expectations.refusal.thankNotYours = Your partner thanks you for telling.
        building.expectations.refusal.alreadyThanked = You have thanked them for this.
        # Core fears (German "Grundangst", Spanish "miedo de fondo").
        building.fears.refusal.tooMany[one] = You have {count} fear written for this area; edit or withdraw one first.
        building.fears.refusal.tooMany[other] = You have {count} fears written for this area; edit or withdraw one first.
        # Labels: a core fear and why it scares its author.
        building.fears.label.what = What you fear
        building.fears.label.why = Why it scares you
        building.fears.refusal.keepOne = You said you would share your fears here when your partner shares theirs; keep at least one.
        building.fears.refusal.noFearsYet = Write at least one fear for this area first.
        building.fears.refusal.alreadyWaiting = You are already waiting for your partner to share theirs.
        building.fears.refusal.answerNotYours = Your partner answers your fears; you answer theirs.
        building.fears.refusal.alreadyAnswered = You have answered this fear.
        # Label: the one line a partner writes back to a shared fear.
        building.fears.label.line = Your line back
        building.fears.refusal.alreadyShared = This fear is shared now; what was told stays as it was told.
        # The Transparency Window (German "Fenster der Offenheit", Spanish "ventana de transparencia"): ten minutes, one question, each rates their defensiveness 0 to 10.
        building.window.refusal.notOpenYet = The window opens when your partner joins.
        building.window.refusal.ended = This window has ended.
        building.window.refusal.noPartner = A window is opened with your partner; invite them first.
        building.window.refusal.alreadyLive = There is already a window; end it before starting another.
        building.window.refusal.noTime = A window needs some open time.
        # Label, and the form's label too: the question the asker has been afraid to ask.
        building.window.label.question = Your question
        building.window.refusal.joinNotYours = You started this window; your partner joins it.
        building.window.refusal.notWaiting = This window is not waiting for you.
        building.window.refusal.declineNotYours = You started this window; you can end it.
        building.window.refusal.ratingRange = A rating is a whole number from 0 to 10.
        building.window.refusal.notPaused = The window is open already.
        building.window.refusal.alreadyReady = You said you are ready; the window opens when your partner is too.
        building.window.refusal.ratingAboveFive = Your rating is above 5. When you feel calmer, set it to 5 or below first.
        building.window.refusal.reflectWhileLive = Reflections come after the window ends.
        building.window.refusal.alreadyReflected = You have written your reflection on this window.
        # Label, and the form's label too: what one thinks afterwards about a window.
        building.window.label.reflection = Your reflection
        building.window.refusal.alreadyShared = Your reflection is shared already.
        building.window.refusal.chooseRating = Choose a number from 0 to 10.
        # Shared by the grants, expectations and fears pages.
        building.nothingYet = Nothing yet.
        building.anArea = an area
        building.area = Area
        # A button: tell the partner, by name.
        building.tellPartner = Tell {name}
        # Before the button that takes back a grant or withdraws consent to an expectation.
        building.stopsHoldingAtOnce = It stops holding at once, and {name} will see that.
        # The grants page.
        building.grants.title = Trust we give
        building.grants.intro = Give trust before it is earned: let {name} do something that scares you, now that they know why. A small trust honoured makes a bigger one easier. You can take it back at any time.
        # {size} is one of the size words below (small, medium, large).
        building.grants.nextStep = In {area}, the trust you gave was honoured; a next grant could be a step bigger ({size}), when you are ready.
        building.grants.givenToMe = Given to me
        building.grants.givenByMe = Given by me
        building.grants.earlier = Earlier grants
        building.grants.giveTrust = Give trust
        # A grant's size, inside a sentence and after its area: "Money · small".
        building.grants.size.small = small
        building.grants.size.medium = medium
        building.grants.size.large = large
        # A grant's size, as a choice in a list.
        building.grants.sizeChoice.small = Small
        building.grants.sizeChoice.medium = Medium
        building.grants.sizeChoice.large = Large
        # After the area and size: "Money · small · to look at again tomorrow"; {day} is "tomorrow" or "Tue 1 Dec".
        building.grants.reviewOn = to look at again {day}
        # {fear} is a fear its author wrote.
        building.grants.answersFear = It answers a fear: “{fear}”
        # {stakes} is what the one giving trust wrote.
        building.grants.stakesMine = What is at stake for you: {stakes}
        building.grants.stakesOf = What is at stake for {name}: {stakes}
        building.grants.accept = Accept
        building.grants.notNow = Not now
        building.grants.whatIDid = What I did with it
        # A button: the one who gave trust says it was honoured.
        building.grants.honoured = It was honoured
        building.grants.itHurt = It hurt
        building.grants.takeBack = Take it back
        # Where a grant stands.
        building.grants.waitingForPartner = Waiting for {name} to answer.
        building.grants.waitingForYou = Waiting for you to answer.
        building.grants.accepted = Accepted.
        building.grants.declined = Declined, for now.
        building.grants.withdrawn = Taken back; it no longer holds.
        building.grants.used = What was done with it: {used}
        building.grants.youSaidHonoured = You said it was honoured.
        building.grants.partnerSaidHonoured = {name} said it was honoured.
        building.grants.hurt = It hurt: {hurt}
        # The form to give trust; "None" is the choice of no fear.
        building.grants.noFear = None
        building.grants.label.whatPartnerMayDo = What {name} may now do
        building.grants.label.myStakes = What is at stake for me
        building.grants.label.size = How big it feels
        building.grants.label.fear = Answers one of my shared fears (optional)
        building.grants.giveIt = Give it
        # The expectations page.
        building.expectations.title = What we expect
        building.expectations.intro = What each of you considers normal and permissible, in your own words. It holds only once you both agree to the same words, and either of you can withdraw at any time.
        building.expectations.noDemands = There is no way here to ask for a disclosure, a location or a phone log: trust that is demanded is not given. A promise to tell is made freely, by the one who tells.
        building.expectations.proposeOne = Propose one
        # What kind an expectation is, after its area: "Money · A promise you made".
        building.expectations.kind.myPromise = A promise you made
        building.expectations.kind.partnersPromise = A promise {name} made
        building.expectations.kind.shared = Something you both hold to
        building.expectations.holds = Holds: you both agreed.
        building.expectations.youWithdrew = Does not hold: you withdrew consent.
        building.expectations.partnerWithdrew = Does not hold: {name} withdrew consent.
        # {words} are the words proposed, shown in bold.
        building.expectations.proposed = Proposed: {words}
        building.expectations.waitingForPartner = Waiting for {name} to agree.
        building.expectations.agree = I agree
        building.expectations.decline = Not these words
        building.expectations.reword = Propose other words
        building.expectations.words = Words
        building.expectations.sendTo = Send to {name}
        building.expectations.withdrawConsent = Withdraw my consent
        building.expectations.withdraw = Withdraw
        building.expectations.thank = Thank you for telling me
        # After something told against a promise, once the partner thanked for it.
        building.expectations.thanked = (thanked)
        # Label: the one who promised to tell, telling now.
        building.expectations.telling = I’m telling you
        building.expectations.toldHeading = Told against this promise, newest first:
        building.expectations.toldEarlier = Told earlier
        # {day} is "tomorrow" or "Tue 1 Dec".
        building.expectations.reviewOn = A day to look at it again: {day}
        building.expectations.kindLabel = Kind
        building.expectations.kindChoice.shared = Something we both hold to
        building.expectations.kindChoice.promise = A promise I make, to tell {name}
        # The core fears pages. On the overview, an area's row joins these with " · ": "You wrote 2 · Sam told you 1".
        building.fears.youWrote[one] = You wrote {count}
        building.fears.youWrote[other] = You wrote {count}
        building.fears.partnerTold[one] = {name} told you {count}
        building.fears.partnerTold[other] = {name} told you {count}
        building.fears.partnerReadyShort = {name} is ready to share when you are
        # The viewer is waiting for their partner to share too.
        building.fears.waitingFor = waiting for {name}
        building.fears.title = Our core fears
        building.fears.intro = What do you fear about trust being broken, area by area, and why? Telling it is itself an act of trust. What you write stays yours alone until you share it: on its own, or together, when {name} shares theirs.
        building.fears.whatIFear = What I fear
        building.fears.whyItScaresMe = Why it scares me
        building.fears.keepIt = Keep it for me
        # {area} is the area's name.
        building.fears.areaTitle = {area}: core fears
        building.fears.allAreas = ← All areas
        building.fears.mine = Mine
        building.fears.writeOne = Write a fear
        building.fears.partnerToldMe = What {name} told me
        building.fears.waitingTogether = You are ready. Your private fears here open when {name} shares theirs, both at once.
        building.fears.partnerReady = {name} is ready to share their fears here when you share yours.
        building.fears.togetherAfterJoining = Once your partner joins, you can choose to share these when they share theirs, both at once.
        building.fears.revealTogether = Share mine when {name} shares theirs
        building.fears.sharedWith = Shared with {name}.
        building.fears.save = Save
        building.fears.shareWarning = {name} will read it as you wrote it, and it cannot be taken back.
        building.fears.shareNow = Share it with {name} now
        building.fears.withdrawWarning = It will be gone for good; nobody ever read it.
        building.fears.takeBack = Take it back
        building.fears.onlyYou = Only you can read this.
        building.fears.change = Change it
        building.fears.shareAlone = Share it now, on its own
        # {answer} is the line the viewer wrote back to their partner's fear.
        building.fears.youAnswered = You answered: {answer}
        building.fears.lineBack = One line back, such as “Thank you for telling me”
        building.fears.send = Send
        # The Transparency Window page.
        building.window.title = Transparency Window
        building.window.intro = Ten minutes of open time for the one question you have been afraid to ask. Each of you says how defensive you feel, from 0 to 10, at any moment. Above 5, the window pauses for both of you until you are both calmer and ready. Either of you can end it at any time, without a reason.
        building.window.onlyYouUntilJoined = Only you can read it until {name} joins; then you both see it.
        building.window.invite = Invite {name}
        building.window.waitingToJoin = Waiting for {name} to join.
        # {question} is the asker's question, in bold.
        building.window.yourQuestion = Your question: {question}
        # A button: the asker ends the window before their partner joins.
        building.window.callOff = Call it off
        building.window.invited = {name} would like a Transparency Window with you: ten minutes, one question, and you can stop at any moment.
        building.window.join = Join
        building.window.notNow = Not now
        # {time} is a countdown such as "8:20".
        building.window.timeLeft = {time} of open time left.
        building.window.end = End the window
        building.window.readyWaiting = You are ready. Waiting for {name}.
        building.window.whenCalmer = When you feel calmer, set your number to 5 or below, then say you are ready.
        building.window.ready = I am ready to go on
        building.window.paused = Paused for both of you. The clock has stopped.
        building.window.breathe = Breathe in as the circle grows, and out as it shrinks. Nothing needs to be said right now.
        # In place of a defensiveness rating nobody has given yet.
        building.window.notSetYet = not set yet
        # Both defensiveness ratings: {mine} and {theirs} are numbers 0 to 10 (or "not set yet").
        building.window.ratings = How defensive. You: {mine} · {name}: {theirs}
        building.window.howDefensive = How defensive do you feel right now? 0 is open, 10 is walls up.
        building.window.past = Past windows
        building.window.noneYet = None yet.
        building.window.earlier = Earlier windows
        # A past window's line: "Today · ran its full time · 6 min 20 s of open time · paused once".
        building.window.durationSeconds = {seconds} s
        building.window.durationMinutes = {minutes} min
        building.window.durationMinutesSeconds = {minutes} min {seconds} s
        building.window.openTime = {duration} of open time
        building.window.ending.timeUp = ran its full time
        building.window.ending.leftByYou = ended by you
        building.window.ending.left = ended by {name}
        building.window.ending.declinedByYou = you said not now
        building.window.ending.declined = {name} said not now
        building.window.ending.abandoned = ended by itself when nobody was there
        building.window.ending.ended = ended
        building.window.pausedOnce = paused once
        building.window.pausedTwice = paused twice
        # Three times or more.
        building.window.pausedTimes[one] = paused {count} time
        building.window.pausedTimes[other] = paused {count} times
        # A past window's reflections; {text} is what was written.
        building.window.myReflection = Your reflection: {text}
        building.window.myReflectionPrivate = Your reflection (only you): {text}
        building.window.shareReflection = Share it with {name}…
        building.window.shareIt = Share it with {name}
        building.window.keepIt = Keep it
        building.window.partnersReflection = {name}’s reflection: {text}
        """#
}
