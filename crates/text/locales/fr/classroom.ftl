# Une classe en réseau : la connexion, la salle d'attente et l'issue de la séance pour un
# siège, l'écran des instructions, et la console du facilitateur.

class-cannot-reach = impossible de joindre { $server } : { $error }
class-reconnecting = Connexion avec { $server } perdue : reconnexion en cours (tentative { $attempts }). Votre siège vous est gardé ; la table revient telle qu'elle est.
class-refused = Refusé : { $reason }
class-take-seat = Prendre place
class-refusal-hello-first = Saluez d'abord avec le code de la classe.
class-refusal-facilitator-claims = L'animateur ne prend pas de place : il reprend une délégation.
class-refusal-already-seated = Vous occupez déjà une place.
class-refusal-not-held = Aucun étudiant n'occupe le siège de { $delegation }.
class-refusal-reserved = { $delegation } est réservée à { $student } par la liste de la classe.
class-refusal-taken = { $delegation } est déjà prise.
class-refusal-no-waiting-student = Aucun élève « { $student } » n'attend de place.
class-refusal-no-seat = Vous n'occupez pas encore de place.
class-refusal-taken-over = L'animateur joue votre délégation.
class-refusal-too-long = Le texte est trop long.
class-refusal-not-started = La session n'a pas commencé.
class-refusal-facilitator-only = Seul l'animateur dirige la salle.
class-refusal-no-delegation = Cette salle n'a pas de délégation « { $delegation } ».
class-refusal-observer = { $delegation } est observateur, pas une place.
class-refusal-take-over-first = Reprenez d'abord { $delegation }.
class-refusal-nobody-seated = Personne n'a encore pris de siège : commencez quand un élève en occupe un (sinon l'IA jouerait seule toute la salle).
class-request-claim = prise de place
class-request-free = libérer un siège
class-seat-freed = L'animateur a libéré votre siège : choisissez-en un autre, ou attendez d'être placé.
class-request-assign = attribution
class-request-command = commande
class-request-announce = annonce
class-request-take-over = reprise
class-request-act-as = action pour une délégation
class-request-start = début
class-request-end = fin
class-request-reasons = raisons
class-request-advice = conseil
class-request-predict = aperçu
class-request-suggest = coach
class-request-seat = place
class-request-any = demande
class-farewell-wrong-version = cette classe utilise la version { $class } du protocole ; votre client parle la version { $client } : utilisez le même Zero Draft que l'enseignant
class-farewell-wrong-code = code de la classe erroné
class-farewell-too-many-messages = trop de messages
class-farewell-other-build = versions différentes : ce client et le serveur de la classe ne sont pas la même version de Zero Draft

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
lobby-results-own = Vos résultats (la ligne dont l'enseignant se sert pour noter)
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
console-free = Libérer le siège
console-take-over = Prendre la main
console-room = La salle

console-corridor = Les couloirs ({ $count ->
    [one] 1 sondage ou offre
   *[other] { $count } sondages et offres
}) — vous seul les voyez
