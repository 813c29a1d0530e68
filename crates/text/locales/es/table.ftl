# La mesa de negociación: la barra superior, la redacción y sus tarjetas, las enmiendas en
# debate, la sala, los objetivos, el esquema, el borrador, el asesor y la crónica de la
# Presidencia.

table-leave = Dejar la mesa (partida guardada)
table-menu-title = Menú
table-quit-game = Salir del juego
table-keys-title = Teclas
table-keys-hint = Las teclas funcionan siempre, salvo mientras escribe una enmienda (Esc para salir).
table-instructions-title = Sus instrucciones

clock-round = { $phase } — ronda { $round } de { $rounds }
clock-idle-round = Nada presentado aún en esta ronda: si nada se presenta, la Presidencia cierra la fase al terminarla
clock-interventions = { $delegation }: { $count ->
        [one] queda { $count } intervención en esta fase
       *[other] quedan { $count } intervenciones en esta fase
    }
clock-your-floor = Tiene la palabra
clock-any-objection = La Presidencia pregunta: ¿alguna objeción?
clock-adoption = Aprobación
clock-waiting = En espera
clock-paused = ⏸ El facilitador ha suspendido la sesión
clock-paused-wait = no se puede hacer nada hasta que se reanude
clock-consensus = Consenso
clock-would-join = se sumaría el { $percent } %

composer-title = Redacción
composer-op-replace = Sustituir una cláusula
composer-op-insert = Insertar una cláusula
composer-op-delete = Suprimir una cláusula
composer-op-move = Trasladar un párrafo
composer-op-new-paragraph = Nuevo párrafo
composer-choose-clause = elegir una cláusula
composer-choose-paragraph = elegir un párrafo
composer-number = número
composer-section = sección
composer-choose = elegir
composer-wording-hint = Texto de su enmienda
composer-read-as = La sala lo leerá como: { $tags }
composer-read-as-nothing = La sala lo leerá como: nada que le importe
composer-predicted = Previsión: { $support ->
        [one] { $support } apoyo
       *[other] { $support } apoyos
    }; objeciones de { $objectors }
composer-predicted-none = Previsión: { $support ->
        [one] { $support } apoyo
       *[other] { $support } apoyos
    }; ninguna objeción
composer-predicted-objections = Objeciones previstas: { $count }
composer-lobby-on = Persuadir a { $delegation } sobre #{ $amendment }
composer-threats-believed = amenazas creíbles: { $count }
composer-threats-hint = Dos veces por sesión, la Presidencia trata como una línea roja la advertencia de que no puede aceptar una enmienda. Cada advertencia enfría un poco la sala; sumarse a un texto que recogió aquello sobre lo que advirtió le aísla, y ya no se le cree.
composer-select-hint = Arriba/Abajo: elegir una enmienda

cards-spent = ya resuelto en el texto
cards-target-gone = el texto que modifica ya no existe
cards-paragraph-pending = el párrafo { $paragraph } tiene una enmienda pendiente
cards-cannot-table-now = No puede presentarse ahora: { $reason }.
cards-capital = Tarjetas de su capital:
cards-none = ninguna
cards-all = Todas las tarjetas de enmienda ({ $count })
cards-search-hint = buscar en las tarjetas
cards-only-paragraph = solo el párrafo { $paragraph }

floor-title = En debate ({ $count })
floor-tab = En debate ({ $count })
floor-empty = No hay ninguna enmienda en debate.
floor-held = { $answer ->
    [co-sponsor] copatrocina
    [threaten] no puede aceptarla
   *[object] objeta
} (en espera de todas las respuestas)
floor-bracketed = entre corchetes

room-title = La sala
room-on-amendment = La sala sobre #{ $amendment }   (+ apoya  = acepta  ~ reserva  ✖ se opone)
room-support = apoya
room-accept = acepta
room-reservation = reserva
room-object = se opone
room-pick-seat = Elija un asiento (clic, o , y .) para leer sus motivos.
room-select-amendment = { $delegation }: elija una enmienda para leer su postura.
room-stance-score = { $name } sobre #{ $id }: { $stance } (puntuación { $score })
room-stance = { $name } sobre #{ $id }: { $stance }.
room-not-answered = { $name } sobre #{ $id }: no ha respondido.

objectives-title = Sus objetivos ({ $met } de { $total } puntos cumplidos con el texto actual)
objectives-held = (ya en el borrador: cuenta la mitad)
objectives-handed-over = (cumplido sin usted: la mitad)
objectives-at-the-vote = (se decide en la votación)
objectives-settled = (definitivo)

outline-title = Esquema
outline-agreed = acordado
outline-bracketed = entre corchetes
outline-contested = controvertido
outline-deleted = suprimido

draft-title = El borrador — cambios desde { $revision }
draft-moved-from = (trasladado desde { $paragraph })
draft-deleted = (suprimido)

coach-title = El asesor
coach-nothing = Nada que aconsejar: la sala no espera su intervención.
coach-worth = (valor { $value })
coach-do-this = Hacer esto
coach-no-objection = No se prevén objeciones.
coach-predicted-objections = Objeciones previstas: { $names }

chair-feed-title = La Presidencia y la sala
chair-feed-revision-did = En esta revisión la Presidencia incorporó { $taken } propuestas, puso su propio texto en { $reworded }, dejó { $kept } como estaban, suprimió { $deleted } y remitió { $summary } a su resumen.
