# Le bilan, les écrans du Président, « et si », l'adoption et ce que le joueur aurait pu faire.

## Bilan

debrief-not-a-file-name = { $path } : nom de fichier que le jeu n'écrit pas
debrief-heading = Bilan
debrief-adopted = ✔ Le rapport a été adopté
debrief-failed = ✖ Le rapport n'a pas été adopté
debrief-ended-early = ■ Terminée avant le vote
debrief-rounds = { $count ->
        [one] { $count } tour
       *[other] { $count } tours
    }
debrief-title = Écran titre
debrief-written = Fichiers écrits : { $files }
debrief-export-failed = Échec de l'export : { $error }
debrief-satisfaction = Satisfaction de chaque bloc, par tour
debrief-axis-round = tour
debrief-axis-utility = utilité par rapport au projet zéro
debrief-history = Ce qui s'est passé en réalité
debrief-no-history = Ce scénario n'a pas de précédent historique.
debrief-history-same = comme dans votre partie
debrief-history-different = contrairement à votre partie
debrief-positions = Positions lors de l'adoption
debrief-your-objectives = { $delegation } : vos objectifs
debrief-score = Score { $total } — objectifs { $objectives }, consensus { $consensus }, relations { $relationships }
debrief-decided-by-draft = le projet zéro tel que distribué
debrief-never-met = rien dans la partie : le projet zéro ne l'atteignait pas, et aucun amendement qui l'aurait atteint n'a été repris dans le texte
debrief-objective-met = ✔ atteint : { $objective } — décidé par : { $moment }
debrief-objective-handed-over = (atteint sans votre travail en séance : moitié de son poids)
debrief-objective-missed = ✖ manqué : { $objective } — décidé par : { $moment }
debrief-branch = Cette variante et la partie dont elle est issue
debrief-hindsight = Ce que vous auriez pu faire
debrief-fates = Le sort de chaque paragraphe
debrief-fate-deleted = supprimé
debrief-fate-added = ajouté
debrief-fate-moved = déplacé
debrief-fate-amended = modifié
debrief-fate-kept = conservé tel quel

## Le joueur à la présidence

chair-option-proposal = Reprendre la proposition dans le texte
chair-option-kept = Conserver le texte existant (la proposition va dans votre résumé si elle a été appuyée)
chair-option-compromise = Proposer votre formulation de compromis « { $wording } »
chair-option-agreed = Revenir au libellé agréé « { $wording } »
chair-option-friends = Retenir le libellé apporté aux consultations par { $delegation }, « { $wording } »
chair-option-deleted = Supprimer la clause contestée
chair-heading = Vous présidez le groupe de travail
chair-joining = { $share } % de la salle se rallierait au texte en l'état
chair-leave = Quitter (sauvegardé)
chair-room = La salle
chair-instructions = Avant de publier la révision, statuez sur chaque amendement entre crochets. Tout le monde peut-il s'en accommoder ? Chaque option indique les États membres qui, selon les prévisions, ne le pourraient pas. Les touches 1 à 9 statuent sur le premier amendement entre crochets ; Entrée publie la révision quand il n'en reste plus.
chair-objected-by = Opposition de { $delegations }
chair-rule = Statuer
chair-everyone-can-live = tout le monde peut s'en accommoder
chair-cannot-live = ne peuvent s'en accommoder : { $delegations }
chair-over-groups = contre l'objection d'un groupe ({ $groups }) : une présidence de consensus ne le retient que faute de toute autre voie
chair-persona-choice = (le Président du scénario choisirait ceci)
chair-blocked = Le rapport a été bloqué par { $delegations }. Rendez-leur quelque chose ou coupez ce qu'ils ne peuvent accepter, puis relancez le vote.
chair-own-edits = Vos propres modifications avant la révision
chair-own-edits-hint = Le Président peut couper un texte contesté dont personne n'a demandé la suppression (le libellé du projet qui avait des soutiens passe dans votre résumé), et rétablir un libellé antérieur pour qui bloquerait sinon.
chair-cut = Couper
chair-contested-clause = par. { $paragraph } (contesté) : { $text }
chair-restore = Rétablir
chair-restore-clause = { $clause } du projet zéro : « { $text } »
chair-vote-again = Relancer le vote
chair-issue-revision = Publier la révision

## Le bilan du Président
## $chair : surgical, clean-text ou balanced-package ; $outcome : proposal, kept, compromise,
## agreed ou deleted ($wording nomme le compromis ou le libellé agréé).

chair-debrief-would = { $chair ->
        [surgical] un Président chirurgical
        [clean-text] un Président « texte épuré »
       *[balanced-package] un Président « compromis global »
    } { $outcome ->
        [proposal] reprendrait la proposition
        [kept] conserverait le texte
        [compromise] proposerait le compromis « { $wording } »
        [agreed] reviendrait à « { $wording } »
        [friends] retiendrait le libellé des amis « { $wording } »
       *[deleted] supprimerait la clause
    }
chair-debrief-ruling = #{ $id } ({ $edit }) : vous avez choisi de { $outcome ->
        [proposal] reprendre la proposition
        [kept] conserver le texte
        [compromise] proposer le compromis « { $wording } »
        [agreed] revenir à « { $wording } »
        [friends] retenir le libellé des amis « { $wording } »
       *[deleted] supprimer la clause
    } ; { $others }
chair-debrief-nothing = Vous n'aviez rien sur quoi statuer.
chair-debrief-same = Vous avez statué comme le Président du scénario l'aurait fait dans { $same } cas sur { $total }.
chair-debrief-balance-worst = Équilibre : le bloc le plus souvent incapable d'accepter vos décisions a été { $bloc } ({ $count } sur { $total }).
chair-debrief-balance-even = Équilibre : chacune de vos décisions était acceptable pour tous les États membres.
chair-debrief-heading = Vos décisions de Président
chair-debrief-score = Score { $total } — consensus { $consensus }, texte conservé { $retained }, équilibre { $balance }
chair-debrief-score-hint = Moitié pour le consensus atteint (moins la part des États qui se sont dissociés), un quart pour les paragraphes du projet zéro encore dans le texte, un quart pour l'équilibre : aucun bloc incapable, décision après décision, d'accepter vos choix.

## Et si

whatif-heading = Et si…
whatif-no-moves = Aucun de vos coups à reprendre.
whatif-hint = Revenez au moment précédant l'un des coups ci-dessous et rejouez à partir de là ; la nouvelle partie est enregistrée à côté de celle-ci. Au clavier : Bas atteint le premier coup, les flèches parcourent la liste, Entrée rejoue.
whatif-the-chair = Le Président
whatif-the-facilitator = L'animateur
whatif-play-on = Rejouer à partir d'ici
whatif-original-unreadable = La partie d'origine ne peut pas être lue ({ $error }).
whatif-fate-kept = conservé tel quel
whatif-fate-amended = modifié
whatif-fate-deleted = supprimé
whatif-fate-added = ajouté
whatif-fate-never-added = jamais ajouté
whatif-para = par. { $paragraph } : { $here } ici, { $there } dans l'original
whatif-outcome-adopted = adopté
whatif-outcome-failed = non adopté
whatif-outcome-not-voted = pas encore mis aux voix
whatif-summary = Variante lancée avant le coup { $move_number } de l'original. { $count ->
        [one] { $count } paragraphe a connu un sort différent
       *[other] { $count } paragraphes ont connu un sort différent
    } ; le rapport : { $here } ici, { $there } dans l'original.

## Adoption

adoption-heading = Le Président appelle à l'adoption
adoption-intro = { $delegation } : le texte final est devant la salle. Joignez-vous au consensus, en vous dissociant au besoin de paragraphes, ou bloquez-le. [J] se joindre · [D] se dissocier des paragraphes cochés · [B] bloquer
adoption-priorities = Vos priorités dans ce texte
adoption-met = ✔ atteint : { $objective }
adoption-missed = ✖ manqué : { $objective }
adoption-this-vote = ○ décidé par ce vote : { $objective }

## Ce que vous auriez pu faire ($action est un coup tel que le compte rendu le formule)

hindsight-met = « { $objective } » : si { $delegation } avait suivi l'avis du conseiller à son coup { $move_number } ({ $action }), l'objectif aurait été atteint, la suite de la partie rejouée.
hindsight-not-met = « { $objective } » : aucun des cinq meilleurs coups proposés par le conseiller au coup { $move_number } de { $delegation } (le premier : { $delegation } { $action }) ne l'aurait atteint, partie rejouée : il fallait plus d'un coup, ou la salle n'en voulait pas.
hindsight-nothing-open = « { $objective } » : au coup { $move_number } de { $delegation }, le dernier avant que l'objectif ne soit tranché, le conseiller n'avait rien d'autre à proposer que passer : aucun coup isolé ne pouvait alors l'atteindre.
hindsight-move-same = Tour { $round }, coup { $move_number } : { $action }. Sans lui, la partie aurait fini de même.
hindsight-move-changed = Tour { $round }, coup { $move_number } : { $action }. Sans lui : { $changes }.
hindsight-move-paragraph = ¶ { $paragraph } { $with } avec, { $without } sans
hindsight-move-outcome = Le rapport : { $with } avec, { $without } sans.
projector-table = Table { $table } sur { $tables }
projector-any-objection = Le Président demande : y a-t-il des objections ?
projector-speaking = Les délégations prennent la parole
projector-waiting = La salle attend : { $seats }
projector-floor = En discussion ({ $count })
projector-stances = { $support } soutiennent · { $accept } acceptent · { $reserve } réserves · { $object } s'opposent
projector-chair = Le Président
projector-before-start = La séance n'a pas encore commencé. Étudiants à leur siège :
projector-chair-none = Aucune décision encore : le Président tranche ce qui est contesté à la fin de la phase.
projector-deleted = supprimé
projector-legend = En rouge : encore contesté · en orange : amendements devant la salle · barré : supprimé
