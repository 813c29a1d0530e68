# The negotiation table: the top bar, the composer and its cards, the amendments on the
# floor, the room, the objectives, the outline, the draft, the coach and the Chair's feed.

table-leave = Leave the table (saved)
table-menu-title = Menu
table-quit-game = Quit the game
table-keys-title = Keys
table-keys-hint = Keys work whatever has focus, except while typing in the composer (Esc leaves it).
table-instructions-title = Your instructions

clock-round = { $phase } — round { $round } of { $rounds }
clock-interventions = { $delegation }: { $count ->
    [one] 1 intervention
   *[other] { $count } interventions
} left this phase
clock-idle-round = Nothing tabled yet this round: if nothing is, the Chair closes the phase after it
clock-your-floor = You have the floor
clock-any-objection = The Chair asks: any objection?
clock-adoption = Adoption
clock-waiting = Waiting
clock-paused = ⏸ The facilitator has paused the room
clock-paused-wait = nothing can be done until the room resumes
clock-consensus = Consensus
clock-would-join = { $percent }% would join

composer-title = Composer
composer-op-replace = Replace a clause
composer-op-insert = Insert a clause
composer-op-delete = Delete a clause
composer-op-move = Move a paragraph
composer-op-new-paragraph = New paragraph
composer-choose-clause = choose a clause
composer-choose-paragraph = choose a paragraph
composer-number = number
composer-section = section
composer-choose = choose
composer-wording-hint = Wording of your amendment
composer-read-as = The room will read this as: { $tags }
composer-read-as-nothing = The room will read this as: nothing it cares about
composer-predicted = Predicted: { $support } support; objections from { $objectors }
composer-predicted-none = Predicted: { $support } support; objections from nobody
composer-predicted-objections = Predicted objections: { $count }
composer-lobby-on = Lobby { $delegation } on #{ $amendment }
composer-threats-believed = threats believed: { $count }
composer-threats-hint = The Chair answers a warning that you cannot live with an amendment like a red line, twice a session. Each warning cools the room a little; joining a text that took in what you warned about isolates you, and you are not believed again.
composer-select-hint = Up/Down: select an amendment

cards-spent = already settled in the text
cards-target-gone = the text it amends is gone
cards-paragraph-pending = paragraph { $paragraph } has an amendment pending
cards-cannot-table-now = Cannot be tabled now: { $reason }.
cards-capital = Your capital's cards:
cards-none = none
cards-all = All amendment cards ({ $count })
cards-search-hint = search the cards
cards-only-paragraph = only paragraph { $paragraph }

floor-title = On the floor ({ $count })
floor-tab = On the floor ({ $count })
floor-empty = Nothing is on the floor.
floor-held = { $answer ->
    [co-sponsor] you co-sponsor
    [threaten] you cannot live with it
   *[object] you object
} (held until every answer is in)
floor-bracketed = bracketed

room-title = The room
room-on-amendment = The room on #{ $amendment }   (+ support  = accept  ~ reservation  ✖ object)
room-support = support
room-accept = accept
room-reservation = reservation
room-object = object
room-pick-seat = Pick a seat (click, or , and .) to read its reasons.
room-select-amendment = { $delegation }: select an amendment to read its stance.
room-stance-score = { $name } on #{ $id }: { $stance } (score { $score })
room-stance = { $name } on #{ $id }: { $stance }.
room-not-answered = { $name } on #{ $id }: has not answered.

objectives-title = Your objectives ({ $met } of { $total } points met as the text stands)
objectives-held = (already in the draft: counts half)
objectives-handed-over = (met without you: earns half)
objectives-at-the-vote = (decided at the vote)
objectives-settled = (settled)

outline-title = Outline
outline-agreed = agreed
outline-bracketed = bracketed
outline-contested = contested
outline-deleted = deleted

draft-title = The draft — changes since { $revision }
draft-moved-from = (moved from { $paragraph })
draft-deleted = (deleted)

coach-title = The coach
coach-nothing = Nothing to advise: the room is not waiting for you.
coach-worth = (worth { $value })
coach-do-this = Do this
coach-no-objection = No objection predicted.
coach-predicted-objections = Predicted objections: { $names }

chair-feed-title = The Chair and the room
chair-feed-revision-did = In this revision the Chair took in { $taken }, put its own wording for { $reworded }, kept { $kept } as they stood, deleted { $deleted } and sent { $summary } to its summary.
