# Le compte rendu de la partie : une ligne par événement, motifs, actions, modifications et
# refus (journal et bilan du jeu, `replay`), et le rapport exporté.

## Clauses et modifications.

words-clause-sentence = la phrase { $n } du par. { $paragraph }
words-clause-added = une phrase ajoutée au par. { $paragraph }
words-clause = la clause { $clause }
words-clause-of-para = la clause { $clause } du par. { $paragraph }
words-edit-insert = insérer au par. { $paragraph } : « { $text } »
words-edit-delete = supprimer { $clause }
words-edit-replace = remplacer { $clause } par « { $text } »
words-edit-move = déplacer le par. { $paragraph } vers la section { $section }
words-edit-new-paragraph = nouveau par. { $paragraph } dans la section { $section } : « { $text } »

## Ce que fait une délégation.

words-action-table = présente : { $edit }
words-command-rule = tranche sur l'amendement { $amendment }
words-command-cut = supprime { $clause }
words-command-restore = rétablit { $clause } du projet zéro
words-command-issue-revision = publie la révision
words-command-inject = introduit l'événement « { $event } »
words-command-announce = annonce à la salle : « { $text } »
words-command-change-rounds = { $rounds ->
    [-1] raccourcit la phase d'un tour
    [1] allonge la phase d'un tour
   *[other] modifie la durée de la phase de { $rounds } tours
}
words-command-pause = suspend la séance
words-command-end-session = met fin à la session avant le vote
words-command-resume = reprend la séance
words-command-control = confie un siège à un autre joueur
words-command-reseed = tire de nouveaux dés pour la salle
revision-zero-draft = Projet zéro
revision-final-text = Texte final
revision-number = Rév.{ $number }
words-action-card = présente la carte « { $title } »
words-action-co-sponsor = coparraine l'amendement { $amendment }
words-action-object = s'oppose à l'amendement { $amendment }
words-action-threaten = avertit ne pas pouvoir accepter l'amendement { $amendment }
words-action-lobby = sollicite { $delegation } sur l'amendement { $amendment }
words-action-withdraw = retire l'amendement { $amendment }
words-action-pass = passe son tour
words-action-join = se rallie au consensus
words-action-dissociate = se dissocie du par. { $paragraphs }
words-action-block = bloque le consensus

## Motifs.

words-reason-scope = { $tag } dans la section { $section }
words-reason-added = { $subject } — { $clause } ajoutée : { $value }
words-reason-removed = { $subject } — { $clause } supprimée : { $value }
words-reason-red-line-crossed = ligne rouge franchie sur { $subject }
words-reason-red-line-restored = ligne rouge rétablie sur { $subject }
words-reason-trust = confiance envers { $delegation } ({ $trust }) : { $effect }
words-reason-cohesion = suit { $leader }, chef de file du groupe ({ $change }) : { $effect }
words-reason-noise = humeur de la salle : { $value }
words-reason-tolerance = tolère des pertes jusqu'à { $value }

## Événements.

words-session-opened-ai = Séance ouverte : { $scenario }, graine { $seed } (IA seule)
words-session-opened-players = Séance ouverte : { $scenario }, graine { $seed } (joueurs : { $players })
words-phase-started = { $name } ({ $rounds ->
        [one] { $rounds } tour
       *[other] { $rounds } tours
    })
words-round-started = tour { $round }
words-happened = Événement : { $description }
words-tabled = #{ $amendment } { $proposer } présente : { $edit }
words-tabled-card = #{ $amendment } { $proposer } présente [carte { $card }] : { $edit }
words-reacted = #{ $amendment } salle : { $support } pour, { $accept } sans objection, { $reservation } avec réserves, { $object } contre
words-co-sponsored = #{ $amendment } coparrainé par { $delegation }
words-objected = #{ $amendment } objection : { $delegation }
words-threatened = #{ $amendment } : { $delegation } avertit ne pas pouvoir l'accepter et pourrait bloquer
words-threatened-again = #{ $amendment } : { $delegation } menace à nouveau de bloquer ; la salle n'y croit plus
words-lobbied-firm = #{ $amendment } : { $by } sollicite { $target }, qui ne peut l'accepter et tient bon
words-lobbied = #{ $amendment } : sollicitation de { $by } ; objection levée par { $persuaded }
words-chair-scored = Score du Président : { $total } (consensus { $consensus }, texte conservé { $retained }, équilibre { $balance })
words-empty-threat = { $delegation } se rallie malgré sa menace de bloquer sur #{ $amendments } : la salle en prend note
words-withdrawn = #{ $amendment } retiré
words-passed = { $delegation } passe son tour
words-amendment-adopted = #{ $amendment } adopté sans objection
words-bracketed = #{ $amendment } mis entre crochets (objections : { $delegations })
words-lapsed = #{ $amendment } caduc : { $reason }
words-lapsed-text-changed = le texte qu'il modifie a changé
words-round-ended = tour { $round } clos ; satisfaction : { $satisfaction }
words-chair-decision = Le Président sur #{ $amendment } : { $decision }
words-chair-decision-opposed = Le Président sur #{ $amendment } : { $decision } ({ $opposed })
words-chair-proposal = intègre la proposition au texte
words-chair-kept = maintient le texte existant
words-chair-compromise = propose un libellé de compromis « { $wording } »
words-chair-agreed-language = revient au libellé agréé « { $wording } »
words-chair-friends-wording = retient le libellé apporté aux consultations par { $delegation }, « { $wording } »
words-chair-deleted = supprime le texte contesté
words-chair-still-unsatisfied = aucune modification n'a fait consensus ; toujours insatisfaits : { $delegations }
words-chair-still-opposed = toujours opposés : { $delegations }
words-moved-to-summary = #{ $amendment } renvoyé au résumé du Président
words-draft-to-summary = Le Président reporte dans son résumé le libellé retiré du par. { $paragraph }, soutenu par { $delegations } : « { $text } »
words-revision-issued = Le Président publie { $name }
words-adoption-called = Le Président appelle à l'adoption (tentative { $attempt })
words-position-join = { $delegation } se rallie au consensus
words-position-dissociate = { $delegation } se rallie, en se dissociant du par. { $paragraphs }
words-position-block = { $delegation } bloque le consensus
words-stripped = Le Président retire { $clause } pour satisfaire { $delegations }
words-chair-cuts-contested = Le Président supprime une clause du par. { $paragraph } à l'approche de l'échéance : elle reste contestée par { $delegations } et chacun peut s'en passer
words-chair-cuts-package = Le Président supprime une clause du par. { $paragraph } pour que l'ensemble reste acceptable pour { $delegations }, faute de quoi le consensus serait bloqué
words-chair-cuts-after-block = Le Président supprime une clause du par. { $paragraph } pour ramener { $delegations } au consensus
words-chair-restores-contested = Le Président rétablit le libellé antérieur du par. { $paragraph } à l'approche de l'échéance : la modification reste contestée par { $delegations } et chacun peut s'en passer
words-chair-restores-package = Le Président rétablit le libellé antérieur du par. { $paragraph } pour que l'ensemble reste acceptable pour { $delegations }, faute de quoi le consensus serait bloqué
words-chair-restores-after-block = Le Président rétablit le libellé antérieur du par. { $paragraph } pour ramener { $delegations } au consensus
words-report-adopted = Le rapport est adopté.
words-report-failed = Le rapport n'est pas adopté : pas de consensus.
words-seat-chair = Le Président
words-seat-facilitator = Le facilitateur
words-control-ai = { $seat } : l'IA prend la main
words-control-person = { $seat } : un joueur prend la main
words-control-remote = { $seat } : un joueur en réseau prend la main
words-control-script = { $seat } : un script prend la main
words-paused = Le facilitateur suspend la séance.
words-resumed = Le facilitateur reprend la séance.
words-announced = Facilitateur : { $text }
words-rounds-changed = Le facilitateur fixe la phase { $phase } à { $rounds ->
        [one] { $rounds } tour
       *[other] { $rounds } tours
    }
words-reseeded = Un autre cours des événements commence ici (graine { $seed })
words-scored = { $delegation } : score { $total } (objectifs { $objectives }, consensus { $consensus }, relations { $relationships })

## Refus.

words-refusal-wrong-stage = Impossible de { $doing } maintenant : { $stage }.
words-doing-table = présenter une modification
words-doing-co-sponsor = coparrainer
words-doing-object = s'opposer
words-doing-threaten = menacer de bloquer
words-doing-lobby = solliciter une délégation
words-doing-withdraw = retirer un amendement
words-doing-pass = passer son tour
words-doing-position = prendre position
words-stage-speaking = la parole est ouverte aux propositions
words-stage-consensus = le Président demande s'il y a des objections
words-stage-adoption = le Président a appelé à l'adoption
words-stage-ruling = le Président prépare la révision
words-stage-finished = la séance est terminée
words-refusal-finished = La séance est terminée.
words-refusal-unknown-delegation = Il n'y a pas de délégation « { $delegation } » dans cette salle.
words-refusal-not-your-turn = C'est au tour de { $expected } de prendre la parole.
words-refusal-no-amendment = L'amendement #{ $amendment } n'est pas en discussion.
words-refusal-own-amendment = Vous ne pouvez ni coparrainer votre propre amendement ni vous y opposer.
words-refusal-already-responded = Vous avez déjà réagi à l'amendement #{ $amendment }.
words-refusal-not-proposer = Seul l'auteur peut retirer l'amendement #{ $amendment }.
words-refusal-no-interventions = Il ne vous reste aucune intervention dans cette phase.
words-refusal-paragraph-busy = Un amendement au paragraphe { $paragraph } est déjà en attente ; attendez la décision du Président.
words-refusal-edit = Cette modification ne peut pas être présentée : { $reason }.
words-edit-error-paragraph-deleted = le paragraphe { $paragraph } a été supprimé ; seul le Président peut en rétablir le texte
words-edit-error-no-paragraph = pas de paragraphe « { $paragraph } » dans le texte actuel
words-edit-error-no-clause = pas de clause « { $clause } » dans le texte actuel
words-edit-error-no-section = pas de section « { $section } »
words-edit-error-paragraph-exists = le paragraphe « { $paragraph } » existe déjà
words-edit-error-already-there = le paragraphe « { $paragraph } » est déjà dans la section « { $section } »
words-edit-error-empty = le libellé est vide
words-edit-error-too-long = le libellé dépasse { $limit } caractères
words-edit-error-no-change = le nouveau libellé est identique au texte actuel
words-refusal-repeated = Vous avez déjà présenté cette modification.
words-refusal-unknown-card = Il n'y a pas de carte d'amendement « { $card } ».
words-refusal-card-out-of-phase = La carte « { $card } » ne peut être déposée que pendant : { $phases }.
words-refusal-card-spent = La carte « { $card } » a déjà été utilisée.
words-refusal-cannot-block = Les parties prenantes ne peuvent pas bloquer le consensus.
words-refusal-unknown-paragraph = Il n'y a pas de paragraphe { $paragraph } dans le texte final.
words-refusal-nothing-to-dissociate = Cochez au moins un paragraphe dont vous dissocier.
words-refusal-not-this-seat = Votre siège ne le permet pas ({ $why }).
words-why-delegation-acts = seule une délégation agit
words-why-delegation-tables = seule une délégation présente des modifications
words-why-chair-rules = seul le Président statue
words-why-facilitator-runs = seul le facilitateur dirige la salle
words-why-facilitator-negotiates = le facilitateur ne négocie pas
words-why-facilitator-seat = le siège du facilitateur n'a pas de titulaire
words-refusal-paused = Le facilitateur a suspendu la séance.
words-refusal-already-answered = Vous avez déjà répondu ; les autres délibèrent encore.
words-refusal-not-ruling = Le Président ne statue pas sur des amendements en ce moment.
words-refusal-no-option = L'amendement #{ $amendment } n'a pas d'option de décision { $option }.
words-refusal-unknown-event = Le scénario ne prévoit aucun événement « { $event } ».
words-refusal-bad-announcement = Un message à la salle doit compter entre 1 et { $limit } caractères.
words-refusal-not-paused = La séance n'est pas suspendue.
words-refusal-brackets-left = Statuez sur chaque amendement entre crochets avant de publier la révision.
words-refusal-nothing-to-restore = La clause { $clause } du projet zéro figure dans le texte tel que rédigé, ou ne peut être rétablie.
words-refusal-not-an-objector = Choisissez une délégation qui s'oppose à l'amendement { $amendment } : seule une objection peut être levée par une démarche.
words-refusal-already-happened = L'événement « { $event } » a déjà eu lieu dans cette session.
words-refusal-nobody-speaks = Personne n'a la parole en ce moment.
words-setup-unknown-delegation = Ce scénario n'a pas de délégation « { $delegation } ».
words-setup-not-playable = La délégation « { $delegation } » n'est pas jouable dans ce scénario.
words-setup-duplicate = La délégation « { $delegation } » est nommée deux fois.
words-replay-setup = Impossible d'ouvrir la session : { $reason }
words-replay-action = L'entrée { $input } de l'enregistrement n'est pas valide : { $reason }
words-replay-unknown-seat = L'entrée { $input } de l'enregistrement nomme une place que ce scénario n'a pas.
words-replay-scenario-changed = Le scénario inclus dans l'enregistrement a été modifié après la partie (son empreinte ne correspond pas).
words-replay-beyond-end = L'enregistrement compte { $inputs } entrées ; il ne peut pas être coupé à { $at }.
words-replay-diverged-length = La relecture diffère de l'enregistrement : l'enregistrement compte { $recorded } événements, la relecture { $replayed } (les { $agree } premiers concordent).
words-replay-diverged-at = La relecture diffère de l'enregistrement à l'événement { $index } sur { $recorded } (les { $agree } premiers concordent).

## Le calcul du score.

words-scoring = Votre score sur 100 : 60 % pour les objectifs de votre capitale atteints dans le texte adopté (un objectif rapporte tout son poids si vous y avez œuvré en séance — présenté ou coparrainé le texte qui l'atteint, apporté ce texte aux consultations du Président, ou opposé à l'amendement qui l'aurait fait perdre ; atteint sans votre travail, il rapporte moitié, et ce que le projet zéro donne déjà pèse moitié) ; 25 % pour le consensus atteint (100 si vous vous ralliez à un rapport adopté, 70 si vous vous dissociez, rien s'il échoue ou si vous bloquez) ; 15 % pour les relations nouées (50 si la salle vous considère comme à l'ouverture, davantage pour le coparrainage et la médiation, moins pour les objections systématiques, les menaces en l'air et les blocages). Ne rien faire conserve l'estime de la salle et la moitié de ce qu'elle vous donne, sans rien gagner de plus.

## Le rapport exporté.

transcript-title = { $title } : le journal de la table
transcript-round = Tour { $round }
report-intro = { $body } — texte final après { $rounds ->
        [one] { $rounds } tour
       *[other] { $rounds } tours
    }, graine { $seed }. Les ajouts au projet zéro sont marqués comme insertions, les retraits comme suppressions.
report-outcome-adopted = Résultat : le rapport a été adopté par consensus.
report-outcome-failed = Résultat : le rapport n'a pas été adopté.
report-outcome-pending = Résultat : la séance est toujours en cours.
report-moved-from = (déplacé depuis { $section })
report-summary = Résumé du Président
report-summary-empty = Aucune proposition n'a été renvoyée au résumé du Président.
report-summary-intro = Propositions et libellés du projet qui ont recueilli un soutien sans atteindre le consensus, sous la seule responsabilité du Président :
report-summary-item = { $delegation } a proposé : { $edit }
report-summary-draft-item = Par. { $paragraph }, retiré du texte par le Président, soutenu par { $delegations } : « { $text } »
report-adoption-record = Compte rendu de l'adoption
report-explanation = explication : { $reason }
words-ended-early = L'animateur a mis fin à la session avant le vote.
