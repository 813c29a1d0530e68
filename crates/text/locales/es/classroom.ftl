# Una clase en red: la conexión, la sala de espera y el resultado de la sesión para un
# asiento, la pantalla de instrucciones y la consola del facilitador.

class-cannot-reach = no se puede conectar con { $server }: { $error }
class-refused = Rechazado: { $reason }.
class-take-seat = Ocupar su asiento

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
console-take-over = Tomar el control
console-room = La sala
