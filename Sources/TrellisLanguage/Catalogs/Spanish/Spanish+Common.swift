extension SpanishCatalog {
    static let common = #"""
        # Page shell, navigation and lists that go back in time
        common.account.logIn = Iniciar sesión
        common.account.signUp = Registrarse
        common.account.logOut = Cerrar sesión
        # The title of the page shown for a refusal with no better page: not found, and anything else.
        common.errorPage.notHere = Esta página no está aquí
        common.errorPage.notRight = Algo no va bien
        common.nav.backHome = Volver a tu página de inicio
        common.nav.goHome = Ir a tu página de inicio
        # The link back to home at the top of a screen.
        common.nav.home = ← Inicio
        common.nav.backToLogIn = Volver a iniciar sesión
        # The button at the top of every page that leaves at once for an everyday site (for someone who must hide that they use Trellis).
        common.quickExit.button = Salida rápida
        # Paging a long list: the link to older items, and back to the newest.
        common.paging.earlier = Anteriores
        common.paging.newest = Volver a lo más reciente
        common.paging.notOurs = Ese enlace a elementos anteriores no es nuestro.
        # For programmers calling the API: the quoted names are field names and stay as they are.
        common.malformed.day = 'day' debe ser una fecha como 2026-11-25.
        common.malformed.earlier = 'earlier' debe ser un valor que haya dado una respuesta, como entries.120.
        common.malformed.missingField = Falta el campo del formulario '{field}'.
        # Forms: a refused form keeps what was typed.
        common.forms.keptHere = Lo que escribiste sigue aquí.
        common.forms.keptBelow = Lo que escribiste sigue abajo.
        # An optional date on a grant of trust or an agreement, to look at it again together.
        common.forms.reviewDay = Un día para volver a mirarlo (opcional)
        common.forms.chooseDay = Elige un día o déjalo vacío.
        common.forms.chooseArea = Elige uno de tus ámbitos.
        # A printed report of chosen days; {from} and {to} are days written out ("Sun 1 Nov 2026").
        common.period.from = Desde {from}.
        common.period.upTo = Hasta {to}.
        common.period.fromTo = Desde {from} hasta {to}.
        common.period.fromLabel = Desde
        common.period.toLabel = Hasta
        common.period.show = Mostrar estos días
        common.period.printNote = Para guardarlo, imprime esta página o guárdala como PDF desde tu navegador.
        # The calm line at the top of a screen after a step. {partner} is the partner's name (or common.partner.fallback).
        common.done.answered = Enviado a {partner}.
        common.done.reported = Anotado. {partner} puede verlo.
        common.done.asked = Preguntado. {partner} lo encontrará en su página de inicio.
        common.done.requested = Enviado a {partner} para que lo lea y lo acepte.
        common.done.switchedOff = Tu interruptor está apagado. Solo tú lo vuelves a encender, cuando llegue tu momento.
        common.done.switchedOn = Tu interruptor está encendido.
        # After a hurt is written down and kept private.
        common.done.keptPrivate = Guardado solo para ti. Puedes compartirlo más adelante.
        common.done.recorded = Registrado. {partner} puede leerlo.
        common.done.shared = Compartido con {partner}.
        common.done.accepted = Aceptada. Ya está en tu lista.
        common.done.proposed = Enviado a {partner} para que decida.
        common.done.decided = Hecho. {partner} puede ver tu respuesta.
        # A clear action was retired.
        common.done.retired = Retirada. Su historial se conserva.
        common.done.noticed = {partner} verá que te diste cuenta.
        # After an evening journal entry, a noticing or a sliding-door moment kept private.
        common.done.keptForYou = Guardado solo para ti. Puedes compartirlo más adelante.
        common.done.saved = Guardado.
        common.done.feedbackGiven = Entregado a {partner}. Se tomará un momento antes de responder.
        # After feedback was reflected back: it landed, or not quite.
        common.done.landed = {partner} verá que le llegó.
        common.done.notQuite = Enviado. {partner} puede devolverlo otra vez con sus palabras.
        common.done.areaAdded = Ámbito añadido.
        common.done.areaRenamed = Renombrado.
        common.done.areaArchived = Archivado, con todo lo que contiene. Puedes restaurarlo abajo.
        common.done.areaRestored = Restaurado.
        # A report of a clear action's day was taken back; “not reported” is how that day reads on the repair page.
        common.done.withdrawn = Retirado. Ese día vuelve a figurar como «sin avisar».
        common.done.consentWithdrawn = Retiraste tu consentimiento. Ya no vale, y {partner} puede verlo.
        common.done.told = Dicho. {partner} puede leerlo.
        common.done.thanked = Diste las gracias. {partner} lo verá.
        # A grant of trust was given.
        common.done.grantGiven = Dada a {partner}. Puede aceptarla, o no.
        common.done.grantWithdrawn = Retirada. Ya no vale, y {partner} puede verlo.
        # A core fear was written down.
        common.done.fearKept = Guardado solo para ti. Sigue siendo tuyo hasta que decidas compartirlo.
        common.done.fearWithdrawn = Retirado. Ya no está.
        common.done.waitingTogether = Anotado. Tus miedos aquí se abren cuando {partner} comparta los suyos; hasta entonces, {partner} solo ve que tú ya diste el paso.
        common.done.revealedTogether = Ahora los dos pueden leer los miedos que cada quien escribió en este ámbito.
        # The Transparency Window was proposed, then closed.
        common.done.windowStarted = Invitación enviada a {partner}. Tu pregunta sigue siendo solo tuya hasta que se una.
        common.done.windowEnded = La ventana está cerrada. Ya no se te pide nada más.
        common.done.reflectionKept = Guardado solo para ti. Puedes compartirlo más adelante.
        common.done.behaviourNamed = Nombrado. {partner} puede verlo, como algo que te da seguridad.
        common.done.happenedNoted = Anotado. Cuenta en el panorama.
        common.done.claimSent = Enviado. Cuenta en cuanto {partner} lo confirme.
        # A clinician was asked in; they see nothing until both partners consent.
        common.done.clinicianAsked = Invitación enviada. No tiene acceso a nada hasta que {partner} también dé su consentimiento.
        common.done.consentKept = Tu consentimiento queda guardado. Solo ve lo que eligieron los dos.
        common.done.profileSaved = Tu perfil está guardado.
        # A clinician's suggestion was taken on, declined (by the couple), or sent (by the clinician).
        common.done.suggestionTakenOn = Aceptada. Ahora espera a {partner}, como siempre.
        common.done.suggestionDeclined = Rechazada, para los dos. La persona profesional lo verá.
        common.done.suggestionSent = Sugerido. Depende de la pareja aceptarlo, o no.
        common.done.recovered = Tus entradas privadas de antes del restablecimiento vuelven a estar abiertas para ti.
        # A rupture: one partner says it feels repaired; then both do.
        common.done.feelsRepaired = Anotado. Se cierra cuando {partner} también diga que la siente reparada.
        common.done.ruptureClosed = Los dos dicen que la sienten reparada. Está cerrada, y guardada.
        common.done.urgeNoted = Anotado, solo para ti. Notar las ganas ya es un paso.
        common.done.hardDateAdded = En tu lista, solo para ti. Tu página de inicio te avisará una semana antes.
        common.done.hardDateRemoved = Quitada de tu lista.
        # The weekly check-in: proposed, agreed, stopped; a turn written, both turns open, a turn answered.
        common.done.talkProposed = Propuesta. Empieza en cuanto {partner} acepte.
        common.done.talkAgreed = Aceptada. Ese día, la página de inicio de cada quien le pedirá su turno.
        common.done.talkStopped = Detenida, para los dos. Cualquiera de los dos puede volver a proponerla cuando quiera.
        common.done.turnKept = Escrito, por ahora solo tuyo. Se abrirá junto con el de {partner}, cuando {partner} haya escrito el suyo.
        common.done.turnsOpened = Los dos turnos ya están abiertos, para los dos.
        common.done.turnAnswered = Enviado. No hay nada más que decir aquí.
        # Then and now: an answer kept, or shared.
        common.done.answerKept = Guardado solo para ti. El mes que viene podrás ver cómo cambia.
        common.done.answerShared = Compartido. {partner} lo ve junto a su propia respuesta, sin sumarlo a nada.
        # Hard dates: getting ready kept; the partner told that a hard week is coming.
        common.done.readyKept = Guardado solo para ti, para cuando llegue el día.
        common.done.hardWeekTold = {partner} sabe que la próxima semana es difícil para ti. No se dijo nada más.
        common.done.passwordChanged = Tu contraseña está cambiada, y se cerró la sesión en todos los demás dispositivos.
        common.done.linkSent = Un enlace nuevo va de camino a tu dirección.
        common.done.deviceLoggedOut = Se cerró la sesión en ese dispositivo.
        common.done.othersLoggedOut = Se cerró la sesión en todos los demás dispositivos.
        # After a clear action's day was reported: a link to where the report can be taken back.
        common.done.undoReport = ¿Fue un error? Puedes deshacer el aviso durante unos minutos.
        # Who a sentence names when the partner has not joined, or has left. German: used like a name, in any case of the sentence.
        common.partner.fallback = tu pareja
        # A form sent after the session ended or from an old page: nothing was saved, the words are given back.
        common.expired.title = Todavía no se guardó
        common.expired.loggedOut = Se cerró tu sesión antes de enviarlo, así que no se guardó. Copia tus palabras de abajo y vuelve a intentarlo.
        common.expired.olderPage = Este formulario era de una página anterior, así que no se guardó. Copia tus palabras de abajo y vuelve a intentarlo.
        common.expired.whatYouWrote = Lo que escribiste
        common.expired.logInAgain = Volver a iniciar sesión
        # Welcome, sign-up and log-in
        common.welcome.title = Construir la confianza a conciencia, y repararla cuando se rompe
        common.welcome.lead = Trellis es un lugar privado para los dos: cada quien en su propio dispositivo, la confianza registrada ámbito por ámbito y en cada dirección, y lo privado se queda privado.
        common.account.createAccount = Crear una cuenta
        common.account.haveAccount = Ya tengo una cuenta
        common.signup.title = Crea tu cuenta
        common.signup.name = Tu nombre
        common.account.email = Correo electrónico
        common.account.password = Contraseña
        # {count} is the shortest a password may be.
        common.signup.password[one] = Contraseña (al menos {count} carácter; unas palabras que vayas a recordar)
        common.signup.password[many] = Contraseña (al menos {count} caracteres; unas palabras que vayas a recordar)
        common.signup.password[other] = Contraseña (al menos {count} caracteres; unas palabras que vayas a recordar)
        common.signup.timeZone = Tu zona horaria (tus días y tus noches la siguen; puedes cambiarla cuando quieras en los ajustes)
        common.signup.submit = Crear cuenta
        # {link} is a link that says common.account.logIn.
        common.signup.haveOne = ¿Ya tienes una? {link}
        # Quick exit is the button common.quickExit.button; a link to the privacy guide follows.
        common.signup.quickExitNote = El botón «Salida rápida», arriba en cada página, te lleva al instante a una página cualquiera y bloquea este dispositivo o cierra la sesión. No borra el historial de tu navegador, y quien esté mirando puede haber visto ya la pantalla.
        common.signup.privacyLink = Qué mantiene privado Trellis
        common.login.title = Iniciar sesión
        # {link} is a link that says common.account.createAccount.
        common.login.newHere = ¿Primera vez aquí? {link}
        # A link by email that makes this device a known one, when log-ins from new devices are paused after someone's guessing
        common.deviceLink.offer = ¿Es tu teléfono nuevo y otra persona ha estado intentando adivinar? Recibe por correo un enlace que permite a este dispositivo probar tu contraseña enseguida.
        common.deviceLink.send = Envíame un enlace para este dispositivo
        common.mail.lookTitle = Revisa tu correo
        common.deviceLink.sent = Si alguna cuenta usa esa dirección, hay un enlace en camino. Ábrelo en este dispositivo antes de que pase un cuarto de hora y luego inicia sesión con tu contraseña.
        common.deviceLink.knownTitle = Este dispositivo ya es conocido
        common.deviceLink.known = Inicia sesión con tu contraseña: los intentos desde este dispositivo se cuentan aparte de los de cualquier otra persona.
        common.link.goneTitle = Este enlace ya no funciona
        common.deviceLink.expired = Era válido durante un cuarto de hora. Pide uno nuevo desde la página de inicio de sesión.
        # A forgotten password
        common.forgot.title = ¿Olvidaste tu contraseña?
        common.forgot.lead = Escribe el correo con el que te registraste. Si alguna cuenta lo usa, llegará allí un enlace para elegir una contraseña nueva; funciona una sola vez, durante un día, y cierra la sesión en todos los dispositivos donde hayas entrado.
        common.forgot.send = Envíame un enlace
        common.forgot.privateNote = Lo que guardas en privado sigue bloqueado tras una contraseña nueva hasta que escribas tu código de recuperación; las palabras de tu pareja y lo que compartiste no se ven afectados.
        common.forgot.sent = Si alguna cuenta usa esa dirección, hay en camino un enlace para elegir una contraseña nueva. Funciona una sola vez, durante un día. ¿No llegó nada? Mira en la carpeta de spam o vuelve a pedirlo dentro de un rato.
        # {command} is a command for the server's operator, shown as code and never translated.
        common.forgot.noMail = Este Trellis no envía correos. Pide a quien lo administra un enlace para elegir una contraseña nueva (lo crea con {command}); funciona una sola vez, durante un día.
        # Following an invite link; {name} is who invited
        common.join.title = {name} te invitó a Trellis
        common.join.lead = Trellis es un espacio privado para los dos. Crea tu propia cuenta (o inicia sesión) para unirte.
        common.join.createAccount = Crear mi cuenta
        # The button that joins the couple {name} started.
        common.join.button = Unirme a {name}
        common.join.explain = Al unirte, los dos forman aquí una pareja. Lo que cada quien guarda en privado sigue siendo privado.
        common.join.refusedTitle = Esta invitación no se puede usar
        # The recovery code, shown once
        common.recoveryCode.title = Tu código de recuperación
        common.recoveryCode.lead = Lo que guardas en privado aquí (tus notas de la noche, las heridas que te guardas, tus miedos hasta que los compartas) está cerrado con una llave propia: tu contraseña la abre, y también los dispositivos en los que tienes la sesión iniciada, mientras la tengas. Nadie más puede leerlo, ni tu pareja ni quien administra este Trellis.
        common.recoveryCode.keep = Anota este código y guárdalo en un lugar seguro, lejos de tu teléfono. Si olvidas tu contraseña, es la única otra forma de volver a tus entradas privadas. Esta página lo muestra hasta que digas que lo guardaste; después, nadie podrá volver a mostrarlo.
        common.recoveryCode.loseBoth = Si pierdes tu contraseña y también este código, nadie podrá volver a abrir tus entradas privadas.
        common.recoveryCode.sharedSafe = Lo que compartes con tu pareja no se ve afectado.
        common.recoveryCode.kept = Lo guardé en un lugar seguro
        # Setting a new password from a link
        common.reset.title = Elige una contraseña nueva
        common.reset.lead = Se cerrará la sesión en todos los dispositivos donde hayas entrado; luego inicia sesión con la contraseña nueva.
        # “My settings” is the name of the settings page.
        common.reset.sealed = Tus entradas privadas siguen bloqueadas después de esto: nadie más tiene su llave. Tu código de recuperación las vuelve a abrir (en «Mis ajustes», una vez que hayas iniciado sesión). Sin él, nadie puede abrirlas; lo que compartes con tu pareja no se ve afectado.
        common.reset.submit = Guardar mi contraseña nueva
        # {link} is a link that says common.reset.askAgain.
        common.reset.gone = Ya se usó, o tiene más de un día. {link}.
        common.reset.askAgain = Pide uno nuevo
        # Proving an email address
        common.verify.title = Confirma tu dirección
        common.verify.lead = Un toque, y Trellis sabrá que esta dirección es tuya.
        common.verify.button = Confirmar mi dirección
        common.verify.gone = Ya se usó, o tiene más de un día. Desde tus ajustes puedes pedir uno nuevo.
        common.verify.confirmedTitle = Tu dirección está confirmada
        common.verify.thanks = Gracias.
        common.verify.onToTrellis = Ir a Trellis
        # The one step before something that cannot be taken back
        common.confirm.retire.question = ¿Retirar esta acción?
        common.confirm.retire.consequence = Ya no se pide ni se avisa de ella. Su historial se conserva. Una acción retirada no se puede recuperar; puedes pedir una nueva.
        common.confirm.retire.yes = Sí, retirarla
        common.confirm.retire.proposeQuestion = ¿Proponer retirar esta acción?
        common.confirm.retire.proposeConsequence = Tu pareja la pidió, así que le toca decidir. Hasta entonces, sigue como está.
        common.confirm.retire.proposeYes = Sí, proponerlo
        common.confirm.archive.question = ¿Archivar este ámbito?
        common.confirm.archive.consequence = Sale de las listas de los dos, con todo lo que contiene. Puedes restaurarlo más adelante.
        common.confirm.archive.yes = Sí, archivarlo
        # {name} is the partner's name; the NoPartner forms are for when the partner has not joined or has left.
        common.confirm.share.question = ¿Compartir esto con {name}?
        common.confirm.share.consequence = {name} podrá leerlo a partir de ahora. Compartir no se puede deshacer.
        common.confirm.share.questionNoPartner = ¿Compartir esto con tu pareja?
        common.confirm.share.consequenceNoPartner = Tu pareja podrá leerlo a partir de ahora. Compartir no se puede deshacer.
        common.confirm.share.yes = Sí, compartirlo
        common.confirm.goBack = Volver
        common.confirm.needed = Este paso necesita confirmación: ábrelo de nuevo y confírmalo.
        # The device's lock: a lock code or the password opens it
        common.lock.title = Bloqueado
        common.lock.askAgainTitle = Esta página vuelve a preguntar
        common.lock.askAgainCode = Esta página es privada y ha pasado un rato. Escribe tu código de bloqueo para abrirla.
        common.lock.askAgainPassword = Esta página es privada y ha pasado un rato. Escribe tu contraseña para abrirla.
        common.lock.giveCode = Escribe tu código de bloqueo para continuar.
        common.lock.givePassword = Escribe tu contraseña para continuar.
        common.lock.code = Código de bloqueo
        common.lock.usePassword = Usar tu contraseña en su lugar
        common.lock.open = Abrir
        common.lock.notYou = ¿No eres tú? Cerrar sesión
        # When only one partner is trying: a guide open to anyone
        common.alone.title = Cuando solo yo lo intento
        common.alone.lead = Es habitual que una persona empiece mientras la otra duda, no está lista o se ha ido. Lo que haces a solas no se pierde: es tu forma de afianzarte, y esa firmeza es la base sobre la que los dos podrían construir más adelante.
        common.alone.worksTitle = Lo que funciona a solas
        # Each {link} below is a link to the page, saying the words of the ...Link line before it.
        common.alone.journalLink = La nota de la noche y lo que notas
        common.alone.journal = {link}: unas líneas por la noche y algo bueno que viste hoy.
        common.alone.signsLink = Un repaso privado
        common.alone.signs = {link} de las cuatro señales, para los días en que la confianza parece fuera de alcance.
        common.alone.urgesLink = El registro de las ganas de revisar
        common.alone.urges = {link}: cuando lleguen las ganas de revisar, anótalas y, con las semanas, mira qué ayuda.
        common.alone.hardDatesLink = Fechas difíciles
        common.alone.hardDates = {link}: los días que duelen, y un momento para prepararte una semana antes.
        common.alone.privateTitle = Lo que sigue siendo tuyo
        common.alone.private = Todo lo que escribes a solas es privado. Si tu pareja se une, solo ve lo que decidas compartir, una entrada cada vez, y no puede saber qué te guardas.
        common.alone.inviteTitle = Invitar, cuando llegue tu momento
        common.alone.invite = La invitación está en tu página de inicio, a un toque, para cuando la quieras. No hay prisa, y no se envía ningún recordatorio ni a ti ni a tu pareja. Un enlace enviado con «solo cuando llegue tu momento» sigue siendo una invitación.
        common.alone.limitsTitle = Lo que necesita a los dos
        common.alone.limits = La reparación en sí es trabajo de dos: volver a encender la confianza en un ámbito, las acciones concretas, dar confianza, la ventana de transparencia. Trellis no finge lo contrario, y no te pide que hagas la parte de tu pareja.
        common.alone.careTitle = Ir con calma
        common.alone.care = Mira la dirección a lo largo de semanas, no de días. Si no te sientes a salvo, o no sabes cómo seguir, una persona profesional puede ayudarte a ti a solas, igual que a los dos: esperar a tu pareja no es motivo para quedarte sin ayuda.
        # Outside help: consent to what a clinician may see, and until when
        common.consent.legend = Lo que puede ver del trabajo compartido (nunca nada privado)
        common.consent.until = Hasta (un día para volver a mirarlo)
        common.consent.chooseReviewDay = Elige un día para volver a mirarlo.
        common.help.noSuchClinician = No hay ninguna persona profesional con este id.
        common.help.chooseArea = Elige un ámbito.
        # Finding a clinician in the directory
        common.findClinician.back = ← Ayuda externa
        common.findClinician.title = Buscar ayuda profesional
        common.findClinician.lead = Qué enfoque encaja depende de lo que se rompió. Aquí tienes, en breve, para qué suele servir cada uno; cualquier profesional que valga la pena te dirá con claridad en qué puede ayudarte.
        common.findClinician.searchTitle = Búsqueda
        common.findClinician.searchNote = Solo profesionales que eligieron aparecer aquí. Nadie paga por salir primero, y tu búsqueda no se guarda.
        common.findClinician.situation = Qué te trae
        common.findClinician.approach = Enfoque
        common.findClinician.where = Dónde
        # The first choice of a search's lists: no preference.
        common.findClinician.any = Cualquiera
        common.findClinician.either = Indiferente
        common.findClinician.online = En línea
        common.findClinician.inPerson = En persona
        common.findClinician.place = Lugar (para en persona)
        common.findClinician.language = Idioma
        common.findClinician.searchButton = Buscar
        common.findClinician.found = Resultados
        common.findClinician.nobody = Todavía no hay nadie en la lista que encaje. Prueba con menos opciones.
        # A clinician found: {approaches} and {languages} are lists as the clinician wrote them; {place} is a town they named.
        common.findClinician.seesOnlineAndIn = {approaches}. Atiende en línea y en {place}. Idiomas: {languages}.
        common.findClinician.seesOnline = {approaches}. Atiende en línea. Idiomas: {languages}.
        common.findClinician.seesIn = {approaches}. Atiende en {place}. Idiomas: {languages}.
        common.findClinician.seesNowhere = {approaches}. Idiomas: {languages}.
        common.findClinician.askIn = Invitar a {name}
        common.help.askThemIn = Invitar
        # The outside-help page
        common.help.title = Ayuda externa
        common.help.lead = Algunas cosas son más fáciles con una persona especialista a tu lado. La persona profesional que inviten solo ve las partes del trabajo compartido que eligieron los dos, y solo hasta el primero de los dos días que fijaron para volver a mirarlo. Nunca hay nada privado entre ellas. Cualquiera de los dos puede ponerle fin en cualquier momento, para los dos. En su lista de parejas aparecen sus nombres y lo que está abierto; cada vez que abre el trabajo de los dos, queda anotado en «Quién miró».
        # {link} is a link that says common.help.printReportLink.
        common.help.printReport = {link}, para llevarlo tú a una sesión.
        common.help.printReportLink = Imprimir un informe de los días que elijas
        common.help.privacyLink = Qué mantiene privado Trellis en un teléfono, y qué no
        # The clinicians asked in by the couple.
        common.help.askedIn = Invitaciones
        common.help.nobodyYet = Todavía nadie.
        common.help.askedInByYou = Invitación tuya.
        common.help.askedInBy = Invitación de {partner}.
        # Each partner's consent to one clinician: {parts} is a list of parts of the couple's work, {until} a day ("tomorrow", "Tue 1 Dec").
        common.help.consent.youNotYet = Tú: todavía no
        common.help.consent.notYet = {name}: todavía no
        common.help.consent.yours = Tú: {parts}, hasta {until}
        common.help.consent.theirs = {name}: {parts}, hasta {until}
        common.help.consent.openNow = Ahora tiene acceso a: {parts}, hasta {until}.
        common.help.consent.nothingOpen = Ahora no tiene acceso a nada.
        common.help.consent.give = Dar tu consentimiento
        common.help.consent.change = Cambiar tu consentimiento
        common.help.consent.keep = Guardar mi consentimiento
        common.help.consent.withdraw = Retirar: terminar su acceso
        common.help.notesTitle = Notas de profesionales
        # Who looked at the couple's record. {when} and {until} are a day and time; {parts} a list of parts of their work.
        common.help.log.title = Quién miró
        common.help.log.lead = Cada vez que una persona profesional lee el registro de la pareja, o quien administra este Trellis lo exporta, queda anotado aquí, para los dos.
        common.help.log.nobody = Nadie ha mirado.
        common.help.log.read = {name} leyó: {parts}. {when}
        common.help.log.readTimes[one] = {name} leyó: {parts}, {count} vez, desde {when} hasta {until}.
        common.help.log.readTimes[many] = {name} leyó: {parts}, {count} veces, desde {when} hasta {until}.
        common.help.log.readTimes[other] = {name} leyó: {parts}, {count} veces, desde {when} hasta {until}.
        common.help.log.exportedYours = Quien administra este Trellis exportó tus datos, junto con el registro compartido. {when}
        common.help.log.exportedTheirs = Quien administra este Trellis exportó los datos de {name}, junto con el registro compartido. {when}
        # As above, for a member whose name is no longer known.
        common.help.log.exportedAPartners = Quien administra este Trellis exportó los datos de alguien de la pareja, junto con el registro compartido. {when}
        # What clinicians suggested: {kind} is a clear action or an agreement, {words} the suggestion in bold, {name} whom it is for.
        common.help.suggestions.title = Sugerencias de profesionales
        common.help.suggestions.lead = Una sugerencia son solo palabras hasta que uno de los dos la acepta. Entonces sigue el camino de siempre: la acción se le pide a quien la haría, y el acuerdo lo aceptan los dos.
        common.help.suggestions.none = Ninguna pendiente.
        common.help.suggestions.answered = Respondidas
        common.help.suggestions.heading = {kind}: {words}
        common.help.suggestions.headingForYou = {kind} para ti: {words}
        common.help.suggestions.headingFor = {kind} para {name}: {words}
        common.help.suggestions.headingForAPartner = {kind} para alguien de la pareja: {words}
        common.help.suggestions.area = Ámbito
        common.help.suggestions.askFor = Pedírsela a {partner}
        common.help.suggestions.proposeTo = Proponérselo a {partner}
        common.help.suggestions.partnerCanAsk = {partner} puede pedírtela, o cualquiera de los dos puede rechazarla.
        common.help.suggestions.decline = No es para nosotros
        common.help.suggestions.takenOnByYou = {words}: la aceptaste tú
        common.help.suggestions.takenOnBy = {words}: la aceptó {partner}
        common.help.suggestions.declinedByYou = {words}: la rechazaste tú
        common.help.suggestions.declinedBy = {words}: la rechazó {partner}
        # What keeps Trellis private on a phone: a guide open to anyone
        common.privacy.title = Qué mantiene privado Trellis en un teléfono
        common.privacy.lead = Trellis guarda lo que escribes sellado en el servidor, y lo privado sigue siendo tuyo: tu pareja nunca lo ve a menos que lo compartas. Un teléfono que otras personas pueden tomar necesita algo más; aquí tienes lo que hace cada protección, y lo que no.
        common.privacy.lockTitle = El bloqueo
        common.privacy.lock = Cuando un dispositivo pasa sin usarse el tiempo que elijas (cinco minutos si no lo cambias), Trellis solo muestra el bloqueo hasta que escribas tu código de bloqueo o tu contraseña. Lo comprueba el servidor, no la página, y adivinar el código se vuelve más lento tras unos pocos intentos; tu contraseña siempre lo abre, así que nadie puede dejarte fuera. Tus notas de la noche, tus ganas de revisar, tus señales y tus miedos privados pueden volver a pedirlo aunque el resto esté abierto.
        common.privacy.lockLimit = No protege frente a alguien que conozca tu código o tu contraseña, ni frente a alguien que mire la página mientras la tienes abierta.
        # The quick exit is the button common.quickExit.button.
        common.privacy.quickExitTitle = Salida rápida
        common.privacy.quickExit = Arriba en cada página, o pulsando Escape tres veces: la pantalla se vacía, se abre una página de búsqueda cualquiera y este dispositivo se bloquea (o, si no elegiste bloqueo, se cierra la sesión). Después, volver atrás, recargar o reabrir la pestaña solo muestra el bloqueo, no tu página de inicio.
        common.privacy.quickExitLimit = No borra el historial del navegador (la dirección de Trellis puede seguir ahí), y no puede deshacer lo que alguien que miraba ya vio.
        # Notes, Lists, Daily and Reminder are the plain names discreet mode uses; write them as this language's app shows them.
        common.privacy.discreetTitle = Modo discreto
        common.privacy.discreet = Un nombre y un icono sencillos (Notas, Listas o Diario) en lugar de Trellis, para la pestaña, la aplicación instalada, el correo y los recordatorios; los eventos del calendario solo se titulan «Recordatorio», y las palabras se quedan dentro de Trellis.
        common.privacy.discreetLimit = No oculta Trellis a alguien que lo abra, mire la dirección o lea la dirección del remitente en tu buzón.
        common.privacy.recoveryTitle = El código de recuperación
        common.privacy.recovery = El código que recibiste al registrarte es lo único, además de tu contraseña, que abre tus entradas privadas. Si se restablece tu contraseña, tus entradas privadas esperan, selladas, hasta que lo escribas.
        common.privacy.recoveryLimit = Guárdalo donde solo tú puedas llegar: quien lo tenga y pueda iniciar sesión como tú podrá abrirlas.
        common.privacy.limitsTitle = Contra qué no protege ninguna
        common.privacy.limitSpyware = Un teléfono con algo instalado para vigilarlo (programas espía, las copias de seguridad de una cuenta compartida, una grabadora de pantalla).
        common.privacy.limitKnows = Alguien que conozca tu código de bloqueo o tu contraseña.
        common.privacy.limitScreenshot = Una captura o una foto de la pantalla, tuya o de cualquiera.
        common.privacy.unsafe = Si no estás a salvo, una línea de ayuda local puede ayudarte a hacer un plan; también puedes salir de la pareja en Trellis cuando quieras, y llevarte una copia de lo que era tuyo.
        script.copied = Copiado
        script.pastedCut = Lo que pegaste era más largo de lo que cabe aquí; se dejó fuera el final.
        script.pushFailed = Este navegador no pudo activar los recordatorios
        script.reminderTitle = Recordatorio
        script.roomLeft[one] = Queda {count} carácter.
        script.roomLeft[many] = Quedan {count} caracteres.
        script.roomLeft[other] = Quedan {count} caracteres.
        common.zone.africa = África
        common.zone.america = América
        common.zone.antarctica = Antártida
        common.zone.arctic = Ártico
        common.zone.asia = Asia
        common.zone.atlantic = Atlántico
        common.zone.australia = Australia
        common.zone.europe = Europa
        common.zone.indian = Océano Índico
        common.zone.pacific = Pacífico
        """#
}
