extension SpanishCatalog {
    static let reach = #"""
        # Ways of working a clinician lists on their profile; names of therapy approaches.
        reach.approach.emotionallyFocused = Terapia de pareja focalizada en las emociones
        reach.approach.gottman = Método Gottman
        reach.approach.cognitiveBehavioural = Terapia de pareja cognitivo-conductual
        reach.approach.integrativeBehavioural = Terapia de pareja conductual integradora
        reach.approach.discernment = Asesoramiento de discernimiento
        reach.approach.addictionInformed = Trabajo de pareja con enfoque en adicciones
        reach.approach.affairRecovery = Recuperación tras una infidelidad
        # What brings a couple to look for help, chosen when searching for a clinician.
        reach.situation.affair = Una infidelidad
        reach.situation.relapse = Una recaída
        reach.situation.moneySecrets = Dinero ocultado
        reach.situation.conflictCycles = La misma pelea, una y otra vez
        reach.situation.earlierWounds = Confianza herida antes de esta relación
        # The parts of a couple's shared work they can open to a clinician.
        reach.part.repair = Trabajo de reparación
        reach.part.integrity = Prácticas de «Lo que dije que haría»
        reach.part.expectations = Acuerdos y confianza dada
        reach.part.windows = Reflexiones compartidas de las ventanas de transparencia
        reach.consent.choosePart = Elige al menos una parte del trabajo en común que quieras mostrar.
        reach.consent.reviewDay = Elige un día para volver a mirarlo, después de hoy y dentro de un año.
        reach.invite.partnerNeeded = La ayuda externa necesita a los dos; invita primero a tu pareja.
        reach.invite.notOneOfYou = No se puede invitar como profesional a ninguno de los dos.
        reach.invite.alreadyAsked = Esta persona ya está invitada.
        # {most} is the most clinicians a couple can have at once (3).
        reach.invite.tooMany = Ya hay {most} profesionales; pon fin primero a uno de esos accesos.
        # Names a field in a refusal such as "The clinician's name cannot be empty."
        reach.invite.nameLabel = El nombre de la persona profesional
        # Names a clinician's note in a refusal such as "Your note cannot be empty."
        reach.clinician.noteLabel = Tu nota
        # Told to a clinician who suggests something in a part the couple did not open to them.
        reach.suggest.notOpenRepair = No te han abierto el trabajo de reparación.
        reach.suggest.notOpenIntegrity = No te han abierto las prácticas de «Lo que dije que haría».
        reach.suggest.notOpenExpectations = No te han abierto los acuerdos ni la confianza dada.
        reach.suggest.notOpenWindows = No te han abierto las reflexiones compartidas de las ventanas de transparencia.
        reach.suggest.chooseDoer = Elige cuál de los dos lo haría.
        reach.suggest.expectationNoDoer = Un acuerdo lo aceptan los dos; no nombres a nadie.
        # {most} is the most suggestions a clinician may have waiting at once (3).
        reach.suggest.tooMany = Ya hay {most} sugerencias tuyas esperando respuesta.
        reach.suggest.wordsLabel = Las palabras
        reach.suggestion.clearAction = Una acción concreta
        reach.suggestion.expectation = Un acuerdo
        reach.suggestion.askedByOther = Una acción concreta se le pide a quien la haría, y la pide la otra persona.
        reach.suggestion.chooseCadence = Elige cuándo ocurre la acción.
        # Kept as the note of a clear action taken on from a clinician's suggestion; {name} is the clinician.
        reach.suggestion.suggestedBy = Sugerencia de {name}
        reach.suggestion.alreadyAnswered = Uno de los dos ya respondió a esta sugerencia.
        # Field names in refusals of a clinician's profile, such as "The place cannot be empty."
        reach.profile.nameLabel = Tu nombre
        reach.profile.chooseApproach = Elige al menos una forma de trabajar.
        reach.profile.placeLabel = El lugar
        reach.profile.placeOrOnline = Di dónde atiendes o que atiendes en línea.
        reach.profile.languageCount = Indica de uno a seis idiomas.
        reach.profile.languageLabel = Un idioma
        reach.profile.aboutLabel = Sobre ti
        # Why an approach fits a situation; shown after the approach's name and a colon, so it starts in lower case.
        reach.guide.affair.affairRecovery = acompaña paso a paso la revelación, las preguntas y la reconstrucción
        reach.guide.affair.emotionallyFocused = ayuda a que la persona herida sea escuchada y el vínculo vuelva a sentirse seguro
        reach.guide.affair.discernment = ayuda cuando alguno de los dos aún no sabe si quedarse y trabajar en ello
        reach.guide.relapse.addictionInformed = conoce la recuperación y las recaídas, y tiene en cuenta lo que necesitan los dos
        reach.guide.relapse.cognitiveBehavioural = construye acuerdos y hábitos concretos que los dos pueden ver cumplidos
        reach.guide.moneySecrets.cognitiveBehavioural = convierte la transparencia sobre el dinero en acuerdos claros y comprobables
        reach.guide.moneySecrets.gottman = trabaja la honestidad y un sentido compartido en torno al dinero y los planes
        reach.guide.conflictCycles.gottman = muestra cómo empiezan y escalan las discusiones entre los dos, y cómo repararlas
        reach.guide.conflictCycles.emotionallyFocused = encuentra los miedos bajo la pelea que la mantienen viva
        reach.guide.conflictCycles.integrativeBehavioural = ayuda a aceptar las diferencias y a cambiar lo que puede cambiar
        reach.guide.earlierWounds.emotionallyFocused = trabaja con heridas antiguas que hacen que confiar hoy parezca peligroso
        reach.guide.earlierWounds.integrativeBehavioural = separa lo que hace tu pareja de lo que te recuerda
        # Why a clinician matches a search, one reason a line; {approach} is one of the approaches above.
        reach.search.askedApproach = {approach}: el enfoque que buscabas
        reach.search.fits = {approach}: {why}
        reach.search.online = Atiende en línea
        # {place} and {language} are as the clinician wrote them.
        reach.search.inPerson = Atiende en persona en {place}
        reach.search.worksIn = Trabaja en {language}
        # A clinician's list of couples: {parts} is a list of the parts open, {day} the last day.
        reach.clients.openUntil = {parts}, hasta el {day}.
        reach.clients.back = ← Mi perfil profesional
        reach.clients.title = Parejas a las que acompaño
        reach.clients.intro = Parejas en las que los dos te dejan ver hoy parte de su trabajo en común. Cada vez que abres una, los dos ven que miraste, y qué.
        reach.clients.none = Ninguna hoy.
        reach.client.back = ← Parejas a las que acompaño
        reach.client.openToYou = Abierto para ti: {parts}, hasta el {day}. Los dos ven que miraste.
        reach.client.notesTitle = Una nota para los dos
        reach.client.noteLabel = Nota
        reach.client.noteButton = Dejar la nota
        reach.client.earlierNotes = Notas anteriores
        reach.client.workTitle = Su trabajo en común
        reach.client.nothingYet = Todavía no hay nada en estas partes.
        reach.client.earlierSteps = Pasos anteriores
        # What became of a clinician's suggestion; {name} is the partner who answered.
        reach.client.suggestionWaiting = Esperando a que respondan
        reach.client.suggestionTakenOn = {name} la aceptó
        reach.client.suggestionDeclined = {name} la rechazó
        # {kind} is "A clear action" or "An expectation"; {name} the partner who would do it; {words} what the clinician wrote.
        reach.client.suggestionFor = {kind} para {name}: {words}
        reach.client.suggestion = {kind}: {words}
        reach.client.suggestTitle = Sugerir algo
        reach.client.suggestNote = Solo son palabras hasta que uno de los dos lo acepte; después sigue su camino habitual.
        reach.client.suggestWhat = Qué
        reach.client.suggestDoer = Quién lo haría (para una acción concreta)
        reach.client.suggestWords = Palabras
        reach.client.suggestButton = Sugerirlo
        reach.client.earlierSuggestions = Sugerencias anteriores
        # A heading over a partner's trust picture; {area} is the area's name as the couple wrote it.
        reach.client.trustIn = La confianza de {name} en el ámbito {area}
        reach.client.picturesTitle = Cómo crece la confianza
        reach.client.noSwitchOn = Todavía no hay ningún interruptor encendido.
        reach.client.chooseKind = Elige qué sugieres.
        reach.profile.nameField = Tu nombre, tal como te conocen las parejas
        reach.profile.approachesLegend = Cómo trabajas
        reach.profile.onlineField = Atiendo en línea
        reach.profile.placeField = Dónde atiendes en persona (déjalo vacío si solo atiendes en línea)
        reach.profile.languagesField = Idiomas en los que trabajas, separados por comas
        reach.profile.aboutField = Sobre ti, para las parejas
        reach.profile.listedField = Incluirme en el directorio de este Trellis
        reach.profile.saveButton = Guardar mi perfil
        reach.settings.back = ← Mis ajustes
        reach.profile.title = Mi perfil profesional
        reach.profile.intro = Las parejas que buscan ayuda pueden encontrarte aquí, si decides aparecer en el directorio. Una pareja te invita; solo ves las partes de su trabajo en común que los dos eligieron, hasta el día que fijaron para volver a mirarlo, y cualquiera de los dos puede ponerle fin en cualquier momento.
        # A label before a box holding the clinician's id, to copy.
        reach.profile.idField = Una pareja también puede invitarte con tu identificador profesional. Dale este:
        reach.profile.copyId = Copiar mi identificador profesional
        # The four signs that trust feels out of reach, in the first person, then why each happens.
        reach.sign.scan.feeling = No dejo de buscar señales de que algo va mal
        reach.sign.body.feeling = Mi cuerpo reacciona antes de que pueda pensar
        reach.sign.traps.feeling = Los buenos momentos parecen una trampa
        reach.sign.shame.feeling = Me da vergüenza no poder confiar
        reach.sign.scan.why = Después de una traición, la mente sigue buscando peligros para protegerte. Revisar alivia por un momento y luego la necesidad vuelve. Casi todas las personas a las que hirieron así lo conocen.
        reach.sign.body.why = Un tono, un roce o un lugar pueden devolverte el golpe antes que cualquier pensamiento. Es memoria guardada en el cuerpo, no una elección, y se suaviza con el tiempo, cuando hay seguridad.
        reach.sign.traps.why = Cuando a la cercanía le siguió una herida, un buen momento puede parecer la calma antes de la siguiente. Es una forma de protegerse, y muy común mientras se reconstruye la confianza.
        reach.sign.shame.why = Muchas personas heridas sienten vergüenza de sus propias dudas. Las dudas son una herida de lo que pasó, no un defecto tuyo.
        # How strongly a sign was there, 0 to 4: as a choice, then the same words inside a sentence ("Last time: a little.").
        reach.sign.level.notAtAll = Nada
        reach.sign.level.aLittle = Un poco
        reach.sign.level.sometimes = A veces
        reach.sign.level.often = A menudo
        reach.sign.level.almostAlways = Casi todo el tiempo
        reach.sign.levelInSentence.notAtAll = nada
        reach.sign.levelInSentence.aLittle = un poco
        reach.sign.levelInSentence.sometimes = a veces
        reach.sign.levelInSentence.often = a menudo
        reach.sign.levelInSentence.almostAlways = casi todo el tiempo
        reach.signs.levelsNeeded = Da a cada una de las cuatro señales un nivel de 0 (nada) a 4 (casi todo el tiempo).
        # {most} is the most check-ins a day holds (5).
        reach.signs.enoughForToday = Hoy ya has hecho {most} repasos; con eso basta.
        reach.signs.noteLabel = Una nota
        reach.signs.alreadyShared = Esto ya está compartido.
        # {most} is the most urges a day holds (50).
        reach.urges.enoughForToday = Hoy ya has anotado {most} veces las ganas de revisar; un día no admite más.
        reach.urges.helpedLabel = Lo que ayudó
        reach.urges.triggerLabel = Lo que lo desencadenó
        # What an urge was to check, inside a line ("Today: their phone, resisted"); the form shows it with a capital letter. "They" is the partner.
        reach.urge.kind.phone = su teléfono
        reach.urge.kind.socialMedia = las redes sociales
        reach.urge.kind.location = dónde está
        reach.urge.kind.other = otra cosa
        # Ways through an urge, one tap each; the one chosen is kept as the person's own words.
        reach.urge.helped.breathed = Respiré despacio
        reach.urge.helped.waited = Esperé diez minutos
        reach.urge.helped.walked = Salí a caminar
        reach.urge.helped.wrote = Lo escribí
        reach.urge.helped.talked = Hablé con alguien
        reach.urge.helped.asked = Le pregunté directamente a mi pareja
        reach.urges.summaryNone = No has anotado ganas de revisar en los últimos siete días.
        # {count} urges to check this week, {resisted} of them resisted.
        reach.urges.summaryWeek[one] = En los últimos siete días: {count} vez con ganas de revisar; resististe en {resisted}.
        reach.urges.summaryWeek[many] = En los últimos siete días: {count} veces con ganas de revisar; resististe en {resisted}.
        reach.urges.summaryWeek[other] = En los últimos siete días: {count} veces con ganas de revisar; resististe en {resisted}.
        # Follows the sentence above; {before} is how many urges the seven days before held.
        reach.urges.summaryFewer = Son menos que en los siete días anteriores ({before}).
        reach.urges.summaryMore = Son más que en los siete días anteriores ({before}).
        reach.urges.summarySame = Son tantas como en los siete días anteriores ({before}).
        reach.signs.chooseLevels = Elige con qué fuerza estuvo cada una de las cuatro señales.
        reach.signs.title = Cómo estoy por dentro
        reach.signs.intro = Un repaso de cuatro señales de que la confianza parece fuera de alcance. Son comunes después de una traición y se calman con el tiempo, cuando hay seguridad. Es solo tuyo, a menos que decidas compartirlo.
        reach.signs.overTime = Con el tiempo
        reach.signs.noPictureYet = Tus repasos aparecerán aquí como una imagen.
        reach.signs.mine = Mis repasos
        reach.signs.noteField = Una nota, si quieres
        reach.signs.shareField = Compartir este repaso con {name}
        reach.signs.keepButton = Guardar mi repaso
        # {level} is one of the levels in a sentence above.
        reach.signs.lastTime = La última vez: {level}.
        reach.signs.shareLink = Compartir con {name}…
        # Who sees a check-in, after its day ("Today · only you").
        reach.signs.onlyYou = solo tú
        reach.signs.sharedWith = compartido con {name}
        reach.signs.partnersTitle = Lo que compartió {name}
        reach.signs.earlier = Repasos anteriores
        # {sign} is a sign's words, {level} a level in a sentence.
        reach.signs.levelLine = {sign}: {level}
        reach.urges.chooseKind = Elige qué querías revisar.
        reach.urges.chooseOutcome = Di si revisaste o te resististe.
        reach.urges.title = Ganas de revisar
        reach.urges.intro = Cuando lleguen las ganas de revisar, anótalas aquí con unos pocos toques. Es solo tuyo: tu pareja no puede verlo, ni siquiera saber que lo llevas. Con las semanas, muestra lo que te ayuda.
        reach.urges.pattern = El patrón
        reach.urges.lately = Últimamente
        reach.urges.nothingYet = Todavía no has anotado nada.
        reach.urges.earlier = Anotaciones anteriores
        # A choice of area for an urge: none of the couple's areas.
        reach.urges.noArea = Ninguno en particular
        # The answers to "And I": what the person did with the urge.
        reach.urges.resisted = Me resistí
        reach.urges.checked = Lo revisé
        # Over the choices of what the urge was to check (their phone, social media, ...).
        reach.urges.kindLegend = Quería revisar
        reach.urges.outcomeLegend = Y entonces
        reach.urges.helpedLegend = Lo que ayudó (si algo ayudó)
        reach.urges.helpedWordsField = O lo que ayudó, con mis palabras
        reach.urges.more = Más, si quieres
        reach.urges.triggerField = Lo que lo desencadenó
        reach.urges.areaField = Ámbito
        reach.urges.noteButton = Anotar
        reach.urges.helpedTimes[one] = {what} (una vez)
        reach.urges.helpedTimes[many] = {what} ({count} veces)
        reach.urges.helpedTimes[other] = {what} ({count} veces)
        reach.urges.helpedMost = Lo que más te ayudó
        # One urge in the list: {day} ("Today", "Tue 24 Nov"), {kind} what it was to check, {helped} what helped in the person's words.
        reach.urges.lineChecked = {day}: {kind}, lo revisé
        reach.urges.lineCheckedHelped = {day}: {kind}, lo revisé: {helped}
        reach.urges.lineResisted = {day}: {kind}, me resistí
        reach.urges.lineResistedHelped = {day}: {kind}, me resistí: {helped}
        reach.areas.newField = Nuevo ámbito
        reach.areas.addButton = Añadir ámbito
        reach.areas.title = Nuestros ámbitos de confianza
        reach.areas.intro = La confianza nunca es todo o nada: vive en ámbitos como estos y va en las dos direcciones.
        reach.areas.nameField = Nombre
        reach.areas.renameButton = Cambiar nombre
        reach.areas.archiveLink = Archivar este ámbito…
        reach.areas.change = Cambiar
        reach.areas.restoreButton = Restaurar
        # A heading over the areas put away (plural).
        reach.areas.archived = Archivados
        reach.devices.thisOne = Este dispositivo, el que estás usando ahora
        reach.devices.logOutButton = Cerrar sesión en este
        # A signed-in device whose browser gave no name.
        reach.devices.unnamed = Un dispositivo
        # {device} is the device's name, {day} when it was last used ("today", "Tue 24 Nov").
        reach.devices.lastUsed = {device} · usado por última vez {day}
        reach.devices.passwordField = Tu contraseña (para que un dispositivo que alguien se llevó no pueda echarte)
        reach.devices.logOutOthers = Cerrar sesión en todos los demás
        reach.devices.title = Con mi sesión iniciada
        reach.devices.lifetime = Un dispositivo sigue con la sesión iniciada hasta {lifetime} días, y la sesión se cierra tras {idle} días sin usarlo.
        reach.nudges.title = Recordatorios fuera de Trellis
        # The quoted sentence is the words of every reminder email; say it as the reminder itself says it.
        reach.nudges.intro = Por correo, cada uno dice solo «Algo te espera en Trellis»: nunca quién, qué ni qué ámbito, porque podría verse en la pantalla de bloqueo de un teléfono o en una tableta compartida.
        reach.nudges.partnerWaiting = Cuando mi pareja está esperando algo de mí (como mucho una vez al día)
        reach.nudges.windowOpened = Cuando mi pareja abre una ventana de transparencia para mí
        reach.nudges.commitmentsToday = Los días en que tengo acciones concretas propias que hacer
        reach.nudges.weeklyDigest = Una vez a la semana, el lunes, una mirada atrás
        # From and Until label two hours of the day, the window reminders may come in.
        reach.nudges.from = Desde
        reach.nudges.until = Hasta
        # {zone} is a time zone's name, such as Europe/Berlin.
        reach.nudges.hoursNote = Horas según tu propio reloj ({zone}); fuera de ellas, un recordatorio espera a la mañana.
        reach.nudges.pauseAll = Pausarlos todos
        reach.settings.save = Guardar
        reach.password.currentField = Contraseña actual
        reach.password.changeButton = Cambiar la contraseña
        reach.password.title = Mi contraseña
        reach.password.intro = Al cambiarla se cierra la sesión en todos los demás dispositivos con tu cuenta.
        reach.password.newField[one] = Nueva contraseña (al menos {count} carácter)
        reach.password.newField[many] = Nueva contraseña (al menos {count} caracteres)
        reach.password.newField[other] = Nueva contraseña (al menos {count} caracteres)
        # What the lock asks for: choices after "Before anything shows after a while unused, ask for".
        reach.phone.noLock = Sin bloqueo
        reach.phone.codeLock = Un código de bloqueo propio
        reach.phone.passwordLock = Mi contraseña
        # How long unused before this device locks.
        reach.phone.minutes[one] = {count} minuto
        reach.phone.minutes[many] = {count} minutos
        reach.phone.minutes[other] = {count} minutos
        reach.phone.oneHour = 1 hora
        # The words of the link in the sentence below.
        reach.phone.helpLink = en palabras sencillas
        reach.phone.title = Mantener Trellis en privado en este teléfono
        reach.phone.helpLine = Qué protege cada una de estas opciones, y qué no hace ninguna: {link}.
        reach.phone.lockLegend = Lo que Trellis pide antes de mostrar nada tras un rato sin uso
        reach.phone.codeField = Nuevo código de bloqueo (de {min} a {max} letras o números)
        reach.phone.passwordField = Tu contraseña (para poner o cambiar el bloqueo)
        reach.phone.askAgainField = Mis notas de la noche, ganas de revisar, señales y miedos privados vuelven a pedirlo cuando pasa el tiempo de bloqueo
        reach.phone.lookLegend = Nombre e icono para la pestaña, la app instalada, el correo, los recordatorios y el calendario
        reach.phone.lockAfterField = Bloquear este dispositivo tras este tiempo sin uso
        reach.phone.saveLockTime = Guardar para este dispositivo
        # The quick exit is the button at the top of every page that leaves Trellis at once.
        reach.phone.quickExit = El botón «Salida rápida», arriba en cada página (o pulsar Escape tres veces), te lleva a una página cualquiera y bloquea este dispositivo (si no has elegido bloqueo, cierra la sesión en este dispositivo). No borra el historial del navegador, y alguien que mire la pantalla puede haberla visto ya.
        reach.privateEntries.passwordField = Tu contraseña
        reach.privateEntries.sealedTitle = Entradas de antes de restablecer tu contraseña
        reach.privateEntries.sealedIntro = Tu contraseña se restableció, así que lo que guardaste en privado antes sigue bloqueado. Escribe el código de recuperación que te dieron al registrarte para abrirlo de nuevo.
        reach.privateEntries.codeField = Código de recuperación
        reach.privateEntries.recoverButton = Abrir mis entradas privadas
        reach.privateEntries.renewTitle = Un nuevo código de recuperación
        reach.privateEntries.renewIntro = Si perdiste tu código, o alguien puede haberlo visto, crea uno nuevo. El anterior deja de funcionar en ese momento.
        reach.privateEntries.renewButton = Crear un código nuevo
        reach.privateEntries.title = Mis entradas privadas
        reach.privateEntries.intro = Lo que guardas en privado está cerrado con una llave que solo abren tu contraseña, tus dispositivos con sesión iniciada y tu código de recuperación. Tu pareja no puede leerlo, ni tampoco quien administra este Trellis, ni siquiera con toda la base de datos.
        reach.profileForm.nameField = Nombre
        reach.profileForm.emailField = Correo electrónico
        reach.profileForm.saveButton = Guardar nombre y correo
        reach.profileForm.title = Mi nombre y mi correo
        reach.profileForm.intro = Tu pareja ve tu nombre; tu correo no lo ve nadie más que tú.
        reach.push.offButton = Dejar de recibir recordatorios en este dispositivo
        reach.push.onButton = Enviar recordatorios a este dispositivo
        reach.push.title = Recordatorios en este dispositivo
        # The quoted sentence is the words of every reminder; say it as the reminder itself says it.
        reach.push.sameWords = El teléfono muestra las mismas palabras: «Algo te espera en Trellis».
        reach.push.on = Este dispositivo los recibe.
        reach.push.homeScreenFirst = En algunos teléfonos, primero añade Trellis a la pantalla de inicio.
        reach.rhythm.timeZoneField = Zona horaria (tus días y tu noche la siguen)
        # Followed by a choice of hour ("21:00"): the hour after which the evening journal's prompt appears.
        reach.rhythm.eveningField = Pregunta de la nota de la noche a partir de las
        reach.rhythm.pauseField = Pausa antes de responder a un comentario (segundos, de {min} a {max})
        # Refused when a browser's push subscription for reminders is missing or broken.
        reach.push.noSubscription = Este navegador no dio una suscripción utilizable.
        reach.settings.unconfirmed = Hay un enlace para confirmar {email} en esa bandeja de entrada. Hasta que lo abras, Trellis no envía nada más allí (ni siquiera el enlace para una contraseña nueva).
        reach.settings.resendLink = Enviar el enlace otra vez
        reach.settings.coupleTitle = Como pareja
        reach.settings.areasLink = Nuestros ámbitos de confianza: añadir, cambiar nombre, archivar
        reach.settings.leavingNote = Al salir, tu acceso termina desde ese momento; lo que se compartió se queda con tu pareja.
        reach.settings.leaveLink = Salir de la pareja…
        reach.settings.home = ← Inicio
        reach.settings.title = Mis ajustes
        reach.settings.rhythmTitle = Mi ritmo
        reach.settings.privateEntriesLink = Mis entradas privadas y mi código de recuperación
        reach.settings.cliniciansTitle = Para profesionales
        reach.settings.clinicianLink = Mi perfil profesional: que las parejas me encuentren
        # The page a reminder email's unsubscribe link opens, without logging in.
        reach.unsubscribe.title = ¿Dejar de recibir recordatorios?
        reach.unsubscribe.intro = Trellis no enviará más recordatorios a esta dirección. Puedes volver a elegirlos cuando quieras en tus ajustes.
        reach.unsubscribe.button = Dejar de recibirlos
        reach.unsubscribe.doneTitle = No más recordatorios
        reach.unsubscribe.doneIntro = No se enviará nada más a esta dirección salvo lo que tú pidas (el enlace para una contraseña nueva). Puedes volver a elegir recordatorios cuando quieras en tus ajustes.
        reach.data.noExports = Nadie que administre este Trellis ha exportado tus datos.
        # {moments} is one or more dates and times, separated by semicolons.
        reach.data.exports = Quien administra este Trellis exportó tus datos: {moments}.
        reach.data.title = Mis datos
        reach.data.intro = Todo lo que puedes ver aquí (lo que compartieron los dos y lo que guardaste para ti, nunca las entradas privadas de tu pareja), para leer, imprimir o guardar como PDF, o como archivo para otros programas.
        reach.data.readButton = Leerlo todo
        reach.data.downloadButton = Descargar (JSON)
        reach.data.closeTitle = Cerrar mi cuenta
        # {name} is the name a partner's shared entries carry once they have left.
        reach.data.closeIntro = Cerrar tu cuenta la elimina junto con todo lo que guardaste en privado. Lo que compartiste se queda con tu pareja, bajo «{name}».
        reach.data.closeLink = Cerrar mi cuenta…
        """#
}
