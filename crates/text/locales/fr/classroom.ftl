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
class-refusal-no-such-table = La classe n'a pas de table { $table }.
class-refusal-watching = Un projecteur ou un observateur suit la salle et n'occupe aucun siège.
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
class-request-table = changer de table
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
class-request-debrief = débriefing
class-request-seat = place
class-request-any = demande
class-farewell-wrong-version = cette classe utilise la version { $class } du protocole ; votre client parle la version { $client } : utilisez le même Zero Draft que l'enseignant
class-farewell-wrong-code = code de la classe erroné
class-farewell-too-many-messages = trop de messages
class-farewell-other-build = versions différentes : ce client et le serveur de la classe ne sont pas la même version de Zero Draft
class-farewell-full = la classe est complète : toutes les places sont prises (l'hôte en fixe le nombre avec --places) ; demandez une place à l'hôte
class-farewell-busy = la porte de la classe est encombrée (trop d'arrivées ou de codes erronés depuis cette adresse) : réessayez dans une minute

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
lobby-share = partager
lobby-share-hint = Jouer cette délégation avec l'élève qui l'occupe : vous la voyez tous deux et chacun peut agir.
lobby-adopted = Le rapport est adopté par consensus.
lobby-not-adopted = Le rapport n'est pas adopté.
lobby-teacher-ended = L'enseignant a clos la séance.
lobby-score = Votre score : { $total } (objectifs { $obj }, consensus { $cons }, relations { $rel }).
lobby-results = Résultats de la classe (également enregistrés à côté du compte rendu)
lobby-results-own = Vos résultats (la ligne dont l'enseignant se sert pour noter)
lobby-log-sha = journal sha256 { $sha }

console-title = Facilitateur · { $status }
console-tables = Tables :
console-table = { $table } : { $state }
console-table-ended = terminée
console-table-lobby = salle d'attente, { $students ->
    [one] { $students } élève
   *[other] { $students } élèves
}
console-table-round = phase { $phase }, tour { $round }{ $paused ->
    [yes] , en pause
   *[no] {""}
}
console-every-table = les boutons ci-dessous s'adressent à toutes les tables
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
class-debrief-export = Exporter le rapport et le journal
class-debrief-export-no-room = la salle n'est pas encore parvenue à cette fenêtre
class-debrief-own-heading = Ce que vous auriez pu faire
class-debrief-own-waiting = L'hôte rejoue votre table pour voir ce que vous auriez pu faire d'autre…
class-debrief-own-nothing-missed = Vous avez atteint tous vos objectifs.
class-debrief-own-moves = Ce que vos coups ont changé
class-debrief-own-no-moves = Vous n'avez joué aucun coup en séance (hors passer et se joindre) à essayer sans.
class-debrief-own-moves-note = Chaque coup a été essayé sans lui : la partie de votre table, reprise juste avant le coup, a été jouée par l'IA à chaque siège, une fois avec le coup et une fois en passant ({ $tried } de vos { $made } coups, répartis sur la partie).
class-debrief-title = { $title } : les tables de la classe comparées
class-debrief-intro = { $tables } tables ont joué le même scénario avec la même graine ; à côté, { $runs } parties jouées par la salle seule (l'IA à chaque siège, à partir de la même graine).
class-debrief-table = Table { $table }
class-debrief-ai = La salle seule
class-debrief-outcomes = Issues
class-debrief-outcome = Issue
class-debrief-adopted = adopté
class-debrief-failed = échec
class-debrief-ended-early = terminé avant le vote
class-debrief-adopted-share = adopté dans { $share }
class-debrief-rounds = Tours
class-debrief-students = Joué par des élèves
class-debrief-paragraphs = Le sort de chaque paragraphe
class-debrief-paragraphs-note = Le sort d'un paragraphe à chaque table, et la fréquence à laquelle la salle seule arrive au même ; les paragraphes que toutes les tables et la salle seule gardent tels quels sont omis.
class-debrief-paragraphs-none = Chaque table a gardé chaque paragraphe tel quel, comme la salle seule.
class-debrief-paragraph = Paragraphe
class-debrief-ai-share = { $share } seule
class-debrief-fate-kept = gardé
class-debrief-fate-amended = modifié
class-debrief-fate-deleted = supprimé
class-debrief-fate-added = ajouté
class-debrief-fate-never-added = jamais ajouté
class-debrief-history = Face à ce qui s'est vraiment passé
class-debrief-history-note = Chaque ligne est ce que la vraie négociation a fait ; ✔ là où une table a fait de même.
class-debrief-what-happened = Ce qui s'est passé
class-debrief-moves = Les coups qui ont changé le sort d'un paragraphe
class-debrief-moves-note = Chaque coup d'élève a été rejoué sans lui : la partie de la table, reprise juste avant le coup, a été jouée jusqu'au bout par l'IA à chaque siège, une fois avec le coup et une fois en passant ({ $tried } coups essayés).
class-debrief-moves-none = Aucun coup isolé n'a changé le sort d'un paragraphe : les textes des tables viennent de la salle entière.
class-debrief-move = Table { $table }, tour { $round } : { $delegation } — { $action }. ¶ { $paragraph } : { $with } avec, { $without } sans.
