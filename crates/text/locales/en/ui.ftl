# The title screen, settings, the scenario library, choosing a delegation, briefings and
# hand-overs, the keys overlay.

settings-text-size = Text size
settings-colour-blind = Colour-blind-safe palette
settings-fullscreen = Full screen
settings-language = Language
settings-not-saved = Settings could not be saved: { $error }

## Title screen

title-tagline = A consensus-drafting negotiation game
title-intro = You are a national delegation in a UN working group. Table amendments, build coalitions and offer face-saving wording; the Chair will bracket, compromise and delete to reach consensus.
title-settings = Settings
title-resume = Resume a saved game
title-reading-saves = Reading your saved games…
title-cannot-resume = This save cannot be resumed (it was left untouched): { $error }
# A saved game: $title is the scenario's title, $who the delegations played, $rounds the rounds ended.
title-save = { $title } — { $who }, after { $rounds } round(s)
title-save-chair = { $title } — in the Chair, after { $rounds } round(s)
title-save-unreadable = { $file } (cannot be read)

## Scenario library

library-heading = Scenario library
# $shipped: the game's scenarios folder; $own: the player's.
library-intro = The scenarios that come with the game, the files in { $shipped } (a file there replaces a built-in scenario of the same name) and your own in { $own }. Files are re-read when they change. Up/Down to choose, Enter to open, Esc to go back.
library-entry = { $body } · { $phases ->
    [one] { $phases } phase
   *[other] { $phases } phases
}, { $rounds ->
    [one] { $rounds } round
   *[other] { $rounds } rounds
} · { $delegations } delegations in { $blocs } blocs ({ $playable } playable) · { $path }
library-unplayable = ✖ { $title } — cannot be played
library-none = No scenarios found.

## Choosing delegations

choose-delegation = Choose your delegation — several for hot-seat play (Up/Down, Space to pick)
choose-chair = Chair the working group: you rule on what is bracketed (alone, or with the delegations ticked above played by others at this screen)
choose-difficulty = Difficulty
choose-seed = Seed
choose-take-chair = Take the Chair
choose-read-briefing = Read the briefing

## Difficulty and saved games

play-difficulty-easy = Easy — the room's reactions are predicted in full
play-difficulty-normal = Normal — you see how many would object
play-difficulty-hard = Hard — no predictions
play-save-not-written = cannot write the save file: { $error }
play-branch-not-written = cannot write the branch's save file: { $error }
play-bad-save-name = "{ $name }" cannot name a save file
play-not-saved = The game could not be saved: { $error }
play-replayed = This save comes from an earlier version of Zero Draft. Its { $applied } of { $total } moves were played again under today's rules, so the room may have answered differently.
play-seal-broken = { $file }: this save was changed after Zero Draft wrote it (its signature does not match), so it is not resumed. The command line reads it with `zero-draft replay --unverified`.
play-what-if = What if: the game as it stood before move { $number }.

## Briefing

briefing-heading = Instructions for { $delegation }
language-en = English
language-fr = French
language-es = Spanish
briefing-untranslated-all = This scenario is written in { $written } and has no English translation: its texts show as written.
briefing-untranslated-some = { $count ->
    [one] One text of this scenario has no English translation and shows as written ({ $written }); `zero-draft validate` lists where.
   *[other] { $count } texts of this scenario have no English translation and show as written ({ $written }); `zero-draft validate` lists where.
}
briefing-situation = The situation
briefing-capital = From your capital (private)
briefing-priorities = Priorities
# After ✔ or ○.
briefing-objective-met = { $objective } (weight { $weight }) — met by the text as it stands
briefing-objective-open = { $objective } (weight { $weight }) — not met yet
briefing-scoring = How you are scored
briefing-red-lines = Red lines
# $idea: an idea of the scenario; $section: a section of the draft.
briefing-red-keep = { $idea } must stay in the text
briefing-red-keep-in = { $idea } must stay in the text in { $section }
briefing-red-never = { $idea } must never enter the text
briefing-red-never-in = { $idea } must never enter the text in { $section }
briefing-allies = Allies
briefing-no-allies = none in your bloc
briefing-ideas = Ideas to watch: { $ideas }
briefing-take-seat = Take your seat

## Hand-over

handoff-pass-to = Pass the device to { $delegation }
handoff-pass-to-chair = Pass the device to the Chair
handoff-hidden = The previous delegation's instructions are hidden. When the next player is seated:
handoff-i-am = I am { $delegation }
handoff-i-am-chair = I am the Chair

## Keys: the usual words of each shortcut's button

keys-new-game = New game
keys-resume = Resume
keys-quit = Quit
keys-next = Next
keys-previous = Previous
keys-pick = Pick
keys-continue = Continue
keys-back = Back
keys-table = Table amendment
keys-pass = Pass
keys-co-sponsor = Co-sponsor
keys-object = Object
keys-threaten = Cannot live with it
keys-briefing = Your instructions
keys-coach = Coach
keys-help = Menu
keys-lobby = Lobby
keys-next-seat = Next delegation
keys-previous-seat = Previous delegation
keys-withdraw = Withdraw
keys-join = Join consensus
keys-dissociate = Join and dissociate
keys-block = Block
keys-suggestion = The coach's suggestion 1 (2, 3: the next)
keys-floor-tab = The floor and the room
keys-feed-tab = The Chair and the room
keys-next-card = Next amendment card (Enter tables it)
keys-corridor-tab = The corridor
keys-sound = Sound out the delegation picked in the room on the selected amendment
keys-make-offer = Make the offer
keys-accept-offer = Accept the offer waiting
keys-decline-offer = Decline the offer waiting
keys-new-seed = New seed
keys-export = Export report and replay

key-esc = Esc
key-down = Down
key-up = Up
key-enter = Enter
key-space = Space
key-ctrl = Ctrl
