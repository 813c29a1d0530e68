# La table de négociation : la barre du haut, la rédaction et ses cartes, les amendements
# en discussion, la salle, les objectifs, le plan, le projet, le conseiller et le fil du
# Président.

table-leave = Quitter la table (partie enregistrée)
table-menu-title = Menu
table-quit-game = Quitter le jeu
table-keys-title = Touches
table-keys-hint = Les touches fonctionnent partout, sauf pendant la saisie d'un amendement (Esc pour en sortir).
table-instructions-title = Vos instructions

clock-round = { $phase } — tour { $round } sur { $rounds }
clock-idle-round = Rien n'a été déposé à ce tour : si rien ne l'est, le Président clôt la phase à la fin du tour
clock-interventions = { $delegation } : { $count ->
        [one] { $count } intervention restante dans cette phase
       *[other] { $count } interventions restantes dans cette phase
    }
clock-your-floor = Vous avez la parole
clock-any-objection = Le Président demande : y a-t-il des objections ?
clock-adoption = Adoption
clock-waiting = En attente
clock-paused = ⏸ L'animateur a suspendu la séance
clock-paused-wait = rien ne peut se faire avant la reprise
clock-consensus = Consensus
clock-would-join = { $percent } % se rallieraient

composer-title = Rédaction
composer-op-replace = Remplacer une clause
composer-op-insert = Insérer une clause
composer-op-delete = Supprimer une clause
composer-op-move = Déplacer un paragraphe
composer-op-new-paragraph = Nouveau paragraphe
composer-choose-clause = choisir une clause
composer-choose-paragraph = choisir un paragraphe
composer-number = numéro
composer-section = section
composer-choose = choisir
composer-wording-hint = Libellé de votre amendement
composer-read-as = La salle y verra : { $tags }
composer-read-as-nothing = La salle y verra : rien qui la concerne
composer-predicted = Prévision : { $support ->
        [one] { $support } soutien
       *[other] { $support } soutiens
    } ; objections de { $objectors }
composer-predicted-none = Prévision : { $support ->
        [one] { $support } soutien
       *[other] { $support } soutiens
    } ; aucune objection
composer-predicted-objections = Objections prévues : { $count }
composer-lobby-on = Convaincre { $delegation } sur #{ $amendment }
composer-threats-believed = menaces crédibles : { $count }
composer-threats-hint = Deux fois par session, le Président traite comme une ligne rouge l'avertissement que vous ne pouvez accepter un amendement. Chaque avertissement refroidit un peu la salle ; se rallier à un texte qui a repris ce contre quoi vous avez mis en garde vous isole, et l'on ne vous croit plus.
composer-select-hint = Haut/Bas : choisir un amendement

cards-spent = déjà réglé dans le texte
cards-target-gone = le texte qu'elle modifie a disparu
cards-paragraph-pending = le paragraphe { $paragraph } fait déjà l'objet d'un amendement
cards-cannot-table-now = Impossible de la déposer maintenant : { $reason }.
cards-capital = Cartes de votre capitale :
cards-none = aucune
cards-all = Toutes les cartes d'amendement ({ $count })
cards-search-hint = chercher dans les cartes
cards-only-paragraph = paragraphe { $paragraph } seulement

floor-title = En discussion ({ $count })
floor-tab = En discussion ({ $count })
floor-empty = Aucun amendement en discussion.
floor-held = { $answer ->
    [co-sponsor] vous coparrainez
    [threaten] vous ne pouvez l'accepter
   *[object] vous objectez
} (en attente de toutes les réponses)
floor-bracketed = entre crochets

room-title = La salle
room-on-amendment = La salle sur #{ $amendment }   (+ soutient  = accepte  ~ réserve  ✖ s'oppose)
room-support = soutient
room-accept = accepte
room-reservation = réserve
room-object = s'oppose
room-pick-seat = Choisissez un siège (clic, ou , et .) pour lire ses raisons.
room-select-amendment = { $delegation } : choisissez un amendement pour lire sa position.
room-stance-score = { $name } sur #{ $id } : { $stance } (score { $score })
room-stance = { $name } sur #{ $id } : { $stance }.
room-not-answered = { $name } sur #{ $id } : n'a pas répondu.

objectives-title = Vos objectifs ({ $met } sur { $total } points atteints en l'état du texte)
objectives-held = (déjà dans le projet : compte pour moitié)
objectives-handed-over = (atteint sans vous : moitié)
objectives-at-the-vote = (décidé au vote)
objectives-settled = (définitif)

outline-title = Plan
outline-agreed = convenu
outline-bracketed = entre crochets
outline-contested = contesté
outline-deleted = supprimé

draft-title = Le projet — modifications depuis { $revision }
draft-moved-from = (déplacé depuis { $paragraph })
draft-deleted = (supprimé)

coach-title = Le conseiller
coach-nothing = Rien à conseiller : la salle n'attend pas votre intervention.
coach-worth = (valeur { $value })
coach-do-this = Faire ceci
coach-no-objection = Aucune objection prévue.
coach-predicted-objections = Objections prévues : { $names }

chair-feed-title = Le Président et la salle
chair-feed-revision-did = Dans cette révision, le Président a repris { $taken } propositions, mis son propre libellé pour { $reworded }, laissé { $kept } en l'état, supprimé { $deleted } et renvoyé { $summary } à son résumé.
