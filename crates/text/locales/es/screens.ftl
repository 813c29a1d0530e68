# La evaluación final, las pantallas de la Presidencia, «¿y si…?», la aprobación y lo que el
# jugador podría haber hecho.

## Evaluación final

debrief-not-a-file-name = { $path }: no es un nombre de archivo que el juego escriba
debrief-heading = Evaluación
debrief-adopted = ✔ El informe fue aprobado
debrief-failed = ✖ El informe no fue aprobado
debrief-ended-early = ■ Terminada antes de la votación
debrief-rounds = { $count ->
        [one] { $count } ronda
       *[other] { $count } rondas
    }
debrief-title = Inicio
debrief-written = Archivos escritos: { $files }
debrief-export-failed = Error al exportar: { $error }
debrief-satisfaction = Satisfacción de cada bloque, por ronda
debrief-axis-round = ronda
debrief-axis-utility = utilidad frente al borrador cero
debrief-history = Lo que ocurrió en la realidad
debrief-no-history = Este escenario no tiene registro histórico.
debrief-history-same = como en su partida
debrief-history-different = a diferencia de su partida
debrief-positions = Posiciones en la aprobación
debrief-your-objectives = { $delegation }: sus objetivos
debrief-score = Puntuación { $total } — objetivos { $objectives }, consenso { $consensus }, relaciones { $relationships }
debrief-decided-by-draft = el borrador cero tal como se distribuyó
debrief-never-met = nada en la partida: el borrador cero no lo cumplía, y ninguna enmienda que lo hubiera cumplido pasó al texto
debrief-objective-met = ✔ cumplido: { $objective } — decidido por: { $moment }
debrief-objective-handed-over = (cumplido sin su trabajo en la sala: la mitad de su peso)
debrief-objective-missed = ✖ no cumplido: { $objective } — decidido por: { $moment }
debrief-branch = Esta variante y la partida de la que surgió
debrief-hindsight = Lo que podría haber hecho
debrief-fates = La suerte de cada párrafo
debrief-fate-deleted = suprimido
debrief-fate-added = añadido
debrief-fate-moved = desplazado
debrief-fate-amended = enmendado
debrief-fate-kept = conservado tal cual

## El jugador en la Presidencia

chair-option-proposal = Incorporar la propuesta al texto
chair-option-kept = Mantener el texto existente (la propuesta pasa a su resumen si tuvo apoyo)
chair-option-compromise = Ofrecer su fórmula de transacción «{ $wording }»
chair-option-agreed = Recurrir al lenguaje convenido «{ $wording }»
chair-option-friends = Adoptar el texto que { $delegation } llevó a las consultas, «{ $wording }»
chair-option-deleted = Suprimir la cláusula controvertida
chair-heading = Usted preside el grupo de trabajo
chair-joining = El { $share } % de la sala se sumaría al texto tal como está
chair-leave = Salir (guardado)
chair-room = La sala
chair-instructions = Antes de publicar la revisión, pronúnciese sobre cada enmienda entre corchetes. ¿Pueden todos aceptarla? Cada opción indica los Estados miembros que, según las previsiones, no podrían. Las teclas 1 a 9 deciden sobre la primera enmienda entre corchetes; Intro publica la revisión cuando no queda ninguna.
chair-objected-by = Se oponen { $delegations }
chair-rule = Decidir
chair-everyone-can-live = todos pueden aceptarlo
chair-cannot-live = no pueden aceptarlo: { $delegations }
chair-over-groups = contra la objeción de un grupo ({ $groups }): una presidencia de consenso solo lo toma si no queda otra vía
chair-persona-choice = (la Presidencia del escenario elegiría esta)
chair-blocked = El informe fue bloqueado por { $delegations }. Devuélvales algo o recorte lo que no pueden aceptar, y vuelva a someterlo a votación.
chair-own-edits = Sus propias modificaciones antes de la revisión
chair-own-edits-hint = La Presidencia puede recortar texto controvertido cuya supresión nadie propuso (el texto del borrador que tenía apoyo pasa a su resumen), y restablecer una redacción anterior para quien de otro modo bloquearía.
chair-cut = Recortar
chair-contested-clause = párr. { $paragraph } (controvertido): { $text }
chair-restore = Restablecer
chair-restore-clause = { $clause } del borrador cero: «{ $text }»
chair-vote-again = Volver a votar
chair-issue-revision = Publicar la revisión

## La evaluación de la Presidencia
## $chair: surgical, clean-text o balanced-package; $outcome: proposal, kept, compromise,
## agreed o deleted ($wording nombra la transacción o el lenguaje convenido).

chair-debrief-would = { $chair ->
        [surgical] una Presidencia quirúrgica
        [clean-text] una Presidencia de texto limpio
       *[balanced-package] una Presidencia de paquete equilibrado
    } { $outcome ->
        [proposal] tomaría la propuesta
        [kept] mantendría el texto
        [compromise] ofrecería la transacción «{ $wording }»
        [agreed] recurriría a «{ $wording }»
        [friends] adoptaría el texto de los amigos «{ $wording }»
       *[deleted] suprimiría la cláusula
    }
chair-debrief-ruling = #{ $id } ({ $edit }): usted decidió { $outcome ->
        [proposal] tomar la propuesta
        [kept] mantener el texto
        [compromise] ofrecer la transacción «{ $wording }»
        [agreed] recurrir a «{ $wording }»
        [friends] adoptar el texto de los amigos «{ $wording }»
       *[deleted] suprimir la cláusula
    }; { $others }
chair-debrief-nothing = No tuvo nada sobre lo que decidir.
chair-debrief-same = Decidió como lo habría hecho la propia Presidencia del escenario en { $same } de { $total } { $total ->
        [one] caso
       *[other] casos
    }.
chair-debrief-balance-worst = Equilibrio: el bloque que más a menudo no pudo aceptar sus decisiones fue { $bloc } ({ $count } de { $total }).
chair-debrief-balance-even = Equilibrio: todos los Estados miembros pudieron aceptar cada una de sus decisiones.
chair-debrief-heading = Sus decisiones como Presidencia
chair-debrief-score = Puntuación { $total } — consenso { $consensus }, texto conservado { $retained }, equilibrio { $balance }
chair-debrief-score-hint = La mitad por el consenso alcanzado (menos la proporción de Estados que se desvincularon), un cuarto por los párrafos del borrador cero que siguen en el texto, un cuarto por el equilibrio: que ningún bloque quede una y otra vez sin poder aceptar sus decisiones.

## ¿Y si…?

whatif-heading = ¿Y si…?
whatif-no-moves = No hay jugadas suyas que deshacer.
whatif-hint = Vuelva al momento anterior a una de las jugadas siguientes y siga jugando desde allí; la nueva partida se guarda junto a esta. Con el teclado: Abajo llega a la primera jugada, las flechas recorren la lista, Intro sigue jugando.
whatif-the-chair = La Presidencia
whatif-the-facilitator = El facilitador
whatif-play-on = Seguir desde antes de esto
whatif-original-unreadable = No se puede leer la partida original ({ $error }).
whatif-fate-kept = conservado tal cual
whatif-fate-amended = enmendado
whatif-fate-deleted = suprimido
whatif-fate-added = añadido
whatif-fate-never-added = nunca añadido
whatif-para = párr. { $paragraph }: { $here } aquí, { $there } en el original
whatif-outcome-adopted = aprobado
whatif-outcome-failed = no aprobado
whatif-outcome-not-voted = aún sin votar
whatif-summary = Variante creada antes de la jugada { $move_number } del original. { $count ->
        [one] { $count } párrafo terminó de otro modo
       *[other] { $count } párrafos terminaron de otro modo
    }; el informe quedó { $here } aquí y { $there } allí.

## Aprobación

adoption-heading = La Presidencia somete el texto a aprobación
adoption-intro = { $delegation }: el texto final está ante la sala. Súmese al consenso, súmese desvinculándose de párrafos, o bloquéelo. [J] sumarse · [D] desvincularse de los párrafos marcados · [B] bloquear
adoption-priorities = Sus prioridades en este texto
adoption-met = ✔ cumplido: { $objective }
adoption-missed = ✖ no cumplido: { $objective }
adoption-this-vote = ○ se decide en esta votación: { $objective }

## Lo que podría haber hecho ($action es una jugada tal como la formula el registro)

hindsight-met = «{ $objective }»: si { $delegation } hubiera seguido el consejo del asesor en su jugada { $move_number } ({ $action }), el objetivo se habría cumplido, jugado el resto de la partida.
hindsight-not-met = «{ $objective }»: ninguna de las cinco mejores jugadas del asesor en la jugada { $move_number } de { $delegation } (la primera: { $delegation } { $action }) lo habría cumplido, jugado el resto: hacía falta más de una jugada, o la sala no lo habría aceptado.
hindsight-nothing-open = «{ $objective }»: en la jugada { $move_number } de { $delegation }, la última antes de que se decidiera, el asesor no tenía nada que proponer salvo pasar: ninguna jugada aislada podía entonces cumplirlo.
hindsight-move-same = Ronda { $round }, jugada { $move_number }: { $action }. Sin ella, la partida habría terminado igual.
hindsight-move-changed = Ronda { $round }, jugada { $move_number }: { $action }. Sin ella: { $changes }.
hindsight-move-paragraph = ¶ { $paragraph } { $with } con ella, { $without } sin ella
hindsight-move-outcome = El informe: { $with } con ella, { $without } sin ella.
projector-table = Mesa { $table } de { $tables }
projector-any-objection = La Presidencia pregunta: ¿hay alguna objeción?
projector-speaking = Las delegaciones hacen uso de la palabra
projector-waiting = La sala espera a: { $seats }
projector-floor = En debate ({ $count })
projector-stances = { $support } apoyan · { $accept } aceptan · { $reserve } reservas · { $object } se oponen
projector-chair = La Presidencia
projector-before-start = La clase aún no ha empezado. Estudiantes en su puesto:
projector-chair-none = Aún no hay decisiones: la Presidencia resuelve lo que se disputa al final de la fase.
projector-deleted = suprimido
projector-legend = En rojo: aún en disputa · en ámbar: enmiendas ante la sala · tachado: suprimido
