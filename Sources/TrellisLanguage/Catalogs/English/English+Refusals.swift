extension EnglishCatalog {
    static let refusals = #"""
        # Refusals: what the server says when it cannot do what was asked. Each one names what to do next.
        refusals.notAuthenticated = Log in to continue.
        refusals.sessionExpired = Your session has expired. Log in again.
        refusals.emailTaken = An account with that email already exists. Log in instead.
        refusals.locked = This device is locked. Give your lock code or password to go on.
        refusals.wrongCredentials = That email and password do not match.
        refusals.notFound = There is nothing here.
        # {type} is a media type such as application/json; Content-Type is the name of a header: keep both.
        refusals.unsupportedMediaType = Send the body as {type}, and say so in Content-Type.
        refusals.bodyTooLarge = The request body is larger than {bytes} bytes.
        refusals.tooManyWrites[one] = That is a lot of changes in a short time. Wait {count} second and try again.
        refusals.tooManyWrites[other] = That is a lot of changes in a short time. Wait {count} seconds and try again.
        # A clinician reading one couple's record many times in a short time.
        refusals.tooManyReads[one] = That is a lot of reading of one couple in a short time. Wait {count} second and try again.
        refusals.tooManyReads[other] = That is a lot of reading of one couple in a short time. Wait {count} seconds and try again.
        # Too many tries at a password or a code.
        refusals.tooManyAttempts.seconds[one] = Too many attempts. Wait {count} second and try again.
        refusals.tooManyAttempts.seconds[other] = Too many attempts. Wait {count} seconds and try again.
        refusals.tooManyAttempts.minutes[one] = Too many attempts. Wait a minute and try again.
        refusals.tooManyAttempts.minutes[other] = Too many attempts. Wait {count} minutes and try again.
        # {seq} is the number of the couple's latest change, as a program counts them.
        refusals.stale = Your couple's record has changed since you last read it (it is now at {seq}). Reload and try again.
        refusals.notFramed = The request body is not framed the way its headers say.
        refusals.nothingAtThisAddress = There is nothing at this address.
        refusals.badRequest = The request could not be handled as sent.
        refusals.internalError = Something went wrong on our side. Please try again.
        # {allowed} lists HTTP methods ("GET, POST") and {method} is one of them: keep them as they are.
        refusals.methodNotAllowed = This address takes {allowed}, not {method}.
        refusals.noVisit = This page is not set up.
        # Requests from a program (the API). {field} and {name} are the names of fields as the program sends them; words in quotes and values such as partnerWaiting, true or YYYY-MM-DD stay exactly as they are.
        refusals.json.bodyNeeded = This request needs a JSON body.
        refusals.json.missing = The field '{field}' is missing.
        refusals.json.mustBeString = The field '{field}' must be a string.
        refusals.json.mustBeBool = The field '{field}' must be true or false.
        refusals.json.mustBeWholeNumber = The field '{field}' must be a whole number.
        refusals.json.mustBeObject = The field '{field}' must be a JSON object.
        refusals.json.unreadable = The field '{field}' has a value that cannot be read.
        refusals.json.invalid = The body is not valid JSON.
        refusals.api.dateLike = '{name}' must be a date like 2026-11-25.
        refusals.api.wholeNumberOrMore = '{name}' must be a whole number of {lower} or more.
        refusals.api.wholeNumberInRange = '{name}' must be a whole number of {lower} to {upper}.
        refusals.api.chooseArea = Choose one of your areas.
        refusals.api.chooseFear = Choose one of your fears.
        refusals.api.chooseAction = Choose one of your actions.
        refusals.api.chooseExpectation = Choose one of your expectations.
        refusals.api.areaId = 'areaId' must be an area's id.
        refusals.api.doerId = 'doerId' must be a partner's id.
        refusals.api.toPartner = 'to' must be your partner's id.
        refusals.api.noSuchClinician = No clinician has this id.
        # {parts}, {values}, {kinds} and {approaches} are lists of values a program sends, as they are.
        refusals.api.helpParts = Each part is one of: {parts}.
        refusals.api.reminderKinds = The kinds are partnerWaiting, windowOpened, commitmentsToday and weeklyDigest.
        refusals.api.pushSubscription = A subscription is an https endpoint with a P-256 key and a 16-byte secret.
        refusals.api.oneOf = '{name}' must be one of: {values}.
        refusals.api.atMostCharacters = '{name}' can be at most {limit} characters.
        refusals.api.setting = 'setting' must be online or inPerson.
        refusals.api.suggestionKind = 'kind' is one of: {kinds}.
        refusals.api.onceNeedsBy = A one-off action needs 'by', a YYYY-MM-DD date.
        refusals.api.notAWeekday = '{name}' is not a day of the week.
        refusals.api.cadenceKind = 'kind' must be once, daily, weekdays or whenever.
        refusals.api.approaches = Each approach is one of: {approaches}
        refusals.api.grantSize = The size is small, medium or large.
        refusals.api.thenAndNowLevels = The answers are notYet, rarely, sometimes, mostly and steadily.
        refusals.api.lock = Choose none, code or password.
        # An empty value means Trellis's own name and icon, rather than a discreet look.
        refusals.api.look = Choose notes, lists, daily, or an empty look for Trellis.
        refusals.api.urgeKind = The kind is phone, socialMedia, location or other.
        refusals.api.signs = The signs are scan, body, traps and shame.
        refusals.api.hardDateDay = The day is a date, YYYY-MM-DD.
        refusals.api.renameOrArchive = Send 'name' to rename the area or 'archived' to archive or restore it.
        refusals.api.renameAndArchiveApart = Rename and archive in separate requests.
        refusals.api.talkWeekday = The day is monday to sunday.
        refusals.api.talkAnswer = The answer is heard or thanks.
        refusals.api.ruptureStepKind = The kind is understand, sorry or next.
        # Accounts.
        refusals.password.tooShort = Choose a password of at least {minimum} characters. A few words you will remember make a good one.
        refusals.password.tooLong = A password can be at most {maximum} characters long.
        refusals.password.repetitive = That password repeats itself or follows the keyboard, so it is easy to guess. Try a few unrelated words.
        refusals.password.common = That password is one of the most common ones, so it is among the first anyone would try. Try a few unrelated words.
        refusals.email.invalid = Enter an email address like name@example.org.
        refusals.name.empty = Tell us the name your partner knows you by.
        # The {what} of the refusals.text sentences below, for a person's name.
        refusals.name.label = A name
        # How a signed-in device is named in the member's own list of devices: "Firefox on Android". {browser} is a browser's name (or refusals.device.aBrowser, or refusals.device.app), {system} a system's name (or refusals.device.aMac).
        refusals.device.onSystem = {browser} on {system}
        refusals.device.aBrowser = A browser
        # Only ever the {system} of refusals.device.onSystem: "Safari on a Mac".
        refusals.device.aMac = a Mac
        # A device signed in with the app rather than a browser.
        refusals.device.app = App
        # The couple's own rules. A "couple" is the two partners' shared space in Trellis.
        refusals.couple.notFound = There is no such couple for you.
        refusals.couple.alreadyStarted = This couple has already started.
        refusals.couple.alreadyAMember = You are already in this couple.
        refusals.couple.full = This couple already has two partners.
        refusals.couple.closed = A partner has left this couple, so it cannot take a new partner. Start a new couple instead.
        refusals.couple.unknownArea = There is no such area in your couple.
        refusals.couple.areaArchived = That area is archived; restore it first.
        refusals.couple.areaNotArchived = That area is not archived.
        refusals.couple.duplicateAreaName = Your couple already has an active area with that name.
        # The {what} of the refusals.text sentences below, for the name a couple gives an area.
        refusals.areaName.label = An area's name
        refusals.step.tooManyActions = You already have four actions asked of your partner. Four clear actions are enough to see steady change; more blurs the picture. Retire one first, then ask for the new one.
        refusals.step.noPartner.invite = Invite your partner first: this step needs the two of you.
        refusals.step.noPartner.left = Your partner has left this couple, and this step needs the two of you.
        # Something a step looks for is not there (or belongs to someone else, which must not show).
        refusals.step.notFound.action = There is no such action in your couple.
        refusals.step.notFound.answer = There is no such answer in your couple.
        refusals.step.notFound.area = There is no such area in your couple.
        # The weekly check-in.
        refusals.step.notFound.checkIn = There is no such check in in your couple.
        refusals.step.notFound.clinician = There is no such clinician in your couple.
        refusals.step.notFound.couple = There is no such couple in your couple.
        # What one partner told the other about keeping a promise they made.
        refusals.step.notFound.disclosure = There is no such disclosure in your couple.
        refusals.step.notFound.entry = There is no such entry in your couple.
        refusals.step.notFound.expectation = There is no such expectation in your couple.
        refusals.step.notFound.fear = There is no such fear in your couple.
        refusals.step.notFound.feedback = There is no such feedback in your couple.
        # Trust one partner gave the other before it was earned.
        refusals.step.notFound.grant = There is no such grant in your couple.
        refusals.step.notFound.hardDate = There is no such hard date in your couple.
        refusals.step.notFound.hurt = There is no such hurt in your couple.
        refusals.step.notFound.journalEntry = There is no such journal entry in your couple.
        # A time something that helps a partner feel safe happened.
        refusals.step.notFound.moment = There is no such moment in your couple.
        refusals.step.notFound.partner = There is no such partner in your couple.
        refusals.step.notFound.question = There is no such question in your couple.
        # The few lines each partner writes after a Transparency Window.
        refusals.step.notFound.reflection = There is no such reflection in your couple.
        refusals.step.notFound.rupture = There is no such rupture in your couple.
        refusals.step.notFound.safeBehaviour = There is no such safe behaviour in your couple.
        refusals.step.notFound.suggestion = There is no such suggestion in your couple.
        # One partner's part of a weekly check-in.
        refusals.step.notFound.turn = There is no such turn in your couple.
        refusals.step.notFound.window = There is no such window in your couple.
        refusals.step.notFound.other = There is nothing like that in your couple.
        # Stands where the name of a partner who closed their account was: "a former partner answered".
        refusals.member.formerPartner = a former partner
        # What is wrong with a short text a person typed. {what} names it and starts the sentence: a field's name ("An area's name") or a form's label ("What happened"); a translation may set it apart with a colon.
        refusals.text.empty = {what} cannot be empty.
        refusals.text.tooLong = {what} can be at most {limit} characters.
        refusals.text.invisibleCharacters = {what} cannot contain invisible or control characters.
        refusals.text.lineBreak = {what} is one line: it cannot contain line breaks or tabs.
        refusals.lockCode.length = Choose a lock code of 4 to 12 letters or digits.
        refusals.lockCode.repeated = Choose a code that is not one character repeated.
        # Discreet mode: a plain name shown instead of "Trellis" (a browser tab, the installed app, mail). It should pass unnoticed, like an ordinary app's name.
        refusals.discreetLook.notes = Notes
        refusals.discreetLook.lists = Lists
        refusals.discreetLook.daily = Daily
        # The areas of trust every new couple starts with, named in the language of the partner who starts it. The couple can rename them.
        refusals.defaultAreas.honesty = Honesty
        refusals.defaultAreas.money = Money
        refusals.defaultAreas.phoneAndPrivacy = Phone and privacy
        refusals.defaultAreas.socialMedia = Social media
        refusals.defaultAreas.friendships = Friendships
        refusals.defaultAreas.reliability = Reliability
        refusals.defaultAreas.recovery = Recovery
        """#
}
