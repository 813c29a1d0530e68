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
class-request-seat = puesto
class-request-any = solicitud
class-farewell-wrong-version = esta clase usa la versión { $class } del protocolo; su cliente habla la versión { $client }: use el mismo Zero Draft que el docente
class-farewell-wrong-code = código de clase incorrecto
class-farewell-too-many-messages = demasiados mensajes
class-farewell-other-build = versiones distintas: este cliente y el servidor de la clase no son la misma versión de Zero Draft

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
lobby-adopted = El informe se aprueba por consenso.
lobby-not-adopted = El informe no se aprueba.
lobby-teacher-ended = El profesor cerró la sesión.
lobby-score = Su puntuación: { $total } (objetivos { $obj }, consenso { $cons }, relaciones { $rel }).
lobby-results = Resultados de la clase (también guardados junto al registro)
lobby-results-own = Sus resultados (la fila con la que el docente califica)
lobby-log-sha = registro sha256 { $sha }

console-title = Facilitador · { $status }
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
