## Les couloirs : sondages, offres et promesses hors séance

corridor-pledge-no-objection = laisse passer le n° { $amendment }
corridor-pledge-co-sponsor = coparraine le n° { $amendment }
corridor-pledge-withdraw = retire le n° { $amendment }
corridor-pledge-back-card = coparraine { $card } quand elle sera présentée
corridor-quoted = « { $text } »
corridor-pledge-join = se rallie au consensus lors du vote
corridor-and = {" "}et{" "}
corridor-about-amendment = l'amendement n° { $amendment }
corridor-about-wording = un libellé : { $edit }
corridor-command-sound = sonde { $delegation } sur { $about }
corridor-command-offer = propose à { $delegation } : elle { $give }, si l'autre { $want }
corridor-command-accept = accepte l'offre { $offer }
corridor-command-decline = refuse l'offre { $offer }
corridor-would-support = l'appuierait
corridor-would-accept = pourrait s'en accommoder
corridor-would-reserve = pourrait s'en accommoder, avec des réserves
corridor-would-object = ne pourrait pas l'accepter
corridor-sounding-answer = { $delegation } sur { $about } : { $stance }{ $reasons }
corridor-sounding-withheld = { $delegation } sur { $about } : « nous consultons encore la capitale » ({ $why })
corridor-withheld-distrust = elle ne vous fait pas assez confiance pour le dire
corridor-withheld-broken = vous avez manqué à une promesse envers elle ou son groupe
corridor-withheld-guarded = son groupe se raidit et ne dévoile son jeu qu'à ses amis
corridor-offer = Offre { $number }, de { $from } à { $to } : { $from } { $give }, si { $to } { $want } — { $state }
corridor-offer-open = en attente de réponse
corridor-offer-accepted = acceptée
corridor-offer-declined = refusée
corridor-offer-lapsed = dépassée par la séance
corridor-reason-gain = ce qu'elle y gagne : { $value }
corridor-reason-cost = ce qu'elle y perd : { $value }
corridor-reason-trust = sa confiance en vous : { $value }
corridor-reason-cannot-live = elle ne pourrait pas accepter ceci : { $pledge }
corridor-reason-broken-before = vous avez manqué à une promesse envers elle ou son groupe
corridor-promise = { $by } { $pledge } (promis à { $to }) — { $state }
corridor-promise-pending = à tenir
corridor-promise-kept = tenue
corridor-promise-broken = rompue
corridor-promise-released = déliée : l'autre partie a manqué à sa parole la première
corridor-relented = n° { $amendment } : { $delegation } ne s'y oppose plus
corridor-refusal-no-time = Plus de temps dans les couloirs pour ce tour : trois sondages ou offres par tour.
corridor-refusal-itself = Une délégation ne négocie pas avec elle-même : choisissez-en une autre.
corridor-refusal-empty-side = Une offre donne et demande quelque chose : remplissez les deux côtés.
corridor-refusal-too-many = Au plus { $count } gestes de chaque côté d'une offre.
corridor-refusal-unfit = Ce geste ne peut pas être promis maintenant : { $pledge }.
corridor-refusal-no-offer = Aucune offre { $offer } n'attend votre réponse.
corridor-refusal-person = { $delegation } est jouée par une personne, qui répond elle-même : faites-lui une offre, ou posez la question en séance.

## The corridor tab

corridor-tab = Couloirs{ $waiting ->
    [0] {""}
    [one] {" "}(1 offre en attente)
   *[other] {" "}({ $waiting } offres en attente)
}
corridor-heading = Les couloirs — { $moves ->
    [0] plus de temps pour ce tour
    [one] le temps d'un dernier échange pour ce tour
   *[other] le temps de { $moves } échanges pour ce tour
}
corridor-private = Seules votre délégation et celle à qui vous parlez savent ce qui se dit ici. Ses réponses sont sa lecture honnête ; une délégation méfiante ou sur la réserve peut garder le silence.
corridor-choose = choisir…
corridor-accept = Accepter
corridor-decline = Refuser
corridor-pick-someone = Choisissez une délégation dans la salle (cliquez un siège dans l'onglet de la séance, ou , et .) pour lui parler.
corridor-with = Avec { $delegation } :
corridor-sound-amendment = Pourriez-vous accepter le n° { $amendment } ?
corridor-sound-wording = Pourriez-vous accepter mon libellé ?
corridor-you-give = Vous :
corridor-you-ask = Si { $delegation } :
corridor-make-offer = Faire l'offre
corridor-nothing-yet = Rien n'a encore été dit dans les couloirs.

## The debrief's corridor

corridor-did-support = l'a appuyé
corridor-did-accept = l'a laissé passer
corridor-did-reserve = l'a laissé passer avec des réserves
corridor-did-object = s'y est opposée
debrief-corridor = Dans les couloirs
debrief-corridor-said-did = Ce qu'on vous a dit, et ce qui a été fait
debrief-corridor-as-said = ✔ en séance, elle a fait ce qu'elle avait dit
debrief-corridor-otherwise = ✖ en séance, elle { $did } : elle a changé d'avis (ou la situation a changé depuis)
debrief-corridor-then = en séance, elle { $did }
debrief-corridor-not-tabled = n'est jamais venu en séance
debrief-corridor-offers = Offres et promesses
corridor-advice-accept = Le conseiller, selon vos instructions : à accepter ({ $why })
corridor-advice-decline = Le conseiller, selon vos instructions : n'en vaut pas la peine ({ $why })
corridor-advice-gain = vous y gagnez { $value }
corridor-advice-cost = vous y perdez { $value }
corridor-advice-trust = votre confiance en eux : { $value }
corridor-advice-cannot-live = vos instructions ne permettent pas ceci : { $pledge }
corridor-advice-broken-before = ils ont manqué à une promesse envers vous ou votre groupe

## The Chair's informal consultations

corridor-chair-consulted = n° { $amendment } : le Président a tenu des consultations informelles avec { $delegations }
corridor-chair-consulted-wordings = { $consulted } ; libellés apportés : { $wordings }
corridor-wording-brought = { $delegation }, « { $wording } »
corridor-command-consult = indique au Président les options sur le n° { $amendment } qu'elle pourrait accepter
corridor-refusal-not-invited = Le Président ne consulte sur le n° { $amendment } que son auteur et ceux qui s'y sont opposés.
corridor-refusal-cannot-bring = « { $card } » ne peut être apporté aux consultations sur le n° { $amendment } : apportez une de vos cartes, encore disponible, pour le même paragraphe.
corridor-invitation = Le Président vous invite à des consultations informelles sur le n° { $amendment } : laquelle de ses options pourriez-vous accepter ?
corridor-bring = Apporter votre libellé :
corridor-bring-none = (aucun)
corridor-tell-chair = Répondre au Président
corridor-told-chair = Vous avez répondu au Président ; vous pouvez changer d'avis jusqu'à sa décision.
corridor-consultations = Les consultations du Président
corridor-refusal-engine-played = { $delegation } est jouée par l'ordinateur : personne ne parle en son nom de l'extérieur.

## The coach in the corridor

corridor-coach = Le conseiller suggère, pour rallier des soutiens à vos cartes :
corridor-coach-make = Faire cette offre
corridor-coach-offer = à { $delegation } : vous { $give }, si elle { $want } — { $verdict }
corridor-coach-would-accept = elle accepterait probablement
corridor-coach-would-decline = elle refuserait probablement
