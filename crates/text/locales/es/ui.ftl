# La pantalla de título, los ajustes, la biblioteca de escenarios, la elección de delegación,
# las instrucciones y el relevo de pantalla, la ayuda de teclas.

settings-text-size = Tamaño del texto
settings-colour-blind = Paleta apta para daltónicos
settings-fullscreen = Pantalla completa
settings-language = Idioma
settings-not-saved = No se pudieron guardar los ajustes: { $error }

## Pantalla de título

title-tagline = Un juego de negociación para redactar por consenso
title-intro = Usted es una delegación nacional en un grupo de trabajo de las Naciones Unidas. Presente enmiendas, forme coaliciones y proponga redacciones que salven las apariencias; la Presidencia pondrá texto entre corchetes, buscará compromisos y suprimirá para alcanzar el consenso.
title-settings = Ajustes
title-resume = Reanudar una partida guardada
title-reading-saves = Leyendo sus partidas guardadas…
title-cannot-resume = No se puede reanudar esta partida guardada (no se ha modificado): { $error }
# Una partida guardada: $title es el título del escenario, $who las delegaciones jugadas, $rounds las rondas terminadas.
title-save = { $title } — { $who }, tras { $rounds ->
        [one] { $rounds } ronda
       *[other] { $rounds } rondas
    }
title-save-chair = { $title } — en la Presidencia, tras { $rounds ->
        [one] { $rounds } ronda
       *[other] { $rounds } rondas
    }
title-save-unreadable = { $file } (ilegible)

## Biblioteca de escenarios

library-heading = Biblioteca de escenarios
# $shipped: la carpeta de escenarios del juego; $own: la del jugador.
library-intro = Los escenarios que trae el juego, los archivos de { $shipped } (un archivo del mismo nombre sustituye allí al escenario incluido) y los suyos en { $own }. Los archivos se releen cuando cambian. Arriba/Abajo para elegir, Intro para abrir, Esc para volver.
library-entry = { $body } · { $phases } fases, { $rounds } rondas · { $delegations } delegaciones en { $blocs } bloques ({ $playable } jugables) · { $path }
library-unplayable = ✖ { $title } — no se puede jugar
library-none = No se encontró ningún escenario.

## Elección de delegaciones

choose-delegation = Elija su delegación — varias para jugar por turnos en esta pantalla (Arriba/Abajo, Espacio para elegir)
choose-chair = Presidir el grupo de trabajo: usted decide sobre lo que está entre corchetes (solo, o con las delegaciones marcadas arriba jugadas por otras personas en esta pantalla)
choose-difficulty = Dificultad
choose-seed = Semilla
choose-take-chair = Asumir la Presidencia
choose-read-briefing = Leer las instrucciones

## Dificultad y partidas guardadas

play-difficulty-easy = Fácil — se predicen todas las reacciones de la sala
play-difficulty-normal = Normal — ve cuántas delegaciones se opondrían
play-difficulty-hard = Difícil — sin predicciones
play-save-not-written = no se puede escribir el archivo de guardado: { $error }
play-branch-not-written = no se puede escribir el archivo de guardado de la variante: { $error }
play-bad-save-name = «{ $name }» no puede dar nombre a un archivo de guardado
play-not-saved = No se pudo guardar la partida: { $error }
play-replayed = Esta partida guardada procede de una versión anterior de Zero Draft. { $applied } de sus { $total } jugadas se han vuelto a jugar con las reglas actuales, así que la sala puede haber respondido de otro modo.
play-seal-broken = { $file }: esta partida guardada se modificó después de que Zero Draft la escribiera (su firma no coincide), así que no se reanuda. La línea de órdenes la lee con `zero-draft replay --unverified`.
play-what-if = ¿Y si…? La partida tal como estaba antes de la jugada { $number }.

## Instrucciones

briefing-heading = Instrucciones para { $delegation }
language-en = inglés
language-fr = francés
language-es = español
briefing-untranslated-all = Este escenario está escrito en { $written } y no tiene traducción al español: sus textos se muestran tal como están escritos.
briefing-untranslated-some = { $count ->
    [one] Un texto de este escenario no tiene traducción al español y se muestra tal como está escrito ({ $written }); `zero-draft validate` indica dónde.
   *[other] { $count } textos de este escenario no tienen traducción al español y se muestran tal como están escritos ({ $written }); `zero-draft validate` indica dónde.
}
briefing-situation = La situación
briefing-capital = De su capital (confidencial)
briefing-priorities = Prioridades
# Después de ✔ o ○.
briefing-objective-met = { $objective } (peso { $weight }) — cumplido por el texto actual
briefing-objective-open = { $objective } (peso { $weight }) — aún no cumplido
briefing-scoring = Cómo se le puntúa
briefing-red-lines = Líneas rojas
# $idea: una idea del escenario; $section: una sección del borrador.
briefing-red-keep = { $idea } debe permanecer en el texto
briefing-red-keep-in = { $idea } debe permanecer en el texto, en la sección «{ $section }»
briefing-red-never = { $idea } nunca debe entrar en el texto
briefing-red-never-in = { $idea } nunca debe entrar en el texto, en la sección «{ $section }»
briefing-allies = Aliados
briefing-no-allies = ninguno en su bloque
briefing-ideas = Ideas a vigilar: { $ideas }
briefing-take-seat = Ocupar su asiento

## Relevo de pantalla

handoff-pass-to = Pase el dispositivo a { $delegation }
handoff-pass-to-chair = Pase el dispositivo a la Presidencia
handoff-hidden = Las instrucciones de la delegación anterior están ocultas. Cuando el siguiente jugador esté sentado:
handoff-i-am = Represento a { $delegation }
handoff-i-am-chair = Ejerzo la Presidencia

## Teclas: las palabras habituales del botón de cada atajo

keys-new-game = Nueva partida
keys-resume = Reanudar
keys-quit = Salir
keys-next = Siguiente
keys-previous = Anterior
keys-pick = Elegir
keys-continue = Continuar
keys-back = Volver
keys-table = Presentar enmienda
keys-pass = Pasar
keys-co-sponsor = Copatrocinar
keys-object = Oponerse
keys-threaten = Inaceptable para nosotros
keys-briefing = Sus instrucciones
keys-coach = Asesor
keys-help = Menú
keys-lobby = Hacer gestiones
keys-next-seat = Delegación siguiente
keys-previous-seat = Delegación anterior
keys-withdraw = Retirar
keys-join = Sumarse al consenso
keys-dissociate = Sumarse y desvincularse
keys-block = Bloquear
keys-suggestion = Sugerencia 1 del asesor (2, 3: las siguientes)
keys-floor-tab = El pleno y la sala
keys-feed-tab = La Presidencia y la sala
keys-next-card = Siguiente tarjeta de enmienda (Intro la presenta)
keys-corridor-tab = Los pasillos
keys-sound = Sondear a la delegación elegida en la sala sobre la enmienda seleccionada
keys-make-offer = Hacer la oferta
keys-accept-offer = Aceptar la oferta pendiente
keys-decline-offer = Rechazar la oferta pendiente
keys-new-seed = Nueva semilla
keys-export = Exportar informe y repetición

key-esc = Esc
key-down = Abajo
key-up = Arriba
key-enter = Intro
key-space = Espacio
key-ctrl = Ctrl
