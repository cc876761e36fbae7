extension GermanCatalog {
    static let reach = #"""
        # Ways of working a clinician lists on their profile; names of therapy approaches.
        reach.approach.emotionallyFocused = Emotionsfokussierte Paartherapie
        reach.approach.gottman = Gottman-Methode
        reach.approach.cognitiveBehavioural = Kognitiv-behaviorale Paartherapie
        reach.approach.integrativeBehavioural = Integrative behaviorale Paartherapie
        reach.approach.discernment = Klärungsberatung (Discernment Counseling)
        reach.approach.addictionInformed = Suchtsensible Paararbeit
        reach.approach.affairRecovery = Begleitung nach einer Affäre
        # What brings a couple to look for help, chosen when searching for a clinician.
        reach.situation.affair = Eine Affäre
        reach.situation.relapse = Ein Rückfall
        reach.situation.moneySecrets = Geld, das verheimlicht wurde
        reach.situation.conflictCycles = Immer wieder derselbe Streit
        reach.situation.earlierWounds = Vertrauen, das schon vor dieser Beziehung verletzt wurde
        # The parts of a couple's shared work they can open to a clinician.
        reach.part.repair = Reparatur
        reach.part.integrity = Übungen zur Verlässlichkeit
        reach.part.expectations = Abmachungen und geschenktes Vertrauen
        reach.part.windows = Geteilte Gedanken aus den Fenstern der Offenheit
        reach.consent.choosePart = Wähle mindestens einen Teil eurer Arbeit, den du zeigen willst.
        reach.consent.reviewDay = Wähle einen Tag nach heute und innerhalb eines Jahres, um noch einmal darauf zu schauen.
        reach.invite.partnerNeeded = Hilfe von außen braucht euch beide; lade zuerst die Person an deiner Seite ein.
        reach.invite.notOneOfYou = Eine Fachperson kann nicht zu eurem Paar gehören.
        reach.invite.alreadyAsked = Diese Fachperson ist schon hinzugebeten.
        # {most} is the most clinicians a couple can have at once (3).
        reach.invite.tooMany = Es sind schon {most} Fachpersonen dabei; beende zuerst bei einer den Zugang.
        # Names a field in a refusal such as "The clinician's name cannot be empty."
        reach.invite.nameLabel = Der Name der Fachperson
        # Names a clinician's note in a refusal such as "Your note cannot be empty."
        reach.clinician.noteLabel = Deine Notiz
        # Told to a clinician who suggests something in a part the couple did not open to them.
        reach.suggest.notOpenRepair = Die beiden haben dir die Reparatur nicht geöffnet.
        reach.suggest.notOpenIntegrity = Die beiden haben dir die Übungen zur Verlässlichkeit nicht geöffnet.
        reach.suggest.notOpenExpectations = Die beiden haben dir Abmachungen und geschenktes Vertrauen nicht geöffnet.
        reach.suggest.notOpenWindows = Die beiden haben dir die geteilten Gedanken aus den Fenstern der Offenheit nicht geöffnet.
        reach.suggest.chooseDoer = Wähle, wer von beiden es tun würde.
        reach.suggest.expectationNoDoer = Eine Abmachung treffen beide gemeinsam; nenne niemanden.
        # {most} is the most suggestions a clinician may have waiting at once (3).
        reach.suggest.tooMany = {most} deiner Vorschläge warten schon auf die beiden.
        reach.suggest.wordsLabel = Die Worte
        reach.suggestion.clearAction = Ein klarer Schritt
        reach.suggestion.expectation = Eine Abmachung
        reach.suggestion.askedByOther = Ein klarer Schritt wird immer von der einen Seite erbeten und von der anderen getan.
        reach.suggestion.chooseCadence = Wähle, wann der Schritt passiert.
        # Kept as the note of a clear action taken on from a clinician's suggestion; {name} is the clinician.
        reach.suggestion.suggestedBy = Vorgeschlagen von {name}
        reach.suggestion.alreadyAnswered = Auf diesen Vorschlag hat schon jemand von euch geantwortet.
        # Field names in refusals of a clinician's profile, such as "The place cannot be empty."
        reach.profile.nameLabel = Dein Name
        reach.profile.chooseApproach = Wähle mindestens eine Arbeitsweise.
        reach.profile.placeLabel = Der Ort
        reach.profile.placeOrOnline = Sag, wo du Menschen triffst oder dass du online arbeitest.
        reach.profile.languageCount = Nenne eine bis sechs Sprachen.
        reach.profile.languageLabel = Eine Sprache
        reach.profile.aboutLabel = Über dich
        # Why an approach fits a situation; shown after the approach's name and a colon, so it starts in lower case.
        reach.guide.affair.affairRecovery = begleitet Schritt für Schritt durch die Offenlegung, die Fragen und den Neuaufbau
        reach.guide.affair.emotionallyFocused = hilft, dass die verletzte Person gehört wird und sich die Bindung wieder sicher anfühlt
        reach.guide.affair.discernment = hilft, wenn jemand von euch noch unsicher ist, ob es sich lohnt zu bleiben und daran zu arbeiten
        reach.guide.relapse.addictionInformed = kennt Genesung und Rückfall und hat die Bedürfnisse von euch beiden im Blick
        reach.guide.relapse.cognitiveBehavioural = baut konkrete Abmachungen und Gewohnheiten auf, deren Einhaltung ihr beide sehen könnt
        reach.guide.moneySecrets.cognitiveBehavioural = macht aus Offenheit beim Geld klare, überprüfbare Abmachungen
        reach.guide.moneySecrets.gottman = arbeitet an Ehrlichkeit und einem gemeinsamen Verständnis von Geld und Plänen
        reach.guide.conflictCycles.gottman = zeigt, wie eure Streits beginnen und eskalieren und wie ihr sie wieder beilegt
        reach.guide.conflictCycles.emotionallyFocused = findet die Ängste unter dem Streit, die ihn am Laufen halten
        reach.guide.conflictCycles.integrativeBehavioural = hilft euch, Unterschiede anzunehmen und zu ändern, was sich ändern lässt
        reach.guide.earlierWounds.emotionallyFocused = arbeitet mit alten Verletzungen, durch die sich Vertrauen heute unsicher anfühlt
        reach.guide.earlierWounds.integrativeBehavioural = trennt das, was die Person an deiner Seite tut, von dem, woran es dich erinnert
        # Why a clinician matches a search, one reason a line; {approach} is one of the approaches above.
        reach.search.askedApproach = {approach}: der Ansatz, nach dem du gesucht hast
        reach.search.fits = {approach}: {why}
        reach.search.online = Berät online
        # {place} and {language} are as the clinician wrote them.
        reach.search.inPerson = Berät vor Ort in {place}
        reach.search.worksIn = Arbeitet auf {language}
        # A clinician's list of couples: {parts} is a list of the parts open, {day} the last day.
        reach.clients.openUntil = {parts}, bis {day}.
        reach.clients.back = ← Mein Profil als Fachperson
        reach.clients.title = Paare, die ich begleite
        reach.clients.intro = Paare, bei denen dich heute beide einen Teil ihrer gemeinsamen Arbeit sehen lassen. Jedes Mal, wenn du eines öffnest, sehen beide, dass du hineingeschaut hast, und was.
        reach.clients.none = Heute keine.
        reach.client.back = ← Paare, die ich begleite
        reach.client.openToYou = Für dich offen: {parts}, bis {day}. Beide sehen, dass du hineingeschaut hast.
        reach.client.notesTitle = Eine Notiz für beide
        reach.client.noteLabel = Notiz
        reach.client.noteButton = Notiz hinterlassen
        reach.client.earlierNotes = Frühere Notizen
        reach.client.workTitle = Ihre gemeinsame Arbeit
        reach.client.nothingYet = In diesen Teilen ist noch nichts.
        reach.client.earlierSteps = Frühere Schritte
        # What became of a clinician's suggestion; {name} is the partner who answered.
        reach.client.suggestionWaiting = Wartet auf die beiden
        reach.client.suggestionTakenOn = Von {name} übernommen
        reach.client.suggestionDeclined = Von {name} abgelehnt
        # {kind} is "A clear action" or "An expectation"; {name} the partner who would do it; {words} what the clinician wrote.
        reach.client.suggestionFor = {kind} für {name}: {words}
        reach.client.suggestion = {kind}: {words}
        reach.client.suggestTitle = Etwas vorschlagen
        reach.client.suggestNote = Nur Worte, bis eine der beiden Personen es übernimmt; dann geht es seinen gewohnten Weg.
        reach.client.suggestWhat = Was
        reach.client.suggestDoer = Wer es tun würde (bei einem klaren Schritt)
        reach.client.suggestWords = Worte
        reach.client.suggestButton = Vorschlagen
        reach.client.earlierSuggestions = Frühere Vorschläge
        # A heading over a partner's trust picture; {area} is the area's name as the couple wrote it.
        reach.client.trustIn = Vertrauen von {name} im Bereich {area}
        reach.client.picturesTitle = Wie das Vertrauen wächst
        reach.client.noSwitchOn = Noch ist kein Schalter an.
        reach.client.chooseKind = Wähle, was du vorschlägst.
        reach.profile.nameField = Dein Name, wie Paare dich kennen
        reach.profile.approachesLegend = Wie du arbeitest
        reach.profile.onlineField = Ich arbeite online
        reach.profile.placeField = Wo du Menschen persönlich triffst (leer lassen, wenn nur online)
        reach.profile.languagesField = Sprachen, in denen du arbeitest, durch Kommas getrennt
        reach.profile.aboutField = Über dich, für Paare
        reach.profile.listedField = Mich im Verzeichnis dieses Trellis aufführen
        reach.profile.saveButton = Mein Profil speichern
        reach.settings.back = ← Meine Einstellungen
        reach.profile.title = Mein Profil als Fachperson
        reach.profile.intro = Paare, die Hilfe suchen, können dich hier finden, wenn du dich aufführen lässt. Ein Paar bittet dich hinzu; du siehst nur die Teile ihrer gemeinsamen Arbeit, die beide ausgewählt haben, bis zu dem Tag, an dem sie noch einmal darauf schauen wollen, und jede der beiden Personen kann es jederzeit beenden.
        # A label before a box holding the clinician's id, to copy.
        reach.profile.idField = Ein Paar kann dich auch mit deiner Fachpersonen-ID hinzubitten. Gib ihm diese:
        reach.profile.copyId = Meine Fachpersonen-ID kopieren
        # The four signs that trust feels out of reach, in the first person, then why each happens.
        reach.sign.scan.feeling = Ich suche ständig nach Zeichen, dass etwas nicht stimmt
        reach.sign.body.feeling = Mein Körper reagiert, bevor ich denken kann
        reach.sign.traps.feeling = Schöne Momente fühlen sich wie eine Falle an
        reach.sign.shame.feeling = Ich schäme mich, dass ich nicht vertrauen kann
        reach.sign.scan.why = Nach einem Vertrauensbruch sucht der Kopf weiter nach Gefahr, um dich zu schützen. Nachsehen bringt für einen Moment Erleichterung, dann kommt das Bedürfnis zurück. Fast alle, die so verletzt wurden, kennen das.
        reach.sign.body.why = Ein Tonfall, eine Berührung oder ein Ort kann den Schock zurückbringen, noch bevor ein Gedanke da ist. Das ist Erinnerung, die im Körper sitzt, keine Entscheidung, und sie wird mit sicherer Zeit sanfter.
        reach.sign.traps.why = Wenn auf Nähe einmal eine Verletzung folgte, kann sich ein schöner Moment wie die Ruhe vor der nächsten anfühlen. Das ist ein Schutz, und ein sehr häufiger, solange Vertrauen wieder wächst.
        reach.sign.shame.why = Viele, die verletzt wurden, schämen sich für ihre eigenen Zweifel. Die Zweifel sind eine Wunde von dem, was passiert ist, kein Fehler an dir.
        # How strongly a sign was there, 0 to 4: as a choice, then the same words inside a sentence ("Last time: a little.").
        reach.sign.level.notAtAll = Überhaupt nicht
        reach.sign.level.aLittle = Ein wenig
        reach.sign.level.sometimes = Manchmal
        reach.sign.level.often = Oft
        reach.sign.level.almostAlways = Fast die ganze Zeit
        reach.sign.levelInSentence.notAtAll = überhaupt nicht
        reach.sign.levelInSentence.aLittle = ein wenig
        reach.sign.levelInSentence.sometimes = manchmal
        reach.sign.levelInSentence.often = oft
        reach.sign.levelInSentence.almostAlways = fast die ganze Zeit
        reach.signs.levelsNeeded = Gib jedem der vier Anzeichen eine Stufe von 0 (überhaupt nicht) bis 4 (fast die ganze Zeit).
        # {most} is the most check-ins a day holds (5).
        reach.signs.enoughForToday = Du hast heute schon {most} Check-ins gemacht; das ist genug.
        reach.signs.noteLabel = Eine Notiz
        reach.signs.alreadyShared = Das ist schon geteilt.
        # {most} is the most urges a day holds (50).
        reach.urges.enoughForToday = Du hast heute schon {most}-mal den Drang notiert; mehr fasst ein Tag nicht.
        reach.urges.helpedLabel = Was geholfen hat
        reach.urges.triggerLabel = Was es ausgelöst hat
        # What an urge was to check, inside a line ("Today: their phone, resisted"); the form shows it with a capital letter. "They" is the partner.
        reach.urge.kind.phone = das Handy
        reach.urge.kind.socialMedia = soziale Medien
        reach.urge.kind.location = der Standort
        reach.urge.kind.other = etwas anderes
        # Ways through an urge, one tap each; the one chosen is kept as the person's own words.
        reach.urge.helped.breathed = Ich habe langsam geatmet
        reach.urge.helped.waited = Ich habe zehn Minuten gewartet
        reach.urge.helped.walked = Ich bin spazieren gegangen
        reach.urge.helped.wrote = Ich habe es aufgeschrieben
        reach.urge.helped.talked = Ich habe mit jemandem gesprochen
        reach.urge.helped.asked = Ich habe die Person an meiner Seite direkt gefragt
        reach.urges.summaryNone = In den letzten sieben Tagen hast du keinen Drang notiert.
        # {count} urges to check this week, {resisted} of them resisted.
        reach.urges.summaryWeek[one] = In den letzten sieben Tagen: einmal der Drang nachzusehen, davon {resisted}-mal widerstanden.
        reach.urges.summaryWeek[other] = In den letzten sieben Tagen: {count}-mal der Drang nachzusehen, davon {resisted}-mal widerstanden.
        # Follows the sentence above; {before} is how many urges the seven days before held.
        reach.urges.summaryFewer = Das ist weniger als in den sieben Tagen davor ({before}).
        reach.urges.summaryMore = Das ist mehr als in den sieben Tagen davor ({before}).
        reach.urges.summarySame = Das ist genauso oft wie in den sieben Tagen davor ({before}).
        reach.signs.chooseLevels = Wähle für jedes der vier Anzeichen, wie stark es da war.
        reach.signs.title = Wie es in mir aussieht
        reach.signs.intro = Ein Check-in zu vier Anzeichen dafür, dass Vertrauen gerade unerreichbar scheint. Sie sind nach einem Vertrauensbruch häufig und werden mit sicherer Zeit leichter. Das gehört nur dir, außer du entscheidest dich, es zu teilen.
        reach.signs.overTime = Im Lauf der Zeit
        reach.signs.noPictureYet = Deine Check-ins erscheinen hier als Bild.
        reach.signs.mine = Meine Check-ins
        reach.signs.noteField = Eine Notiz, wenn du magst
        reach.signs.shareField = Diesen Check-in mit {name} teilen
        reach.signs.keepButton = Meinen Check-in speichern
        # {level} is one of the levels in a sentence above.
        reach.signs.lastTime = Beim letzten Mal: {level}.
        reach.signs.shareLink = Mit {name} teilen…
        # Who sees a check-in, after its day ("Today · only you").
        reach.signs.onlyYou = nur du
        reach.signs.sharedWith = mit {name} geteilt
        reach.signs.partnersTitle = Was {name} geteilt hat
        reach.signs.earlier = Frühere Check-ins
        # {sign} is a sign's words, {level} a level in a sentence.
        reach.signs.levelLine = {sign}: {level}
        reach.urges.chooseKind = Wähle, was du nachsehen wolltest.
        reach.urges.chooseOutcome = Sag, ob du nachgesehen oder widerstanden hast.
        reach.urges.title = Der Drang nachzusehen
        reach.urges.intro = Wenn der Drang nachzusehen kommt, notiere ihn hier mit ein paar Fingertipps. Diese Notizen gehören nur dir: Die Person an deiner Seite kann sie nicht sehen und nicht einmal erkennen, dass du sie führst. Über die Wochen zeigen sie, was hilft.
        reach.urges.pattern = Das Muster
        reach.urges.lately = In letzter Zeit
        reach.urges.nothingYet = Noch nichts notiert.
        reach.urges.earlier = Frühere Einträge
        # A choice of area for an urge: none of the couple's areas.
        reach.urges.noArea = Kein bestimmter
        # The answers to "And I": what the person did with the urge.
        reach.urges.resisted = Habe widerstanden
        reach.urges.checked = Habe nachgesehen
        # Over the choices of what the urge was to check (their phone, social media, ...).
        reach.urges.kindLegend = Was ich nachsehen wollte
        reach.urges.outcomeLegend = Und dann
        reach.urges.helpedLegend = Was geholfen hat (wenn etwas)
        reach.urges.helpedWordsField = Oder was geholfen hat, in meinen Worten
        reach.urges.more = Mehr, wenn du magst
        reach.urges.triggerField = Was es ausgelöst hat
        reach.urges.areaField = Bereich
        reach.urges.noteButton = Notieren
        reach.urges.helpedTimes[one] = {what} (einmal)
        reach.urges.helpedTimes[other] = {what} ({count}-mal)
        reach.urges.helpedMost = Was dir am meisten geholfen hat
        # One urge in the list: {day} ("Today", "Tue 24 Nov"), {kind} what it was to check, {helped} what helped in the person's words.
        reach.urges.lineChecked = {day}: {kind}, nachgesehen
        reach.urges.lineCheckedHelped = {day}: {kind}, nachgesehen: {helped}
        reach.urges.lineResisted = {day}: {kind}, widerstanden
        reach.urges.lineResistedHelped = {day}: {kind}, widerstanden: {helped}
        reach.areas.newField = Neuer Bereich
        reach.areas.addButton = Bereich hinzufügen
        reach.areas.title = Unsere Bereiche des Vertrauens
        reach.areas.intro = Vertrauen ist nie alles oder nichts: Es lebt in Bereichen wie diesen, und zwar in beide Richtungen.
        reach.areas.nameField = Name
        reach.areas.renameButton = Umbenennen
        reach.areas.archiveLink = Diesen Bereich archivieren…
        reach.areas.change = Ändern
        reach.areas.restoreButton = Wiederherstellen
        # A heading over the areas put away (plural).
        reach.areas.archived = Archiviert
        reach.devices.thisOne = Dieses Gerät, das du gerade benutzt
        reach.devices.logOutButton = Dieses abmelden
        # A signed-in device whose browser gave no name.
        reach.devices.unnamed = Ein Gerät
        # {device} is the device's name, {day} when it was last used ("today", "Tue 24 Nov").
        reach.devices.lastUsed = {device} · zuletzt benutzt {day}
        reach.devices.passwordField = Dein Passwort (damit ein Gerät, das jemand an sich genommen hat, dich nicht aussperren kann)
        reach.devices.logOutOthers = Überall sonst abmelden
        reach.devices.title = Mit meinem Konto angemeldet
        reach.devices.lifetime = Ein Gerät bleibt bis zu {lifetime} Tage angemeldet und wird nach {idle} Tagen ohne Nutzung abgemeldet.
        reach.nudges.title = Erinnerungen außerhalb von Trellis
        # The quoted sentence is the words of every reminder email; say it as the reminder itself says it.
        reach.nudges.intro = Per E-Mail sagt jede nur „In Trellis wartet etwas auf dich“: nie wer, was oder welcher Bereich, denn der Sperrbildschirm eines Handys oder ein gemeinsames Tablet könnte sie zeigen.
        reach.nudges.partnerWaiting = Wenn die Person an meiner Seite auf mich wartet (höchstens einmal am Tag)
        reach.nudges.windowOpened = Wenn die Person an meiner Seite ein Fenster der Offenheit für mich öffnet
        reach.nudges.commitmentsToday = An einem Tag, an dem ich eigene klare Schritte zu tun habe
        reach.nudges.weeklyDigest = Einmal pro Woche, am Montag, ein Rückblick
        # From and Until label two hours of the day, the window reminders may come in.
        reach.nudges.from = Von
        reach.nudges.until = Bis
        # {zone} is a time zone's name, such as Europe/Berlin.
        reach.nudges.hoursNote = Uhrzeiten nach deiner eigenen Uhr ({zone}); außerhalb davon wartet eine Erinnerung bis zum Morgen.
        reach.nudges.pauseAll = Alle pausieren
        reach.settings.save = Speichern
        reach.password.currentField = Aktuelles Passwort
        reach.password.changeButton = Passwort ändern
        reach.password.title = Mein Passwort
        reach.password.intro = Wenn du es änderst, werden alle anderen Geräte abgemeldet, die mit deinem Konto angemeldet sind.
        reach.password.newField[one] = Neues Passwort (mindestens {count} Zeichen)
        reach.password.newField[other] = Neues Passwort (mindestens {count} Zeichen)
        # What the lock asks for: choices after "Before anything shows after a while unused, ask for".
        reach.phone.noLock = Keine Sperre
        reach.phone.codeLock = Ein eigener Sperrcode
        reach.phone.passwordLock = Mein Passwort
        # How long unused before this device locks.
        reach.phone.minutes[one] = {count} Minute
        reach.phone.minutes[other] = {count} Minuten
        reach.phone.oneHour = 1 Stunde
        # The words of the link in the sentence below.
        reach.phone.helpLink = in einfachen Worten
        reach.phone.title = Trellis auf diesem Handy privat halten
        reach.phone.helpLine = Was jede dieser Einstellungen schützt und was keine davon tut: {link}.
        reach.phone.lockLegend = Was Trellis nach einer Weile ohne Nutzung abfragt, bevor es etwas zeigt
        reach.phone.codeField = Neuer Sperrcode ({min} bis {max} Buchstaben oder Ziffern)
        reach.phone.passwordField = Dein Passwort (um die Sperre einzurichten oder zu ändern)
        reach.phone.askAgainField = Meine Abendnotizen, meine Notizen zum Drang nachzusehen, meine Check-ins und meine privaten Ängste fragen erneut, wenn die Sperrzeit vorbei ist
        reach.phone.lookLegend = Name und Symbol für den Tab, die installierte App, E-Mails, Erinnerungen und den Kalender
        reach.phone.lockAfterField = Dieses Gerät sperren nach so langer Zeit ohne Nutzung
        reach.phone.saveLockTime = Für dieses Gerät speichern
        # The quick exit is the button at the top of every page that leaves Trellis at once.
        reach.phone.quickExit = „Schnell verlassen“ oben auf jeder Seite (oder dreimal Escape) wechselt zu einer alltäglichen Seite und sperrt dieses Gerät (ist keine Sperre gewählt, wird dieses Gerät abgemeldet). Das löscht nicht den Verlauf des Browsers, und wer auf den Bildschirm schaut, hat ihn vielleicht schon gesehen.
        reach.privateEntries.passwordField = Dein Passwort
        reach.privateEntries.sealedTitle = Einträge von vor dem Zurücksetzen deines Passworts
        reach.privateEntries.sealedIntro = Dein Passwort wurde zurückgesetzt, deshalb ist, was du vorher privat gehalten hast, noch verschlossen. Gib den Wiederherstellungscode ein, den du bei der Registrierung bekommen hast, um es wieder zu öffnen.
        reach.privateEntries.codeField = Wiederherstellungscode
        reach.privateEntries.recoverButton = Meine privaten Einträge öffnen
        reach.privateEntries.renewTitle = Ein neuer Wiederherstellungscode
        reach.privateEntries.renewIntro = Wenn dein Code verloren ist oder ihn jemand gesehen haben könnte, erstelle einen neuen. Der alte funktioniert dann sofort nicht mehr.
        reach.privateEntries.renewButton = Neuen Code erstellen
        reach.privateEntries.title = Meine privaten Einträge
        reach.privateEntries.intro = Was du privat hältst, ist mit einem Schlüssel verschlossen, den nur dein Passwort, deine angemeldeten Geräte und dein Wiederherstellungscode öffnen. Niemand sonst kann es lesen: nicht die Person an deiner Seite und auch nicht, wer dieses Trellis betreibt, selbst mit der ganzen Datenbank.
        reach.profileForm.nameField = Name
        reach.profileForm.emailField = E-Mail
        reach.profileForm.saveButton = Name und E-Mail speichern
        reach.profileForm.title = Mein Name und meine E-Mail-Adresse
        reach.profileForm.intro = Die Person an deiner Seite sieht deinen Namen; deine E-Mail-Adresse sieht niemand außer dir.
        reach.push.offButton = Keine Erinnerungen mehr auf diesem Gerät
        reach.push.onButton = Erinnerungen an dieses Gerät senden
        reach.push.title = Erinnerungen auf diesem Gerät
        # The quoted sentence is the words of every reminder; say it as the reminder itself says it.
        reach.push.sameWords = Das Handy zeigt dieselben Worte: „In Trellis wartet etwas auf dich“.
        reach.push.on = Dieses Gerät bekommt sie.
        reach.push.homeScreenFirst = Auf manchen Handys musst du Trellis zuerst zum Startbildschirm hinzufügen.
        reach.rhythm.timeZoneField = Zeitzone (deine Tage und dein Abend richten sich danach)
        # Followed by a choice of hour ("21:00"): the hour after which the evening journal's prompt appears.
        reach.rhythm.eveningField = Frage für die Abendnotiz ab
        reach.rhythm.pauseField = Pause vor dem Antworten auf eine Rückmeldung (Sekunden, {min} bis {max})
        # Refused when a browser's push subscription for reminders is missing or broken.
        reach.push.noSubscription = Dieser Browser hat kein nutzbares Abonnement geliefert.
        reach.settings.unconfirmed = Ein Link zur Bestätigung von {email} liegt in diesem Postfach. Bis du ihn öffnest, schickt Trellis nichts anderes dorthin (nicht einmal den Link für ein neues Passwort).
        reach.settings.resendLink = Link noch einmal senden
        reach.settings.coupleTitle = Wir als Paar
        reach.settings.areasLink = Unsere Bereiche des Vertrauens: hinzufügen, umbenennen, archivieren
        reach.settings.leavingNote = Wenn du gehst, endet dein Zugang ab diesem Moment; was geteilt wurde, bleibt bei der Person an deiner Seite.
        reach.settings.leaveLink = Das Paar verlassen…
        reach.settings.home = ← Start
        reach.settings.title = Meine Einstellungen
        reach.settings.rhythmTitle = Mein Rhythmus
        reach.settings.privateEntriesLink = Meine privaten Einträge und mein Wiederherstellungscode
        reach.settings.cliniciansTitle = Für Fachpersonen
        reach.settings.clinicianLink = Mein Profil als Fachperson: von Paaren gefunden werden
        # The page a reminder email's unsubscribe link opens, without logging in.
        reach.unsubscribe.title = Keine Erinnerungen mehr?
        reach.unsubscribe.intro = Trellis schickt keine Erinnerungen mehr an diese Adresse. Du kannst sie jederzeit in deinen Einstellungen wieder einschalten.
        reach.unsubscribe.button = Erinnerungen beenden
        reach.unsubscribe.doneTitle = Keine Erinnerungen mehr
        reach.unsubscribe.doneIntro = An diese Adresse wird nichts mehr geschickt außer dem, worum du selbst bittest (dem Link für ein neues Passwort). Du kannst Erinnerungen jederzeit in deinen Einstellungen wieder einschalten.
        reach.data.noExports = Niemand, der dieses Trellis betreibt, hat deine Daten exportiert.
        # {moments} is one or more dates and times, separated by semicolons.
        reach.data.exports = Wer dieses Trellis betreibt, hat deine Daten exportiert: {moments}.
        reach.data.title = Meine Daten
        reach.data.intro = Alles, was du hier sehen kannst (was ihr beide geteilt habt und was du für dich behalten hast, nie die privaten Einträge der Person an deiner Seite), zum Lesen, Drucken oder Speichern als PDF oder als Datei für andere Programme.
        reach.data.readButton = Alles lesen
        reach.data.downloadButton = Herunterladen (JSON)
        reach.data.closeTitle = Mein Konto schließen
        # {name} is the name a partner's shared entries carry once they have left.
        reach.data.closeIntro = Das Schließen löscht dein Konto und alles, was du privat gehalten hast. Was du geteilt hast, bleibt bei der Person an deiner Seite, unter „{name}“.
        reach.data.closeLink = Mein Konto schließen…
        """#
}
