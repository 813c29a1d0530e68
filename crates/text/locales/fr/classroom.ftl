# Une classe en réseau : la connexion, la salle d'attente et l'issue de la séance pour un
# siège, l'écran des instructions, et la console du facilitateur.

class-cannot-reach = impossible de joindre { $server } : { $error }
class-refused = Refusé : { $reason }.
class-take-seat = Prendre place

lobby-a-class = une classe
lobby-title = Zero Draft — { $title }
lobby-class-at = La classe sur { $server }
lobby-not-connected = Non connecté : { $problem }
lobby-close = Fermer
lobby-connecting = Connexion… (l'hôte doit être lancé, et cet ordinateur sur le même réseau)
lobby-you-are = Vous représentez { $delegation }.
lobby-back-to-table = Retour à la table
lobby-waiting = En attente de l'ouverture de la séance par l'enseignant…
lobby-choose = Choisissez votre délégation. Premier arrivé, premier servi ; l'enseignant peut aussi vous attribuer un siège.
lobby-adopted = Le rapport est adopté par consensus.
lobby-not-adopted = Le rapport n'est pas adopté.
lobby-teacher-ended = L'enseignant a clos la séance.
lobby-score = Votre score : { $total } (objectifs { $obj }, consensus { $cons }, relations { $rel }).
lobby-results = Résultats de la classe (également enregistrés à côté du compte rendu)
lobby-log-sha = journal sha256 { $sha }

console-title = Facilitateur · { $status }
console-not-started = non commencée
console-over = terminée
console-round = { $phase } — tour { $round } sur { $rounds }
console-round-paused = { $phase } — tour { $round } sur { $rounds } · EN PAUSE
console-start = Ouvrir la séance
console-resume = Reprendre
console-pause = Pause
console-phase-shorter = Phase −1 tour
console-phase-longer = Phase +1 tour
console-end = Clore la séance
console-announce-hint = Une annonce à la salle
console-announce = Annoncer
console-fire-event = Déclencher cet événement
console-refused = Refusé ({ $request }) : { $reason }
console-waiting = { $student } attend un siège :
console-choose-delegation = choisir une délégation
console-seat = Placer
console-delegation = Délégation
console-student = Élève
console-to-act = doit agir
console-away = { $student } (absent)
console-ai = IA
console-release = Libérer
console-pass = Passer
console-join = Se rallier
console-block = Bloquer
console-take-over = Prendre la main
console-room = La salle
