# L'écran titre, les réglages, la bibliothèque de scénarios, le choix d'une délégation, les
# instructions et le passage de l'écran, l'aide des touches.

settings-text-size = Taille du texte
settings-colour-blind = Palette adaptée au daltonisme
settings-fullscreen = Plein écran
settings-language = Langue
settings-not-saved = Les réglages n'ont pas pu être enregistrés : { $error }

## Écran titre

title-tagline = Un jeu de négociation pour rédiger par consensus
title-intro = Vous êtes une délégation nationale dans un groupe de travail de l'ONU. Présentez des amendements, formez des coalitions et proposez des formulations qui sauvent la face ; le Président mettra entre crochets, proposera des compromis et supprimera pour parvenir au consensus.
title-settings = Réglages
title-resume = Reprendre une partie enregistrée
title-reading-saves = Lecture de vos parties enregistrées…
title-cannot-resume = Impossible de reprendre cette sauvegarde (elle n'a pas été modifiée) : { $error }
# Une partie enregistrée : $title est le titre du scénario, $who les délégations jouées, $rounds les tours terminés.
title-save = { $title } — { $who }, après { $rounds ->
        [one] { $rounds } tour
       *[other] { $rounds } tours
    }
title-save-chair = { $title } — à la présidence, après { $rounds ->
        [one] { $rounds } tour
       *[other] { $rounds } tours
    }
title-save-unreadable = { $file } (illisible)

## Bibliothèque de scénarios

library-heading = Bibliothèque de scénarios
# $shipped : le dossier de scénarios du jeu ; $own : celui du joueur.
library-intro = Les scénarios fournis avec le jeu, les fichiers de { $shipped } (un fichier de même nom y remplace le scénario fourni) et les vôtres dans { $own }. Les fichiers sont relus quand ils changent. Haut/Bas pour choisir, Entrée pour ouvrir, Échap pour revenir.
library-entry = { $body } · { $phases } phases, { $rounds } tours · { $delegations } délégations en { $blocs } blocs ({ $playable } jouables) · { $path }
library-unplayable = ✖ { $title } — injouable
library-none = Aucun scénario trouvé.

## Choix des délégations

choose-delegation = Choisissez votre délégation — plusieurs pour jouer à tour de rôle sur cet écran (Haut/Bas, Espace pour choisir)
choose-chair = Présider le groupe de travail : vous tranchez ce qui est entre crochets (seul, ou avec les délégations cochées ci-dessus jouées par d'autres sur cet écran)
choose-difficulty = Difficulté
choose-seed = Graine
choose-take-chair = Prendre la présidence
choose-read-briefing = Lire les instructions

## Difficulté et parties enregistrées

play-difficulty-easy = Facile — les réactions de la salle sont entièrement prévues
play-difficulty-normal = Normal — vous voyez combien s'opposeraient
play-difficulty-hard = Difficile — aucune prévision
play-save-not-written = impossible d'écrire le fichier de sauvegarde : { $error }
play-branch-not-written = impossible d'écrire le fichier de sauvegarde de la variante : { $error }
play-bad-save-name = « { $name } » ne peut pas nommer un fichier de sauvegarde
play-not-saved = La partie n'a pas pu être enregistrée : { $error }
play-replayed = Cette sauvegarde provient d'une version antérieure de Zero Draft. { $applied } de ses { $total } coups ont été rejoués selon les règles actuelles ; la salle a donc pu répondre autrement.
play-seal-broken = { $file } : cette sauvegarde a été modifiée après son écriture par Zero Draft (sa signature ne correspond pas) ; elle n'est donc pas reprise. La ligne de commande la lit avec `zero-draft replay --unverified`.
play-what-if = Et si : la partie telle qu'elle était avant le coup { $number }.

## Instructions

briefing-heading = Instructions : { $delegation }
language-en = anglais
language-fr = français
language-es = espagnol
briefing-untranslated-all = Ce scénario est rédigé en { $written } et n'a pas de traduction française : ses textes s'affichent tels qu'ils sont écrits.
briefing-untranslated-some = { $count ->
    [one] Un texte de ce scénario n'a pas de traduction française et s'affiche tel qu'il est écrit ({ $written }) ; `zero-draft validate` indique où.
   *[other] { $count } textes de ce scénario n'ont pas de traduction française et s'affichent tels qu'ils sont écrits ({ $written }) ; `zero-draft validate` indique où.
}
briefing-situation = La situation
briefing-capital = De votre capitale (confidentiel)
briefing-priorities = Priorités
# Après ✔ ou ○.
briefing-objective-met = { $objective } (poids { $weight }) — atteint par le texte actuel
briefing-objective-open = { $objective } (poids { $weight }) — pas encore atteint
briefing-scoring = Comment vous êtes noté
briefing-red-lines = Lignes rouges
# $idea : une idée du scénario ; $section : une section du projet.
briefing-red-keep = { $idea } doit rester dans le texte
briefing-red-keep-in = { $idea } doit rester dans le texte (section « { $section } »)
briefing-red-never = { $idea } ne doit jamais entrer dans le texte
briefing-red-never-in = { $idea } ne doit jamais entrer dans le texte (section « { $section } »)
briefing-allies = Alliés
briefing-no-allies = aucun dans votre bloc
briefing-ideas = Idées à surveiller : { $ideas }
briefing-take-seat = Prendre place

## Passage de l'écran

handoff-pass-to = Passez l'appareil à la délégation : { $delegation }
handoff-pass-to-chair = Passez l'appareil au Président
handoff-hidden = Les instructions de la délégation précédente sont masquées. Quand le joueur suivant est installé :
handoff-i-am = C'est moi : { $delegation }
handoff-i-am-chair = Je suis le Président

## Touches : les mots habituels du bouton de chaque raccourci

keys-new-game = Nouvelle partie
keys-resume = Reprendre
keys-quit = Quitter
keys-next = Suivant
keys-previous = Précédent
keys-pick = Choisir
keys-continue = Continuer
keys-back = Retour
keys-table = Présenter l'amendement
keys-pass = Passer
keys-co-sponsor = Coparrainer
keys-object = S'opposer
keys-threaten = Inacceptable pour nous
keys-briefing = Vos instructions
keys-coach = Conseiller
keys-help = Menu
keys-lobby = Démarcher
keys-next-seat = Délégation suivante
keys-previous-seat = Délégation précédente
keys-withdraw = Retirer
keys-join = Se joindre au consensus
keys-dissociate = Se joindre et se dissocier
keys-block = Bloquer
keys-suggestion = Suggestion 1 du conseiller (2, 3 : les suivantes)
keys-floor-tab = La séance et la salle
keys-feed-tab = La présidence et la salle
keys-next-card = Carte d'amendement suivante (Entrée la présente)
keys-corridor-tab = Les couloirs
keys-sound = Sonder la délégation choisie dans la salle sur l'amendement sélectionné
keys-make-offer = Faire l'offre
keys-accept-offer = Accepter l'offre en attente
keys-decline-offer = Refuser l'offre en attente
keys-new-seed = Nouvelle graine
keys-export = Exporter le rapport et la rediffusion

key-esc = Échap
key-down = Bas
key-up = Haut
key-enter = Entrée
key-space = Espace
key-ctrl = Ctrl
