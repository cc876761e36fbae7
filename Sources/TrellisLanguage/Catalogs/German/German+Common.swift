extension GermanCatalog {
    static let common = #"""
        # Page shell, navigation and lists that go back in time
        common.account.logIn = Anmelden
        common.account.signUp = Registrieren
        common.account.logOut = Abmelden
        # The title of the page shown for a refusal with no better page: not found, and anything else.
        common.errorPage.notHere = Diese Seite gibt es hier nicht
        common.errorPage.notRight = Etwas stimmt nicht
        common.nav.backHome = Zurück zu deiner Startseite
        common.nav.goHome = Zu deiner Startseite
        # The link back to home at the top of a screen.
        common.nav.home = ← Start
        common.nav.backToLogIn = Zurück zur Anmeldung
        # The button at the top of every page that leaves at once for an everyday site (for someone who must hide that they use Trellis).
        common.quickExit.button = Schnell verlassen
        # Paging a long list: the link to older items, and back to the newest.
        common.paging.earlier = Ältere
        common.paging.newest = Zurück zum Neuesten
        common.paging.notOurs = Dieser Link zu älteren Einträgen stammt nicht von uns.
        # For programmers calling the API: the quoted names are field names and stay as they are.
        common.malformed.day = „day“ muss ein Datum wie 2026-11-25 sein.
        common.malformed.earlier = „earlier“ muss ein Wert sein, den eine Antwort geliefert hat, etwa entries.120.
        common.malformed.missingField = Das Formularfeld „{field}“ fehlt.
        # Forms: a refused form keeps what was typed.
        common.forms.keptHere = Was du geschrieben hast, ist hier noch da.
        common.forms.keptBelow = Was du geschrieben hast, steht unten noch da.
        # An optional date on a grant of trust or an agreement, to look at it again together.
        common.forms.reviewDay = Ein Tag, um noch einmal darauf zu schauen (optional)
        common.forms.chooseDay = Wähle einen Tag oder lass das Feld leer.
        common.forms.chooseArea = Wähle einen eurer Bereiche.
        # A printed report of chosen days; {from} and {to} are days written out ("Sun 1 Nov 2026").
        common.period.from = Ab {from}.
        common.period.upTo = Bis {to}.
        common.period.fromTo = Von {from} bis {to}.
        common.period.fromLabel = Von
        common.period.toLabel = Bis
        common.period.show = Diese Tage zeigen
        common.period.printNote = Um den Bericht aufzubewahren, drucke diese Seite oder speichere sie in deinem Browser als PDF.
        # The calm line at the top of a screen after a step. {partner} is the partner's name (or common.partner.fallback).
        common.done.answered = An {partner} gesendet.
        common.done.reported = Notiert. {partner} kann es sehen.
        common.done.asked = Gefragt. {partner} findet es auf der eigenen Startseite.
        common.done.requested = An {partner} gesendet, zum Lesen und Zustimmen.
        common.done.switchedOff = Dein Schalter ist aus. Nur du schaltest ihn wieder an, wenn du so weit bist.
        common.done.switchedOn = Dein Schalter ist an.
        # After a hurt is written down and kept private.
        common.done.keptPrivate = Nur für dich aufbewahrt. Du kannst es später teilen.
        common.done.recorded = Festgehalten. {partner} kann es lesen.
        common.done.shared = Mit {partner} geteilt.
        common.done.accepted = Zugestimmt. Es steht jetzt auf deiner Liste.
        common.done.proposed = An {partner} gesendet, zur Entscheidung.
        common.done.decided = Erledigt. {partner} kann deine Antwort sehen.
        # A clear action was retired.
        common.done.retired = Beendet. Sein Verlauf bleibt erhalten.
        common.done.noticed = {partner} wird sehen, dass es dir aufgefallen ist.
        # After an evening journal entry, a noticing or a sliding-door moment kept private.
        common.done.keptForYou = Nur für dich aufbewahrt. Du kannst es später teilen.
        common.done.saved = Gespeichert.
        common.done.feedbackGiven = An {partner} gegeben. Vor der Antwort nimmt {partner} sich einen Moment dafür.
        # After feedback was reflected back: it landed, or not quite.
        common.done.landed = {partner} wird sehen, dass es angekommen ist.
        common.done.notQuite = Gesendet. {partner} kann es noch einmal in eigenen Worten wiedergeben.
        common.done.areaAdded = Bereich hinzugefügt.
        common.done.areaRenamed = Umbenannt.
        common.done.areaArchived = Archiviert, mit allem, was darin ist. Du kannst ihn unten wiederherstellen.
        common.done.areaRestored = Wiederhergestellt.
        # A report of a clear action's day was taken back; “not reported” is how that day reads on the repair page.
        common.done.withdrawn = Zurückgenommen. Der Tag steht wieder auf „nicht gemeldet“.
        common.done.consentWithdrawn = Deine Einwilligung ist zurückgezogen. Sie gilt nicht mehr, und {partner} kann das sehen.
        common.done.told = Gesagt. {partner} kann es lesen.
        common.done.thanked = Danke gesagt. {partner} wird es sehen.
        # A grant of trust was given.
        common.done.grantGiven = Geschenkt. {partner} kann es annehmen, oder auch nicht.
        common.done.grantWithdrawn = Zurückgenommen. Es gilt nicht mehr, und {partner} kann das sehen.
        # A core fear was written down.
        common.done.fearKept = Nur für dich aufbewahrt. Sie bleibt bei dir, bis du dich entscheidest, sie zu teilen.
        common.done.fearWithdrawn = Zurückgenommen. Sie ist weg.
        common.done.waitingTogether = Notiert. Deine Ängste hier öffnen sich, wenn {partner} die eigenen teilt; bis dahin sieht {partner} nur, dass du bereit bist.
        common.done.revealedTogether = Eure Ängste hier sind jetzt offen, füreinander.
        # The Transparency Window was proposed, then closed.
        common.done.windowStarted = {partner} ist eingeladen. Deine Frage bleibt bei dir, bis {partner} dazukommt.
        common.done.windowEnded = Das Fenster ist geschlossen. Jetzt wird nichts mehr von dir verlangt.
        common.done.reflectionKept = Nur für dich aufbewahrt. Du kannst es später teilen.
        common.done.behaviourNamed = Benannt. {partner} kann es sehen, als etwas, das dir Sicherheit gibt.
        common.done.happenedNoted = Notiert. Es zählt mit ins Bild.
        common.done.claimSent = Gesendet. Es zählt, sobald {partner} es bestätigt.
        # A clinician was asked in; they see nothing until both partners consent.
        common.done.clinicianAsked = Hinzugebeten. Für die Fachperson ist nichts offen, bis auch {partner} einwilligt.
        common.done.consentKept = Deine Einwilligung ist gespeichert. Die Fachperson sieht nur, was ihr beide gewählt habt.
        common.done.profileSaved = Dein Profil ist gespeichert.
        # A clinician's suggestion was taken on, declined (by the couple), or sent (by the clinician).
        common.done.suggestionTakenOn = Übernommen. Jetzt wartet es auf {partner}, wie gewohnt.
        common.done.suggestionDeclined = Abgelehnt, für euch beide. Die Fachperson sieht das.
        common.done.suggestionSent = Vorgeschlagen. Ob sie es übernehmen, liegt bei den beiden.
        common.done.recovered = Deine privaten Einträge von vor dem Zurücksetzen sind wieder für dich offen.
        # A rupture: one partner says it feels repaired; then both do.
        common.done.feelsRepaired = Notiert. Er wird abgeschlossen, wenn auch {partner} sagt, dass es sich wieder gut anfühlt.
        common.done.ruptureClosed = Ihr sagt beide, dass es sich wieder gut anfühlt. Er ist abgeschlossen und bleibt aufbewahrt.
        common.done.urgeNoted = Notiert, nur für dich. Den Drang zu bemerken, ist schon ein Schritt.
        common.done.hardDateAdded = Auf deiner Liste, nur für dich. Deine Startseite sagt es dir eine Woche vorher.
        common.done.hardDateRemoved = Von deiner Liste genommen.
        # The weekly check-in: proposed, agreed, stopped; a turn written, both turns open, a turn answered.
        common.done.talkProposed = Vorgeschlagen. Es beginnt, sobald {partner} zustimmt.
        common.done.talkAgreed = Zugestimmt. Am Tag selbst fragt die Startseite euch beide nach eurem Beitrag.
        common.done.talkStopped = Beendet, für euch beide. Ihr könnt jederzeit wieder anfangen.
        common.done.turnKept = Geschrieben, vorerst nur für dich. Dein Beitrag öffnet sich zusammen mit dem von {partner}, sobald {partner} geschrieben hat.
        common.done.turnsOpened = Beide Beiträge sind jetzt offen, füreinander.
        common.done.turnAnswered = Gesendet. Mehr gibt es hier nicht zu sagen.
        # Then and now: an answer kept, or shared.
        common.done.answerKept = Nur für dich aufbewahrt. Nächsten Monat kannst du sehen, wie es sich verändert.
        common.done.answerShared = Geteilt. {partner} sieht es neben der eigenen Antwort, nie mit etwas verrechnet.
        # Hard dates: getting ready kept; the partner told that a hard week is coming.
        common.done.readyKept = Nur für dich aufbewahrt, für den Tag, wenn er kommt.
        common.done.hardWeekTold = {partner} weiß, dass die kommende Woche schwer für dich ist. Mehr wurde nicht gesagt.
        common.done.passwordChanged = Dein Passwort ist geändert, und alle anderen Geräte sind abgemeldet.
        common.done.linkSent = Ein neuer Link ist unterwegs zu deiner Adresse.
        common.done.deviceLoggedOut = Dieses Gerät ist abgemeldet.
        common.done.othersLoggedOut = Alle anderen Geräte sind abgemeldet.
        # After a clear action's day was reported: a link to where the report can be taken back.
        common.done.undoReport = Aus Versehen? Ein paar Minuten lang lässt es sich zurücknehmen.
        # Who a sentence names when the partner has not joined, or has left. German: used like a name, in any case of the sentence.
        common.partner.fallback = die Person an deiner Seite
        # A form sent after the session ended or from an old page: nothing was saved, the words are given back.
        common.expired.title = Noch nicht gespeichert
        common.expired.loggedOut = Du wurdest abgemeldet, bevor das gesendet wurde, deshalb ist es nicht gespeichert. Kopiere deine Worte unten und versuch es dann noch einmal.
        common.expired.olderPage = Dieses Formular stammte von einer älteren Seite, deshalb ist es nicht gespeichert. Kopiere deine Worte unten und versuch es dann noch einmal.
        common.expired.whatYouWrote = Was du geschrieben hast
        common.expired.logInAgain = Neu anmelden
        # Welcome, sign-up and log-in
        common.welcome.title = Vertrauen bewusst aufbauen und es reparieren, wenn es zerbricht
        common.welcome.lead = Trellis ist ein privater Ort für euch beide: jede Person auf dem eigenen Gerät, Vertrauen festgehalten Bereich für Bereich und in beide Richtungen, und was privat ist, bleibt privat.
        common.account.createAccount = Konto erstellen
        common.account.haveAccount = Ich habe ein Konto
        common.signup.title = Erstelle dein Konto
        common.signup.name = Dein Name
        common.account.email = E-Mail
        common.account.password = Passwort
        # {count} is the shortest a password may be.
        common.signup.password[one] = Passwort (mindestens {count} Zeichen; ein paar Wörter, die du dir merken kannst)
        common.signup.password[other] = Passwort (mindestens {count} Zeichen; ein paar Wörter, die du dir merken kannst)
        common.signup.timeZone = Deine Zeitzone (deine Tage und Abende richten sich nach ihr; du kannst sie jederzeit in den Einstellungen ändern)
        common.signup.submit = Konto erstellen
        # {link} is a link that says common.account.logIn.
        common.signup.haveOne = Du hast schon eins? {link}
        # Quick exit is the button common.quickExit.button; a link to the privacy guide follows.
        common.signup.quickExitNote = „Schnell verlassen“, oben auf jeder Seite, wechselt sofort zu einer alltäglichen Seite und sperrt dieses Gerät oder meldet es ab. Der Verlauf deines Browsers wird dabei nicht gelöscht, und wer zuschaut, hat den Bildschirm vielleicht schon gesehen.
        common.signup.privacyLink = Was Trellis privat hält
        common.login.title = Anmelden
        # {link} is a link that says common.account.createAccount.
        common.login.newHere = Neu hier? {link}
        # A link by email that makes this device a known one, when log-ins from new devices are paused after someone's guessing
        common.deviceLink.offer = Ist das dein neues Handy, und jemand anderes hat versucht, dein Passwort zu erraten? Hol dir per E-Mail einen Link, mit dem du dich auf diesem Gerät sofort mit deinem Passwort anmelden kannst.
        common.deviceLink.send = Schick mir einen Link für dieses Gerät
        common.mail.lookTitle = Schau in deine E-Mails
        common.deviceLink.sent = Wenn ein Konto diese Adresse nutzt, ist ein Link unterwegs. Öffne ihn innerhalb einer Viertelstunde auf diesem Gerät und melde dich dann mit deinem Passwort an.
        common.deviceLink.knownTitle = Dieses Gerät ist jetzt bekannt
        common.deviceLink.known = Melde dich mit deinem Passwort an: Versuche von diesem Gerät werden getrennt von denen anderer gezählt.
        common.link.goneTitle = Dieser Link funktioniert nicht mehr
        common.deviceLink.expired = Er galt eine Viertelstunde lang. Fordere auf der Anmeldeseite einen neuen an.
        # A forgotten password
        common.forgot.title = Passwort vergessen?
        common.forgot.lead = Gib die E-Mail-Adresse an, mit der du dich registriert hast. Wenn ein Konto sie nutzt, geht dorthin ein Link, mit dem du ein neues Passwort festlegst; er funktioniert einmal, innerhalb eines Tages, und meldet jedes Gerät ab, auf dem du angemeldet bist.
        common.forgot.send = Schick mir einen Link
        common.forgot.privateNote = Was du privat hältst, bleibt nach einem neuen Passwort verschlossen, bis du deinen Wiederherstellungscode eingibst; was ihr einander geschrieben und geteilt habt, ist davon nicht betroffen.
        common.forgot.sent = Wenn ein Konto diese Adresse nutzt, ist ein Link für ein neues Passwort unterwegs. Er funktioniert einmal, innerhalb eines Tages. Nichts angekommen? Schau im Spam nach oder frag in einer Weile noch einmal.
        # {command} is a command for the server's operator, shown as code and never translated.
        common.forgot.noMail = Dieses Trellis verschickt keine E-Mails. Bitte die Person, die es betreibt, um einen Link für ein neues Passwort (sie erstellt ihn mit {command}); er funktioniert einmal, innerhalb eines Tages.
        # Following an invite link; {name} is who invited
        common.join.title = {name} hat dich zu Trellis eingeladen
        common.join.lead = Trellis ist ein privater Raum für euch beide. Erstelle dein eigenes Konto (oder melde dich an), um dazuzukommen.
        common.join.createAccount = Mein Konto erstellen
        # The button that joins the couple {name} started.
        common.join.button = Zu {name} dazukommen
        common.join.explain = Wenn du dazukommst, seid ihr beide hier ein Paar. Was ihr jeweils privat haltet, bleibt privat.
        common.join.refusedTitle = Diese Einladung kann nicht verwendet werden
        # The recovery code, shown once
        common.recoveryCode.title = Dein Wiederherstellungscode
        common.recoveryCode.lead = Was du hier privat hältst (deine Abendnotizen, Verletzungen, die du für dich behältst, deine Ängste, bis du sie teilst), ist mit einem eigenen Schlüssel verschlossen: Dein Passwort öffnet ihn, und ebenso die Geräte, auf denen du angemeldet bist, solange du es bist. Niemand sonst kann es lesen, nicht die Person an deiner Seite und nicht, wer dieses Trellis betreibt.
        common.recoveryCode.keep = Schreib dir diesen Code auf und bewahre ihn an einem sicheren Ort auf, nicht bei deinem Handy. Wenn du dein Passwort vergisst, ist er der einzige andere Weg zurück zu deinen privaten Einträgen. Diese Seite zeigt ihn, bis du sagst, dass du ihn aufbewahrt hast; danach kann ihn niemand mehr anzeigen.
        common.recoveryCode.loseBoth = Wenn du sowohl dein Passwort als auch diesen Code verlierst, lassen sich deine privaten Einträge nie wieder öffnen, von niemandem.
        common.recoveryCode.sharedSafe = Was ihr miteinander teilt, ist davon nicht betroffen.
        common.recoveryCode.kept = Ich habe ihn sicher aufbewahrt
        # Setting a new password from a link
        common.reset.title = Wähle ein neues Passwort
        common.reset.lead = Jedes Gerät, auf dem du angemeldet bist, wird abgemeldet; melde dich dann mit dem neuen Passwort an.
        # “My settings” is the name of the settings page.
        common.reset.sealed = Deine privaten Einträge bleiben danach verschlossen: Niemand sonst hat ihren Schlüssel. Dein Wiederherstellungscode öffnet sie wieder (unter „Meine Einstellungen“, sobald du angemeldet bist). Ohne ihn kann sie niemand öffnen; was ihr miteinander teilt, ist davon nicht betroffen.
        common.reset.submit = Mein neues Passwort festlegen
        # {link} is a link that says common.reset.askAgain.
        common.reset.gone = Er wurde schon benutzt, oder er ist älter als einen Tag. {link}.
        common.reset.askAgain = Fordere einen neuen an
        # Proving an email address
        common.verify.title = Bestätige deine Adresse
        common.verify.lead = Einmal tippen, und Trellis weiß, dass diese Adresse dir gehört.
        common.verify.button = Meine Adresse bestätigen
        common.verify.gone = Er wurde schon benutzt, oder er ist älter als einen Tag. In deinen Einstellungen kannst du einen neuen anfordern.
        common.verify.confirmedTitle = Deine Adresse ist bestätigt
        common.verify.thanks = Danke.
        common.verify.onToTrellis = Weiter zu Trellis
        # The one step before something that cannot be taken back
        common.confirm.retire.question = Diesen klaren Schritt beenden?
        common.confirm.retire.consequence = Er wird nicht mehr erbeten und nicht mehr gemeldet. Sein Verlauf bleibt. Ein beendeter Schritt lässt sich nicht zurückholen; du kannst um einen neuen bitten.
        common.confirm.retire.yes = Ja, beenden
        common.confirm.retire.proposeQuestion = Vorschlagen, diesen klaren Schritt zu beenden?
        common.confirm.retire.proposeConsequence = Die Person an deiner Seite hat darum gebeten, also entscheidet sie. Bis dahin bleibt alles, wie es ist.
        common.confirm.retire.proposeYes = Ja, vorschlagen
        common.confirm.archive.question = Diesen Bereich archivieren?
        common.confirm.archive.consequence = Er verschwindet für euch beide aus euren Listen, mit allem, was darin ist. Du kannst ihn später wiederherstellen.
        common.confirm.archive.yes = Ja, archivieren
        # {name} is the partner's name; the NoPartner forms are for when the partner has not joined or has left.
        common.confirm.share.question = Das mit {name} teilen?
        common.confirm.share.consequence = {name} kann es ab jetzt lesen. Teilen lässt sich nicht rückgängig machen.
        common.confirm.share.questionNoPartner = Das mit der Person an deiner Seite teilen?
        common.confirm.share.consequenceNoPartner = Die Person an deiner Seite kann es ab jetzt lesen. Teilen lässt sich nicht rückgängig machen.
        common.confirm.share.yes = Ja, teilen
        common.confirm.goBack = Zurück
        common.confirm.needed = Dieser Schritt braucht eine Bestätigung: Öffne ihn noch einmal und bestätige.
        # The device's lock: a lock code or the password opens it
        common.lock.title = Gesperrt
        common.lock.askAgainTitle = Diese Seite fragt noch einmal
        common.lock.askAgainCode = Diese Seite ist privat, und es ist etwas Zeit vergangen. Gib deinen Sperrcode ein, um sie zu öffnen.
        common.lock.askAgainPassword = Diese Seite ist privat, und es ist etwas Zeit vergangen. Gib dein Passwort ein, um sie zu öffnen.
        common.lock.giveCode = Gib deinen Sperrcode ein, um weiterzumachen.
        common.lock.givePassword = Gib dein Passwort ein, um weiterzumachen.
        common.lock.code = Sperrcode
        common.lock.usePassword = Stattdessen dein Passwort verwenden
        common.lock.open = Öffnen
        common.lock.notYou = Nicht du? Abmelden
        # When only one partner is trying: a guide open to anyone
        common.alone.title = Wenn nur ich es versuche
        common.alone.lead = Es kommt oft vor, dass eine Person anfängt, während die andere zögert, noch nicht so weit ist oder gegangen ist. Was du allein tust, ist nicht verloren: So findest du Halt, und auf diesem Halt könntet ihr beide später aufbauen.
        common.alone.worksTitle = Was allein geht
        # Each {link} below is a link to the page, saying the words of the ...Link line before it.
        common.alone.journalLink = Die Abendnotiz und das Bemerken
        common.alone.journal = {link}: ein paar Zeilen am Abend und eine gute Sache, die dir heute aufgefallen ist.
        common.alone.signsLink = Ein privater Check-in
        common.alone.signs = {link} zu den Anzeichen, für die Tage, an denen Vertrauen unerreichbar scheint.
        common.alone.urgesLink = Deine Notizen zum Drang nachzusehen
        common.alone.urges = {link}: Wenn der Drang kommt, notiere ihn und sieh über die Wochen, was hilft.
        common.alone.hardDatesLink = Schwere Tage
        common.alone.hardDates = {link}: die Tage, die wehtun, und ein Moment, um dich eine Woche vorher darauf vorzubereiten.
        common.alone.privateTitle = Was deins bleibt
        common.alone.private = Alles, was du allein schreibst, ist privat. Wenn die Person an deiner Seite dazukommt, sieht sie nur, was du teilen möchtest, einen Eintrag nach dem anderen, und sie kann nicht erkennen, was du für dich behältst.
        common.alone.inviteTitle = Einladen, wenn du so weit bist
        common.alone.invite = Die Einladung liegt auf deiner Startseite, einen Tipp entfernt, wann immer du sie möchtest. Es gibt keine Eile, und niemand von euch beiden bekommt eine Erinnerung daran. Ein Link, geschickt mit „nur wenn du so weit bist“, ist trotzdem eine Einladung.
        common.alone.limitsTitle = Was euch beide braucht
        common.alone.limits = Die Reparatur selbst ist die Arbeit von zwei Menschen: das Vertrauen in einem Bereich wieder einschalten, klare Schritte, Vertrauen schenken, das Fenster der Offenheit. Trellis tut nicht so, als wäre es anders, und verlangt nicht, dass du den Teil der Person an deiner Seite übernimmst.
        common.alone.careTitle = Behutsam weitergehen
        common.alone.care = Lies die Richtung über Wochen, nicht über Tage. Wenn du dich nicht sicher fühlst oder nicht weiterkommst, kann eine Beratung dir auch allein helfen, genauso wie euch beiden zusammen: Auf die Person an deiner Seite zu warten, ist kein Grund, darauf zu verzichten.
        # Outside help: consent to what a clinician may see, and until when
        common.consent.legend = Was die Fachperson von eurer gemeinsamen Arbeit sehen darf (nie etwas Privates)
        common.consent.until = Bis (ein Tag, um noch einmal darauf zu schauen)
        common.consent.chooseReviewDay = Wähle einen Tag, um noch einmal darauf zu schauen.
        common.help.noSuchClinician = Zu dieser ID gibt es keine Fachperson.
        common.help.chooseArea = Wähle einen Bereich.
        # Finding a clinician in the directory
        common.findClinician.back = ← Hilfe von außen
        common.findClinician.title = Eine Fachperson finden
        common.findClinician.lead = Welcher Ansatz passt, hängt davon ab, was zerbrochen ist. Hier steht kurz, wofür sich jeder eignet; jede gute Fachperson sagt dir offen, wobei sie helfen kann.
        common.findClinician.searchTitle = Suche
        common.findClinician.searchNote = Nur Fachpersonen, die hier gelistet sein wollen. Niemand bezahlt, um weiter oben zu stehen, und deine Suche wird nicht gespeichert.
        common.findClinician.situation = Was dich herführt
        common.findClinician.approach = Ansatz
        common.findClinician.where = Wo
        # The first choice of a search's lists: no preference.
        common.findClinician.any = Egal
        common.findClinician.either = Beides
        common.findClinician.online = Online
        common.findClinician.inPerson = Vor Ort
        common.findClinician.place = Ort (für vor Ort)
        common.findClinician.language = Sprache
        common.findClinician.searchButton = Suchen
        common.findClinician.found = Gefunden
        common.findClinician.nobody = Noch passt niemand aus der Liste dazu. Versuch es mit weniger Angaben.
        # A clinician found: {approaches} and {languages} are lists as the clinician wrote them; {place} is a town they named.
        common.findClinician.seesOnlineAndIn = {approaches}. Berät online und in {place}. Sprachen: {languages}.
        common.findClinician.seesOnline = {approaches}. Berät online. Sprachen: {languages}.
        common.findClinician.seesIn = {approaches}. Berät in {place}. Sprachen: {languages}.
        common.findClinician.seesNowhere = {approaches}. Sprachen: {languages}.
        common.findClinician.askIn = {name} hinzubitten
        common.help.askThemIn = Hinzubitten
        # The outside-help page
        common.help.title = Hilfe von außen
        common.help.lead = Manches ist leichter, wenn euch eine Fachperson begleitet. Eine Fachperson, die ihr hinzubittet, sieht nur die Teile eurer gemeinsamen Arbeit, die ihr beide gewählt habt, und nur bis zum früheren der beiden Tage, an denen ihr noch einmal darauf schauen wollt. Nichts Privates ist je darunter. Ihr könnt es jederzeit beenden, auch allein, und dann endet es für euch beide. In ihrer Liste von Paaren stehen eure Namen und was offen ist; wenn sie eure Arbeit öffnet, steht das unter „Wer hineingesehen hat“.
        # {link} is a link that says common.help.printReportLink.
        common.help.printReport = {link}, um ihn selbst zu einer Sitzung mitzunehmen.
        common.help.printReportLink = Einen Bericht über die Tage drucken, die du wählst
        common.help.privacyLink = Was Trellis auf einem Handy privat hält, und was nicht
        # The clinicians asked in by the couple.
        common.help.askedIn = Hinzugebeten
        common.help.nobodyYet = Noch niemand.
        common.help.askedInByYou = Von dir hinzugebeten.
        common.help.askedInBy = Von {partner} hinzugebeten.
        # Each partner's consent to one clinician: {parts} is a list of parts of the couple's work, {until} a day ("tomorrow", "Tue 1 Dec").
        common.help.consent.youNotYet = Du: noch nicht
        common.help.consent.notYet = {name}: noch nicht
        common.help.consent.yours = Du: {parts}, bis {until}
        common.help.consent.theirs = {name}: {parts}, bis {until}
        common.help.consent.openNow = Jetzt für die Fachperson offen: {parts}, bis {until}.
        common.help.consent.nothingOpen = Gerade ist nichts für die Fachperson offen.
        common.help.consent.give = Deine Einwilligung geben
        common.help.consent.change = Deine Einwilligung ändern
        common.help.consent.keep = Meine Einwilligung speichern
        common.help.consent.withdraw = Zurückziehen: Zugang beenden
        common.help.notesTitle = Notizen von Fachpersonen
        # Who looked at the couple's record. {when} and {until} are a day and time; {parts} a list of parts of their work.
        common.help.log.title = Wer hineingesehen hat
        common.help.log.lead = Jedes Mal, wenn eine Fachperson eure Aufzeichnungen liest oder wer dieses Trellis betreibt sie exportiert, steht es hier, für euch beide.
        common.help.log.nobody = Niemand hat hineingesehen.
        common.help.log.read = {name} hat gelesen: {parts}. {when}
        common.help.log.readTimes[one] = {name} hat gelesen: {parts}, einmal, von {when} bis {until}.
        common.help.log.readTimes[other] = {name} hat gelesen: {parts}, {count}-mal, von {when} bis {until}.
        common.help.log.exportedYours = Wer dieses Trellis betreibt, hat deine Daten exportiert, mit euren gemeinsamen Aufzeichnungen. {when}
        common.help.log.exportedTheirs = Wer dieses Trellis betreibt, hat die Daten von {name} exportiert, mit euren gemeinsamen Aufzeichnungen. {when}
        # As above, for a member whose name is no longer known.
        common.help.log.exportedAPartners = Wer dieses Trellis betreibt, hat die Daten von jemandem von euch exportiert, mit euren gemeinsamen Aufzeichnungen. {when}
        # What clinicians suggested: {kind} is a clear action or an agreement, {words} the suggestion in bold, {name} whom it is for.
        common.help.suggestions.title = Vorschläge von Fachpersonen
        common.help.suggestions.lead = Ein Vorschlag besteht nur aus Worten, bis jemand von euch ihn übernimmt. Dann geht er den gewohnten Weg: Um einen klaren Schritt wird die Person gebeten, die ihn tun würde, einer Abmachung stimmt ihr beide zu.
        common.help.suggestions.none = Gerade wartet keiner.
        common.help.suggestions.answered = Beantwortet
        common.help.suggestions.heading = {kind}: {words}
        common.help.suggestions.headingForYou = {kind} für dich: {words}
        common.help.suggestions.headingFor = {kind} für {name}: {words}
        common.help.suggestions.headingForAPartner = {kind} für jemanden von euch: {words}
        common.help.suggestions.area = Bereich
        common.help.suggestions.askFor = {partner} darum bitten
        common.help.suggestions.proposeTo = {partner} vorschlagen
        common.help.suggestions.partnerCanAsk = {partner} kann dich darum bitten; ablehnen könnt ihr ihn beide.
        common.help.suggestions.decline = Nichts für uns
        common.help.suggestions.takenOnByYou = {words}: von dir übernommen
        common.help.suggestions.takenOnBy = {words}: von {partner} übernommen
        common.help.suggestions.declinedByYou = {words}: von dir abgelehnt
        common.help.suggestions.declinedBy = {words}: von {partner} abgelehnt
        # What keeps Trellis private on a phone: a guide open to anyone
        common.privacy.title = Was Trellis auf einem Handy privat hält
        common.privacy.lead = Trellis bewahrt, was du schreibst, versiegelt auf dem Server auf, und was privat ist, bleibt deins: Die Person an deiner Seite sieht es nie, außer du teilst es. Ein Handy, das andere in die Hand nehmen können, braucht etwas mehr; hier steht, was jeder Schutz tut, und was nicht.
        common.privacy.lockTitle = Die Sperre
        common.privacy.lock = Bleibt ein Gerät so lange unbenutzt, wie du es dafür gewählt hast (fünf Minuten, wenn du nichts änderst), zeigt Trellis nur noch die Sperre, bis du deinen Sperrcode oder dein Passwort eingibst. Das prüft der Server, nicht die Seite, und Raten wird nach ein paar Versuchen langsamer; dein Passwort öffnet immer, sodass dich niemand aussperren kann. Deine Abendnotizen, deine Notizen zum Drang nachzusehen, deine Check-ins und deine privaten Ängste können noch einmal fragen, auch wenn der Rest offen ist.
        common.privacy.lockLimit = Sie schützt nicht vor jemandem, der deinen Code oder dein Passwort kennt, und nicht bei einer Seite, die du ansiehst, während jemand zuschaut.
        # The quick exit is the button common.quickExit.button.
        common.privacy.quickExitTitle = Schnell verlassen
        common.privacy.quickExit = Oben auf jeder Seite, oder dreimal Escape: Der Bildschirm leert sich, eine alltägliche Suchseite öffnet sich, und dieses Gerät wird gesperrt (oder, ohne gewählte Sperre, abgemeldet). Zurück, Neuladen oder ein wieder geöffneter Tab zeigen dann die Sperre, nicht deine Startseite.
        common.privacy.quickExitLimit = Das löscht nicht den Verlauf des Browsers (die Adresse von Trellis kann noch darin stehen), und es kann nicht ungeschehen machen, was jemand beim Zuschauen schon gesehen hat.
        # Notes, Lists, Daily and Reminder are the plain names discreet mode uses; write them as this language's app shows them.
        common.privacy.discreetTitle = Unauffälliger Modus
        common.privacy.discreet = Ein schlichter Name und ein schlichtes Symbol (Notizen, Listen oder Täglich) statt Trellis, für den Tab, die installierte App, E-Mails und Erinnerungen; Kalendertermine heißen nur „Erinnerung“, die Worte bleiben in Trellis.
        common.privacy.discreetLimit = Er verbirgt Trellis nicht vor jemandem, der es öffnet, sich die Adresse ansieht oder in deinem Postfach die Absenderadresse liest.
        common.privacy.recoveryTitle = Der Wiederherstellungscode
        common.privacy.recovery = Der Code, den du bei der Registrierung bekommen hast, ist neben deinem Passwort das Einzige, was deine privaten Einträge öffnet. Wird dein Passwort zurückgesetzt, warten deine privaten Einträge versiegelt, bis du ihn eingibst.
        common.privacy.recoveryLimit = Bewahre ihn dort auf, wo nur du hinkommst: Wer ihn hat und sich als du anmelden kann, kann sie öffnen.
        common.privacy.limitsTitle = Wovor nichts davon schützt
        common.privacy.limitSpyware = Ein Handy, auf dem etwas zum Überwachen installiert ist (Spyware, die Backups eines geteilten Kontos, eine Bildschirmaufnahme).
        common.privacy.limitKnows = Jemand, der deinen Sperrcode oder dein Passwort kennt.
        common.privacy.limitScreenshot = Ein Screenshot oder Foto des Bildschirms, von dir oder von irgendwem.
        common.privacy.unsafe = Wenn du nicht in Sicherheit bist, kann dir ein Hilfetelefon in deiner Nähe helfen, einen Plan zu machen; du kannst das Paar hier auch jederzeit verlassen und eine Kopie von dem mitnehmen, was deins war.
        script.copied = Kopiert
        script.pastedCut = Was du eingefügt hast, war länger als der Platz hier; das Ende wurde weggelassen.
        script.pushFailed = Dieser Browser konnte Erinnerungen nicht einschalten
        script.reminderTitle = Erinnerung
        script.roomLeft[one] = Noch {count} Zeichen frei.
        script.roomLeft[other] = Noch {count} Zeichen frei.
        common.zone.africa = Afrika
        common.zone.america = Amerika
        common.zone.antarctica = Antarktis
        common.zone.arctic = Arktis
        common.zone.asia = Asien
        common.zone.atlantic = Atlantik
        common.zone.australia = Australien
        common.zone.europe = Europa
        common.zone.indian = Indischer Ozean
        common.zone.pacific = Pazifik
        """#
}
