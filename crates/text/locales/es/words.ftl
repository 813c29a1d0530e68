# El registro de la partida: una línea por suceso, motivos, acciones, modificaciones y
# negativas (registro y balance del juego, `replay`), y el informe exportado.

## Cláusulas y modificaciones.

words-clause-sentence = la oración { $n } del párr. { $paragraph }
words-clause-added = una oración añadida al párr. { $paragraph }
words-clause = la cláusula { $clause }
words-clause-of-para = la cláusula { $clause } del párr. { $paragraph }
words-edit-insert = insertar en el párr. { $paragraph }: «{ $text }»
words-edit-delete = suprimir { $clause }
words-edit-replace = sustituir { $clause } por «{ $text }»
words-edit-move = trasladar el párr. { $paragraph } a la sección { $section }
words-edit-new-paragraph = nuevo párr. { $paragraph } en la sección { $section }: «{ $text }»

## Lo que hace una delegación.

words-action-table = presenta: { $edit }
words-command-rule = decide sobre la enmienda { $amendment }
words-command-cut = suprime { $clause }
words-command-restore = restablece { $clause } del borrador cero
words-command-issue-revision = publica la revisión
words-command-inject = introduce el acontecimiento «{ $event }»
words-command-announce = anuncia a la sala: «{ $text }»
words-command-change-rounds = { $rounds ->
    [-1] acorta la fase en una ronda
    [1] alarga la fase en una ronda
   *[other] cambia la duración de la fase en { $rounds } rondas
}
words-command-pause = suspende la sesión
words-command-end-session = termina la sesión antes de la votación
words-command-resume = reanuda la sesión
words-command-control = cede un puesto a otro jugador
words-command-reseed = tira nuevos dados para la sala
revision-zero-draft = Borrador cero
revision-final-text = Texto final
revision-number = Rev.{ $number }
words-action-card = presenta la tarjeta «{ $title }»
words-action-co-sponsor = copatrocina la enmienda { $amendment }
words-action-object = se opone a la enmienda { $amendment }
words-action-threaten = advierte que no puede aceptar la enmienda { $amendment }
words-action-lobby = hace gestiones ante { $delegation } sobre la enmienda { $amendment }
words-action-withdraw = retira la enmienda { $amendment }
words-action-pass = cede el turno
words-action-join = se suma al consenso
words-action-dissociate = se desvincula del párr. { $paragraphs }
words-action-block = bloquea el consenso

## Motivos.

words-reason-scope = { $tag } en la sección { $section }
words-reason-added = { $subject } — { $clause } añadida: { $value }
words-reason-removed = { $subject } — { $clause } suprimida: { $value }
words-reason-red-line-crossed = línea roja sobre { $subject } traspasada
words-reason-red-line-restored = línea roja sobre { $subject } restablecida
words-reason-trust = confianza en { $delegation } ({ $trust }): { $effect }
words-reason-cohesion = sigue a { $leader }, líder del bloque ({ $change }): { $effect }
words-reason-noise = ánimo de la sala: { $value }
words-reason-tolerance = tolera pérdidas de hasta { $value }

## Sucesos.

words-session-opened-ai = Sesión abierta: { $scenario }, semilla { $seed } (solo IA)
words-session-opened-players = Sesión abierta: { $scenario }, semilla { $seed } (jugadores: { $players })
words-phase-started = { $name } ({ $rounds ->
        [one] { $rounds } ronda
       *[other] { $rounds } rondas
    })
words-round-started = ronda { $round }
words-happened = Suceso: { $description }
words-tabled = #{ $amendment } { $proposer } presenta: { $edit }
words-tabled-card = #{ $amendment } { $proposer } presenta [tarjeta { $card }]: { $edit }
words-reacted = #{ $amendment } sala: { $support } a favor, { $accept } de acuerdo, { $reservation } con reservas, { $object } en contra
words-co-sponsored = #{ $amendment } copatrocinada por { $delegation }
words-objected = #{ $amendment } objeción de { $delegation }
words-threatened = #{ $amendment }: { $delegation } advierte que no puede aceptarla y podría bloquear
words-threatened-again = #{ $amendment }: { $delegation } vuelve a amenazar con bloquear; la sala ya no le cree
words-lobbied-firm = #{ $amendment }: { $by } hace gestiones ante { $target }, que no puede aceptarla y se mantiene firme
words-lobbied = #{ $amendment }: tras las gestiones de { $by }, objeción retirada por { $persuaded }
words-chair-scored = Puntuación de la Presidencia: { $total } (consenso { $consensus }, texto conservado { $retained }, equilibrio { $balance })
words-empty-threat = { $delegation } se suma pese a haber amenazado con bloquear por #{ $amendments }: la sala toma nota
words-withdrawn = #{ $amendment } retirada
words-passed = { $delegation } cede el turno
words-amendment-adopted = #{ $amendment } aprobada sin objeciones
words-bracketed = #{ $amendment } entre corchetes (objeciones: { $delegations })
words-lapsed = #{ $amendment } decae: { $reason }
words-lapsed-text-changed = el texto que enmienda ha cambiado
words-round-ended = ronda { $round } cerrada; satisfacción: { $satisfaction }
words-chair-decision = La Presidencia sobre #{ $amendment }: { $decision }
words-chair-decision-opposed = La Presidencia sobre #{ $amendment }: { $decision } ({ $opposed })
words-chair-proposal = incorpora la propuesta al texto
words-chair-kept = mantiene el texto existente
words-chair-compromise = ofrece el texto de transacción «{ $wording }»
words-chair-agreed-language = vuelve al lenguaje acordado «{ $wording }»
words-chair-friends-wording = adopta el texto que { $delegation } llevó a las consultas, «{ $wording }»
words-chair-deleted = suprime el texto controvertido
words-chair-still-unsatisfied = ningún cambio logró consenso; siguen insatisfechos: { $delegations }
words-chair-still-opposed = siguen en contra: { $delegations }
words-moved-to-summary = #{ $amendment } pasa al resumen de la Presidencia
words-draft-to-summary = La Presidencia traslada a su resumen el texto que suprimió del párr. { $paragraph }, con el apoyo de { $delegations }: «{ $text }»
words-revision-issued = La Presidencia distribuye { $name }
words-adoption-called = La Presidencia somete el texto a aprobación (intento { $attempt })
words-position-join = { $delegation } se suma al consenso
words-position-dissociate = { $delegation } se suma, desvinculándose del párr. { $paragraphs }
words-position-block = { $delegation } bloquea el consenso
words-stripped = La Presidencia suprime { $clause } para atender a { $delegations }
words-chair-cuts-contested = La Presidencia suprime una cláusula del párr. { $paragraph } ante el plazo: sigue cuestionada por { $delegations } y todos pueden prescindir de ella
words-chair-cuts-package = La Presidencia suprime una cláusula del párr. { $paragraph } para que el conjunto siga siendo aceptable para { $delegations }, so pena de bloqueo
words-chair-cuts-after-block = La Presidencia suprime una cláusula del párr. { $paragraph } para recuperar a { $delegations }
words-chair-restores-contested = La Presidencia restablece la redacción anterior del párr. { $paragraph } ante el plazo: el cambio sigue cuestionado por { $delegations } y todos pueden prescindir de él
words-chair-restores-package = La Presidencia restablece la redacción anterior del párr. { $paragraph } para que el conjunto siga siendo aceptable para { $delegations }, so pena de bloqueo
words-chair-restores-after-block = La Presidencia restablece la redacción anterior del párr. { $paragraph } para recuperar a { $delegations }
words-report-adopted = Se aprueba el informe.
words-report-failed = El informe no se aprueba: no hay consenso.
words-seat-chair = La Presidencia
words-seat-facilitator = El facilitador
words-control-ai = { $seat }: la IA toma el relevo
words-control-person = { $seat }: un jugador toma el relevo
words-control-remote = { $seat }: un jugador en red toma el relevo
words-control-script = { $seat }: un script toma el relevo
words-paused = El facilitador suspende la sesión.
words-resumed = El facilitador reanuda la sesión.
words-announced = Facilitador: { $text }
words-rounds-changed = El facilitador fija la fase { $phase } en { $rounds ->
        [one] { $rounds } ronda
       *[other] { $rounds } rondas
    }
words-reseeded = Aquí comienza otro curso de los acontecimientos (semilla { $seed })
words-scored = { $delegation }: puntuación { $total } (objetivos { $objectives }, consenso { $consensus }, relaciones { $relationships })

## Negativas.

words-refusal-wrong-stage = No puede { $doing } ahora: { $stage }.
words-doing-table = presentar una modificación
words-doing-co-sponsor = copatrocinar
words-doing-object = oponerse
words-doing-threaten = amenazar con bloquear
words-doing-lobby = hacer gestiones
words-doing-withdraw = retirar una enmienda
words-doing-pass = ceder el turno
words-doing-position = fijar posición
words-stage-speaking = el turno de propuestas está abierto
words-stage-consensus = la Presidencia pregunta si hay objeciones
words-stage-adoption = la Presidencia ha sometido el texto a aprobación
words-stage-ruling = la Presidencia prepara la revisión
words-stage-finished = la sesión ha terminado
words-refusal-finished = La sesión ha terminado.
words-refusal-unknown-delegation = No hay ninguna delegación «{ $delegation }» en esta sala.
words-refusal-not-your-turn = Es el turno de { $expected }.
words-refusal-no-amendment = La enmienda #{ $amendment } no está en debate.
words-refusal-own-amendment = No puede copatrocinar su propia enmienda ni oponerse a ella.
words-refusal-already-responded = Ya ha respondido a la enmienda #{ $amendment }.
words-refusal-not-proposer = Solo el proponente puede retirar la enmienda #{ $amendment }.
words-refusal-no-interventions = No le quedan intervenciones en esta fase.
words-refusal-paragraph-busy = El párrafo { $paragraph } ya tiene una enmienda pendiente; espere la decisión de la Presidencia.
words-refusal-edit = Esta modificación no puede presentarse: { $reason }.
words-edit-error-paragraph-deleted = el párrafo { $paragraph } se ha suprimido; solo la Presidencia puede restablecer su texto
words-edit-error-no-paragraph = no existe el párrafo «{ $paragraph }» en el texto actual
words-edit-error-no-clause = no existe la cláusula «{ $clause }» en el texto actual
words-edit-error-no-section = no existe la sección «{ $section }»
words-edit-error-paragraph-exists = el párrafo «{ $paragraph }» ya existe
words-edit-error-already-there = el párrafo «{ $paragraph }» ya está en la sección «{ $section }»
words-edit-error-empty = la redacción está vacía
words-edit-error-too-long = la redacción supera los { $limit } caracteres
words-edit-error-no-change = la nueva redacción es igual al texto actual
words-refusal-repeated = Ya ha presentado esta modificación.
words-refusal-unknown-card = No existe la tarjeta de enmienda «{ $card }».
words-refusal-card-out-of-phase = La tarjeta «{ $card }» solo puede presentarse en: { $phases }.
words-refusal-card-spent = La tarjeta «{ $card }» ya se ha utilizado.
words-refusal-cannot-block = Las partes interesadas no pueden bloquear el consenso.
words-refusal-unknown-paragraph = No hay ningún párrafo { $paragraph } en el texto final.
words-refusal-nothing-to-dissociate = Marque al menos un párrafo del que desvincularse.
words-refusal-not-this-seat = Su puesto no puede hacer eso ({ $why }).
words-why-delegation-acts = solo una delegación actúa
words-why-delegation-tables = solo una delegación presenta modificaciones
words-why-chair-rules = solo la Presidencia decide
words-why-facilitator-runs = solo el facilitador dirige la sala
words-why-facilitator-negotiates = el facilitador no negocia
words-why-facilitator-seat = el puesto del facilitador no tiene titular
words-refusal-paused = El facilitador ha suspendido la sesión.
words-refusal-already-answered = Ya ha respondido; los demás aún están decidiendo.
words-refusal-not-ruling = La Presidencia no está decidiendo sobre enmiendas en este momento.
words-refusal-no-option = La enmienda #{ $amendment } no tiene la opción de decisión { $option }.
words-refusal-unknown-event = El escenario no prevé ningún suceso «{ $event }».
words-refusal-bad-announcement = Un mensaje a la sala debe tener entre 1 y { $limit } caracteres.
words-refusal-not-paused = La sesión no está suspendida.
words-refusal-brackets-left = Decida sobre cada enmienda entre corchetes antes de distribuir la revisión.
words-refusal-nothing-to-restore = La cláusula { $clause } del borrador cero figura en el texto tal como se redactó, o no puede restablecerse.
words-refusal-not-an-objector = Elija una delegación que se oponga a la enmienda { $amendment }: solo una objeción puede retirarse mediante gestiones.
words-refusal-already-happened = El acontecimiento «{ $event }» ya ha tenido lugar en esta sesión.
words-refusal-nobody-speaks = Nadie tiene la palabra ahora.
words-setup-unknown-delegation = Este escenario no tiene ninguna delegación «{ $delegation }».
words-setup-not-playable = La delegación «{ $delegation }» no se puede jugar en este escenario.
words-setup-duplicate = La delegación «{ $delegation }» aparece dos veces.
words-replay-setup = No se puede abrir la sesión: { $reason }
words-replay-action = La entrada { $input } del registro no es válida: { $reason }
words-replay-unknown-seat = La entrada { $input } del registro nombra un puesto que este escenario no tiene.
words-replay-scenario-changed = El escenario incluido en el registro se modificó después de la partida (su huella no coincide).
words-replay-beyond-end = El registro tiene { $inputs } entradas; no se puede cortar en { $at }.
words-replay-diverged-length = La repetición difiere del registro: el registro tiene { $recorded } eventos, la repetición { $replayed } (los primeros { $agree } coinciden).
words-replay-diverged-at = La repetición difiere del registro en el evento { $index } de { $recorded } (los primeros { $agree } coinciden).

## Cómo se calcula la puntuación.

words-scoring = Su puntuación sobre 100: 60 % por los objetivos de su capital logrados en el texto aprobado (un objetivo vale todo su peso si trabajó por él en la sala — presentó o copatrocinó el texto que lo logró, lo llevó a las consultas de la Presidencia, o se opuso a la enmienda que lo habría perdido; cumplido sin su trabajo, vale la mitad, y lo que ya da el borrador cero pesa la mitad); 25 % por el consenso alcanzado (100 si se suma a un informe aprobado, 70 si se desvincula, nada si fracasa o si bloquea); 15 % por las relaciones que haya construido (50 si la sala le considera como en la apertura, más por copatrocinar y mediar, menos por oponerse a todo, por amenazas vacías y por bloqueos). No hacer nada conserva la consideración de la sala y la mitad de lo que la sala le da, y no gana nada más.

## El informe exportado.

transcript-title = { $title }: el registro de la mesa
transcript-round = Ronda { $round }
report-intro = { $body } — texto final tras { $rounds ->
        [one] { $rounds } ronda
       *[other] { $rounds } rondas
    }, semilla { $seed }. Las inserciones respecto del borrador cero se marcan como inserciones, y las supresiones como supresiones.
report-outcome-adopted = Resultado: el informe se aprobó por consenso.
report-outcome-failed = Resultado: el informe no se aprobó.
report-outcome-pending = Resultado: la sesión sigue en curso.
report-moved-from = (trasladado desde { $section })
report-summary = Resumen de la Presidencia
report-summary-empty = Ninguna propuesta pasó al resumen de la Presidencia.
report-summary-intro = Propuestas y textos del borrador que contaron con apoyo pero no alcanzaron el consenso, bajo la exclusiva responsabilidad de la Presidencia:
report-summary-item = { $delegation } propuso: { $edit }
report-summary-draft-item = Párr. { $paragraph }, suprimido del texto por la Presidencia, con el apoyo de { $delegations }: «{ $text }»
report-adoption-record = Acta de la aprobación
report-explanation = explicación: { $reason }
words-ended-early = El facilitador terminó la sesión antes de la votación.
