# Una clase en red: la conexión, la sala de espera y el resultado de la sesión para un
# asiento, la pantalla de instrucciones y la consola del facilitador.

class-cannot-reach = no se puede conectar con { $server }: { $error }
class-reconnecting = Se perdió la conexión con { $server }: reconectando (intento { $attempts }). Su puesto se le guarda; la mesa vuelve tal como está.
class-refused = Rechazado: { $reason }
class-take-seat = Ocupar su asiento
class-refusal-hello-first = Salude primero con el código de la clase.
class-refusal-facilitator-claims = El facilitador no ocupa puestos: toma el control de una delegación.
class-refusal-already-seated = Ya ocupa un puesto.
class-refusal-not-held = Ningún estudiante ocupa el puesto de { $delegation }.
class-refusal-no-such-table = La clase no tiene mesa { $table }.
class-refusal-watching = Un proyector o un observador sigue la sala y no ocupa ningún puesto.
class-refusal-reserved = { $delegation } está reservada para { $student } según la lista de la clase.
class-refusal-taken = { $delegation } ya está ocupada.
class-refusal-no-waiting-student = Ningún estudiante «{ $student }» espera un puesto.
class-refusal-no-seat = Todavía no ocupa ningún puesto.
class-refusal-taken-over = El facilitador está jugando su delegación.
class-refusal-too-long = El texto es demasiado largo.
class-refusal-not-started = La sesión no ha comenzado.
class-refusal-facilitator-only = Solo el facilitador dirige la sala.
class-refusal-no-delegation = Esta sala no tiene ninguna delegación «{ $delegation }».
class-refusal-observer = { $delegation } es observador, no un puesto.
class-refusal-take-over-first = Tome primero el control de { $delegation }.
class-refusal-nobody-seated = Nadie ha ocupado un asiento todavía: empiece cuando un estudiante tenga uno (si no, la IA jugaría sola toda la sala).
class-request-claim = ocupar puesto
class-request-free = liberar un puesto
class-request-table = cambiar de mesa
class-seat-freed = El facilitador liberó su puesto: elija otro o espere a que lo asignen.
class-request-assign = asignar
class-request-command = orden
class-request-announce = anuncio
class-request-take-over = tomar el control
class-request-act-as = actuar por una delegación
class-request-start = inicio
class-request-end = fin
class-request-reasons = razones
class-request-advice = consejo
class-request-predict = vista previa
class-request-suggest = asesor
class-request-debrief = balance
class-request-seat = puesto
class-request-any = solicitud
class-farewell-wrong-version = esta clase usa la versión { $class } del protocolo; su cliente habla la versión { $client }: use el mismo Zero Draft que el docente
class-farewell-wrong-code = código de clase incorrecto
class-farewell-too-many-messages = demasiados mensajes
class-farewell-other-build = versiones distintas: este cliente y el servidor de la clase no son la misma versión de Zero Draft
class-farewell-full = la clase está completa: todos los puestos están ocupados (el anfitrión fija cuántos con --places); pida un puesto al anfitrión
class-farewell-busy = la puerta de la clase está ocupada (demasiadas entradas o códigos erróneos desde esta dirección): vuelva a intentarlo en un minuto

lobby-a-class = una clase
lobby-title = Zero Draft — { $title }
lobby-class-at = La clase en { $server }
lobby-not-connected = Sin conexión: { $problem }
lobby-close = Cerrar
lobby-connecting = Conectando… (el anfitrión debe estar en marcha y este equipo en la misma red)
lobby-you-are = Usted representa a { $delegation }.
lobby-back-to-table = Volver a la mesa
lobby-waiting = Esperando a que el profesor abra la sesión…
lobby-choose = Elija su delegación. Por orden de llegada; el profesor también puede asignarle un asiento.
lobby-share = compartir
lobby-share-hint = Jugar esta delegación con el estudiante que la ocupa: ambos la ven y cualquiera puede actuar.
lobby-adopted = El informe se aprueba por consenso.
lobby-not-adopted = El informe no se aprueba.
lobby-teacher-ended = El profesor cerró la sesión.
lobby-score = Su puntuación: { $total } (objetivos { $obj }, consenso { $cons }, relaciones { $rel }).
lobby-results = Resultados de la clase (también guardados junto al registro)
lobby-results-own = Sus resultados (la fila con la que el docente califica)
lobby-log-sha = registro sha256 { $sha }

console-title = Facilitador · { $status }
console-tables = Mesas:
console-table = { $table }: { $state }
console-table-ended = terminada
console-table-lobby = sala de espera, { $students ->
    [one] { $students } estudiante
   *[other] { $students } estudiantes
}
console-table-round = fase { $phase }, ronda { $round }{ $paused ->
    [yes] , en pausa
   *[no] {""}
}
console-every-table = los botones de abajo se dirigen a todas las mesas
console-not-started = sin iniciar
console-over = terminada
console-round = { $phase } — ronda { $round } de { $rounds }
console-round-paused = { $phase } — ronda { $round } de { $rounds } · EN PAUSA
console-start = Abrir la sesión
console-resume = Reanudar
console-pause = Pausa
console-phase-shorter = Fase −1 ronda
console-phase-longer = Fase +1 ronda
console-end = Cerrar la sesión
console-announce-hint = Un anuncio a la sala
console-announce = Anunciar
console-fire-event = Lanzar este evento ahora
console-refused = Rechazado ({ $request }): { $reason }
console-waiting = { $student } espera un asiento:
console-choose-delegation = elegir una delegación
console-seat = Asignar
console-delegation = Delegación
console-student = Estudiante
console-to-act = debe actuar
console-away = { $student } (ausente)
console-ai = IA
console-release = Liberar
console-pass = Pasar
console-join = Sumarse
console-block = Bloquear
console-free = Liberar el puesto
console-take-over = Tomar el control
console-room = La sala

console-corridor = Los pasillos ({ $count ->
    [one] 1 sondeo u oferta
   *[other] { $count } sondeos y ofertas
}) — solo usted los ve
class-debrief-export = Exportar el informe y el registro
class-debrief-export-no-room = la sala aún no ha llegado a esta ventana
class-debrief-own-heading = Lo que podría haber hecho
class-debrief-own-waiting = El anfitrión vuelve a jugar su mesa para ver qué más podría haber hecho…
class-debrief-own-nothing-missed = Cumplió todos sus objetivos.
class-debrief-own-moves = Lo que cambiaron sus jugadas
class-debrief-own-no-moves = No hizo ninguna jugada en sala (aparte de pasar y sumarse) que probar sin ella.
class-debrief-own-moves-note = Cada jugada se probó sin ella: la partida de su mesa, retomada justo antes de la jugada, la jugó la IA en cada asiento, una vez con la jugada y otra pasando ({ $tried } de sus { $made } jugadas, repartidas a lo largo de la partida).
class-debrief-title = { $title }: las mesas de la clase comparadas
class-debrief-intro = { $tables } mesas jugaron el mismo escenario con la misma semilla; a su lado, { $runs } partidas jugadas por la sala sola (la IA en cada puesto, desde la misma semilla).
class-debrief-table = Mesa { $table }
class-debrief-ai = La sala sola
class-debrief-outcomes = Resultados
class-debrief-outcome = Resultado
class-debrief-adopted = adoptado
class-debrief-failed = fracasó
class-debrief-ended-early = terminó antes de la votación
class-debrief-adopted-share = adoptado en { $share }
class-debrief-rounds = Rondas
class-debrief-students = Jugado por estudiantes
class-debrief-paragraphs = Qué fue de cada párrafo
class-debrief-paragraphs-note = La suerte de un párrafo en cada mesa, y con qué frecuencia la sala sola llega a lo mismo; se omiten los párrafos que todas las mesas y la sala sola conservaron tal cual.
class-debrief-paragraphs-none = Cada mesa conservó cada párrafo tal cual, como la sala sola.
class-debrief-paragraph = Párrafo
class-debrief-ai-share = { $share } sola
class-debrief-fate-kept = conservado
class-debrief-fate-amended = enmendado
class-debrief-fate-deleted = suprimido
class-debrief-fate-added = añadido
class-debrief-fate-never-added = nunca añadido
class-debrief-history = Frente a lo que ocurrió de verdad
class-debrief-history-note = Cada línea es lo que hizo la negociación real; ✔ donde una mesa hizo lo mismo.
class-debrief-what-happened = Lo que ocurrió
class-debrief-moves = Jugadas que cambiaron la suerte de un párrafo
class-debrief-moves-note = Cada jugada de un estudiante se probó sin ella: la partida de la mesa, retomada justo antes de la jugada, la jugó hasta el final la IA en cada puesto, una vez con la jugada y otra pasando ({ $tried } jugadas probadas).
class-debrief-moves-none = Ninguna jugada aislada cambió la suerte de un párrafo: los textos de las mesas salieron de la sala entera.
class-debrief-move = Mesa { $table }, ronda { $round }: { $delegation } — { $action }. ¶ { $paragraph }: { $with } con ella, { $without } sin ella.
