extension EnglishCatalog {
    static let recent = #"""
        # Hard dates: a private list of days that hurt (the day it came out, an anniversary).
        recent.hardDates.title = Hard dates
        recent.hardDates.intro = Some days hurt: the day it came out, an anniversary, a place in the calendar. This list is yours alone: {name} cannot see it, or tell that you keep it. A week before each day, home offers you a moment to get ready, and to tell {name} if you want to.
        recent.hardDates.mine = My hard dates
        recent.hardDates.none = No days on your list.
        # What the partner told the reader: that a coming week is hard for them, nothing more.
        recent.hardDates.toldMe.title = {name} told you
        # {day} is "today", "tomorrow" or a date such as "Tue 24 Nov".
        recent.hardDates.toldMe.week = The week up to {day} is hard for {name}.
        # {giveTrust} and {clearAction} are links, worded by the two lines below.
        recent.hardDates.toldMe.offer = You do not have to fix it. You could ask what would help, {giveTrust} in something that matters to them, or {clearAction} for the week.
        recent.hardDates.toldMe.giveTrust = give trust
        recent.hardDates.toldMe.clearAction = agree a clear action
        recent.hardDates.full = Your list is full. Take a day off it to add another.
        recent.hardDates.add.title = Add a day
        # A form label, and the name of that text in a refusal ("What the day is cannot be empty.").
        recent.hardDates.add.what = What the day is
        recent.hardDates.add.day = The day
        recent.hardDates.add.yearly = It comes back every year
        recent.hardDates.add.button = Add to my list
        # When a hard date comes next.
        recent.hardDates.card.passed = Passed
        recent.hardDates.card.inDays[one] = {day}, in {count} day
        recent.hardDates.card.inDays[other] = {day}, in {count} days
        # {when} is the line above ("Passed", "Today", "Tue, 1 Dec 2026, in 5 days").
        recent.hardDates.card.yearly = {when} · every year
        recent.hardDates.card.readyNow = Get ready now
        recent.hardDates.card.takeOffList = Take it off my list
        recent.hardDates.card.takeOff = Take it off
        # Getting ready, in the week before a hard date.
        recent.hardDates.ready.close = It is close. Take a moment to get ready: what helps you on a day like this, and what you might ask {name} for.
        # {helped} and {ask} are what the reader wrote last time, or "nothing written".
        recent.hardDates.ready.lastTime = Last time, what helped: {helped}. What you thought of asking for: {ask}.
        recent.hardDates.ready.nothingWritten = nothing written
        # A form label, and the name of that text in a refusal.
        recent.hardDates.ready.helped = What helps
        recent.hardDates.ready.ask = What I might ask for
        recent.hardDates.ready.keep = Keep it for me
        recent.hardDates.tell.words = More, in your words, if you like
        recent.hardDates.tell.button = Tell {name} the coming week is hard for me
        recent.hardDates.tell.seesOnly = {name} sees only that, and your words if you add some: never this day's name.
        # {day} is "today", "yesterday" or a date such as "Tue 24 Nov".
        recent.hardDates.tell.told = You told {name} {day}.
        recent.hardDates.refusal.chooseDay = Choose the day.
        recent.hardDates.refusal.listFull[one] = Your list holds {count} day; take one off to add another.
        recent.hardDates.refusal.listFull[other] = Your list holds {count} days; take one off to add another.
        recent.hardDates.refusal.dayPassed = That day has passed. If it comes back every year, say so.
        recent.hardDates.refusal.passedForGood = This day has passed and does not come back.
        # The name of a text in a refusal ("What you might ask for can be at most 500 characters.").
        recent.hardDates.refusal.askLabel = What you might ask for
        recent.hardDates.refusal.writeSomething = Write what helps, or what you might ask for, or both.
        recent.hardDates.refusal.notThisWeek = You can tell your partner in the week before the day.
        recent.hardDates.refusal.alreadyTold = Your partner knows this week is hard for you already.
        # The name of a text in a refusal.
        recent.hardDates.refusal.wordsLabel = What you want to say
        # Then and now: once a month, three questions on how trust in the partner stands in one area.
        recent.thenAndNow.title = Then and now
        # {predictability}, {dependability} and {faith} are the three parts' names, in bold.
        recent.thenAndNow.intro = Trust tends to come back in three parts, one after another. {predictability}: {name} does what they said, as you see it over time. {dependability}: when it matters, you can rely on who they are. {faith}: you believe they will be there in the time to come. Once a month, for an area where your trust is on, three short questions show how each part moves. Your answers are yours unless you share them; nothing here is a score.
        recent.thenAndNow.part.predictability = Predictability
        recent.thenAndNow.part.dependability = Dependability
        recent.thenAndNow.part.faith = Faith
        recent.thenAndNow.question.predictability = Lately, does {name} do what they said they would?
        recent.thenAndNow.question.dependability = When it matters, can you rely on who {name} is?
        recent.thenAndNow.question.faith = Do you believe {name} will be there for you, in the time to come?
        # The five answers, from least to most; also the heights of a drawn line.
        recent.thenAndNow.level.notYet = Not yet
        recent.thenAndNow.level.rarely = Rarely
        recent.thenAndNow.level.sometimes = Sometimes
        recent.thenAndNow.level.mostly = Mostly
        recent.thenAndNow.level.steadily = Yes, steadily
        recent.thenAndNow.area.mine = My trust in {name}
        recent.thenAndNow.area.switchOff = Your trust here is off now; when it is on, you can answer again.
        recent.thenAndNow.area.theirs = {name}’s trust in you, as they shared it
        # {words} is what the reader wrote.
        recent.thenAndNow.area.lastTime = Last time: “{words}”
        recent.thenAndNow.area.answered = You answered this month. Next month, you can see how it moves.
        recent.thenAndNow.area.words = A few words, if you like
        recent.thenAndNow.area.shareThese = Share these answers with {name}
        recent.thenAndNow.area.keep = Keep my answers
        recent.thenAndNow.area.shareMine = Share my answers of {day} with {name}
        # For a screen reader, a drawn line: "Faith: Tue, 1 Dec 2026: Rarely; …".
        recent.thenAndNow.lines.label = {part}: {answers}
        recent.thenAndNow.lines.answer = {day}: {answer}
        recent.thenAndNow.lines.nothingYet = nothing yet
        recent.thenAndNow.refusal.chooseAnswer = Choose an answer for each question.
        recent.thenAndNow.refusal.switchNotOn = Then and now is for an area where your trust is on; turn it on when it feels right.
        recent.thenAndNow.refusal.answerEach = Answer each of the three questions.
        recent.thenAndNow.refusal.onceAMonth = You answered for {area} this month; come back next month.
        # The name of a text in a refusal.
        recent.thenAndNow.refusal.wordsLabel = A few words
        recent.thenAndNow.refusal.alreadyShared = This is already shared.
        # The weekly check-in: each partner writes a turn in five parts; both open together.
        recent.talk.title = Our weekly check-in
        recent.talk.alone = A weekly check-in needs the two of you. When your partner has joined, you can agree a day.
        recent.talk.intro = Once a week, at a time you both chose, each of you writes a turn in five short parts: what I feel, what I appreciate, what I need, what I own, where I struggled. Each turn stays private until both are written; then both open together. The one listening can only say “I heard you”, or thanks: no replies, no debate here. Skipping a week is fine, and never counted.
        recent.talk.rhythm.title = When
        recent.talk.rhythm.day = Day
        recent.talk.rhythm.time = Time
        recent.talk.rhythm.propose = Propose it to {name}
        # {weekday} is one day's name ("Sunday"), {time} a time such as "20:00": every week on that day.
        recent.talk.rhythm.agreedYourTime = {weekday}s at {time} (your time), agreed by you both.
        recent.talk.rhythm.agreedTheirTime = {weekday}s at {time} ({name}’s time), agreed by you both.
        recent.talk.rhythm.youProposed = You proposed {weekday}s at {time} (your time). It starts once {name} agrees.
        recent.talk.rhythm.theyPropose = {name} proposes {weekday}s at {time} ({name}’s time).
        recent.talk.rhythm.agree = Agree
        recent.talk.rhythm.change = Another day or time
        recent.talk.rhythm.stop = Stop the weekly check-in
        recent.talk.rhythm.stopButton = Stop, for both of us
        recent.talk.thisWeek.title = This week
        recent.talk.thisWeek.written = Your turn is written. It opens together with {name}’s, once theirs is written too.
        recent.talk.thisWeek.partnerReady = {name} has written their turn. Yours opens both.
        recent.talk.thisWeek.keep = Keep my turn
        recent.talk.thisWeek.sealed = {name} sees nothing of it until their turn is written too.
        # {day} is the Monday the week starts on.
        recent.talk.week.title = The week of {day}
        recent.talk.week.you = You
        # The five parts of a turn, as the writer is asked them. "Own": what I take responsibility for.
        recent.talk.part.feel = What I feel
        recent.talk.part.appreciate = What I appreciate
        recent.talk.part.need = What I need
        recent.talk.part.own = What I own
        recent.talk.part.struggle = Where I struggled
        # All the listener can say back to a turn.
        recent.talk.answer.heard = I heard you
        recent.talk.answer.thanks = Thank you
        recent.talk.answer.youHeard = You said you heard it.
        recent.talk.answer.youThanked = You thanked {name}.
        recent.talk.answer.theyHeard = {name} heard you.
        recent.talk.answer.theyThanked = {name} thanked you.
        recent.talk.refusal.chooseWeekday = Choose a day of the week.
        recent.talk.refusal.notYourWeek = That week is not one of yours.
        recent.talk.refusal.chooseAnswer = Say you heard it, or thanks.
        recent.talk.refusal.time = The time is HH:MM, such as 20:00.
        recent.talk.refusal.nothingToAgree = There is no day and time from your partner waiting for you.
        recent.talk.refusal.notStarted = There is no weekly check-in to stop.
        recent.talk.refusal.notAgreed = Agree on a day and a time together first.
        recent.talk.refusal.alreadyWritten = Your turn for this week is written.
        # The name of a text in a refusal ("Each part can be at most 500 characters.").
        recent.talk.refusal.partLabel = Each part
        recent.talk.refusal.writeOnePart = Write at least one part of your turn.
        recent.talk.refusal.partnerTurnSealed = Your partner's turn opens with yours after their next step; try again then.
        recent.talk.refusal.alreadyAnswered = You have answered this turn.
        # Our timeline: the moments that marked the couple's way, month by month.
        recent.timeline.backHome = ← Home
        recent.timeline.title = Our timeline
        recent.timeline.intro = The moments that marked the way, newest first. What is private to you is marked so: {name} sees only what you shared.
        # The same, before the partner has joined.
        recent.timeline.introAlone = The moments that marked the way, newest first. What is private to you is marked so: Your partner sees only what you shared.
        recent.timeline.pace.title = How long it takes
        recent.timeline.pace.text = Repair is slow by nature. For most couples it takes many months, and often a year or two or more, with hard weeks along the way. Read the direction over weeks and months, not days: a bad day is not the end of a good season.
        recent.timeline.nothingYet = Nothing yet. Turning a switch on, a window held, a rupture repaired: each will mark the way here.
        # One moment each, after its date. {area} is an area of trust ("Money"), {name} the partner.
        recent.timeline.moment.trustOn.youInArea = You turned trust on in {area}
        recent.timeline.moment.trustOn.you = You turned trust on
        recent.timeline.moment.trustOn.theyInArea = {name} turned trust on in {area}
        recent.timeline.moment.trustOn.they = {name} turned trust on
        recent.timeline.moment.trustOff.youInArea = You turned trust off in {area}
        recent.timeline.moment.trustOff.you = You turned trust off
        recent.timeline.moment.trustOff.theyInArea = {name} turned trust off in {area}
        recent.timeline.moment.trustOff.they = {name} turned trust off
        recent.timeline.moment.hurtWritten.youInArea = You wrote down what hurt in {area}
        recent.timeline.moment.hurtWritten.you = You wrote down what hurt
        recent.timeline.moment.hurtWritten.theyInArea = {name} wrote down what hurt in {area}
        recent.timeline.moment.hurtWritten.they = {name} wrote down what hurt
        recent.timeline.moment.windowHeld = A Transparency Window was held
        recent.timeline.moment.ruptureRepaired.inArea = A rupture in {area} feels repaired to you both
        recent.timeline.moment.ruptureRepaired = A rupture feels repaired to you both
        recent.timeline.moment.trustHonoured.inArea = Trust given in {area} was honoured
        recent.timeline.moment.trustHonoured = Trust given was honoured
        # "You" is the two of you: both agreed on the words of an expectation.
        recent.timeline.moment.wordsAgreed.inArea = You agreed on words in {area}
        recent.timeline.moment.wordsAgreed = You agreed on words
        recent.timeline.forYouAlone = (for you alone)
        """#
}
