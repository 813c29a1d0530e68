## The corridor: soundings, offers and promises beneath the floor

corridor-pledge-no-objection = lets #{ $amendment } pass
corridor-pledge-co-sponsor = co-sponsors #{ $amendment }
corridor-pledge-withdraw = withdraws #{ $amendment }
corridor-pledge-back-card = co-sponsors { $card } when it is tabled
corridor-quoted = “{ $text }”
corridor-pledge-join = joins consensus at the vote
corridor-and = {" "}and{" "}
corridor-about-amendment = amendment #{ $amendment }
corridor-about-wording = a wording: { $edit }
corridor-command-sound = sounds out { $delegation } on { $about }
corridor-command-offer = offers { $delegation }: it { $give }, if they { $want }
corridor-command-accept = accepts offer { $offer }
corridor-command-decline = declines offer { $offer }
corridor-would-support = would support it
corridor-would-accept = could live with it
corridor-would-reserve = could live with it, with reservations
corridor-would-object = could not live with it
corridor-sounding-answer = { $delegation } on { $about }: { $stance }{ $reasons }
corridor-sounding-withheld = { $delegation } on { $about }: "we are still consulting capital" ({ $why })
corridor-withheld-distrust = it does not trust you enough to say
corridor-withheld-broken = you broke a promise to it or its group
corridor-withheld-guarded = its group is digging in and shows its hand only to friends
corridor-offer = Offer { $number }, { $from } to { $to }: { $from } { $give }, if { $to } { $want } — { $state }
corridor-offer-open = waiting for an answer
corridor-offer-accepted = accepted
corridor-offer-declined = declined
corridor-offer-lapsed = overtaken by the floor
corridor-reason-gain = what it gains: { $value }
corridor-reason-cost = what it gives up: { $value }
corridor-reason-trust = its trust in you: { $value }
corridor-reason-cannot-live = it could not live with this: { $pledge }
corridor-reason-broken-before = you broke a promise to it or its group
corridor-promise = { $by } { $pledge } (promised to { $to }) — { $state }
corridor-promise-pending = still to keep
corridor-promise-kept = kept
corridor-promise-broken = broken
corridor-promise-released = released: the other side broke its word first
corridor-relented = #{ $amendment }: { $delegation } no longer objects
corridor-refusal-no-time = No time left in the corridor this round: three soundings or offers per round.
corridor-refusal-itself = A delegation does not negotiate with itself: choose another.
corridor-refusal-empty-side = An offer gives something and asks something: fill both sides.
corridor-refusal-too-many = At most { $count } moves on each side of an offer.
corridor-refusal-unfit = That move cannot be promised now: { $pledge }.
corridor-refusal-no-offer = No offer { $offer } is waiting for your answer.
corridor-refusal-person = { $delegation } is played by a person, who answers for themselves: make them an offer, or ask on the floor.

## The corridor tab

corridor-tab = Corridor{ $waiting ->
    [0] {""}
    [one] {" "}(1 offer waiting)
   *[other] {" "}({ $waiting } offers waiting)
}
corridor-heading = The corridor — { $moves ->
    [0] no time left this round
    [one] time for 1 more talk this round
   *[other] time for { $moves } more talks this round
}
corridor-private = Only you and the delegation you talk to know what is said here. Its answers are its own honest reading; a guarded or distrustful delegation may keep its counsel.
corridor-choose = choose…
corridor-accept = Accept
corridor-decline = Decline
corridor-pick-someone = Pick a delegation in the room (click a seat on the floor tab, or , and .) to talk to it.
corridor-with = With { $delegation }:
corridor-sound-amendment = Could you live with #{ $amendment }?
corridor-sound-wording = Could you live with my wording?
corridor-you-give = You:
corridor-you-ask = If { $delegation }:
corridor-make-offer = Make the offer
corridor-nothing-yet = Nothing said in the corridor yet.

## The debrief's corridor

corridor-did-support = supported it
corridor-did-accept = let it pass
corridor-did-reserve = let it pass with reservations
corridor-did-object = objected
debrief-corridor = In the corridor
debrief-corridor-said-did = What they told you, and what they did
debrief-corridor-as-said = ✔ on the floor it did as it said
debrief-corridor-otherwise = ✖ on the floor it { $did }: it changed its mind (or what it was told changed since)
debrief-corridor-then = on the floor it { $did }
debrief-corridor-not-tabled = never came to the floor
debrief-corridor-offers = Offers and promises
corridor-advice-accept = The coach, by your brief: worth accepting ({ $why })
corridor-advice-decline = The coach, by your brief: not worth it ({ $why })
corridor-advice-gain = you gain { $value }
corridor-advice-cost = you give up { $value }
corridor-advice-trust = your trust in them { $value }
corridor-advice-cannot-live = your brief cannot live with this: { $pledge }
corridor-advice-broken-before = they broke a promise to you or your group

## The Chair's informal consultations

corridor-chair-consulted = #{ $amendment }: the Chair held informal consultations with { $delegations }
corridor-chair-consulted-wordings = { $consulted }; wording brought: { $wordings }
corridor-wording-brought = { $delegation }, "{ $wording }"
corridor-command-consult = tells the Chair which options on #{ $amendment } it could live with
corridor-refusal-not-invited = The Chair consults on #{ $amendment } only its proposer and those who objected to it.
corridor-refusal-cannot-bring = "{ $card }" cannot be brought to the consultations on #{ $amendment }: bring a card of your own, still unspent, for the same paragraph.
corridor-invitation = The Chair invites you to informal consultations on #{ $amendment }: which of its options could you live with?
corridor-bring = Bring your wording:
corridor-bring-none = (none)
corridor-tell-chair = Tell the Chair
corridor-told-chair = You told the Chair; you may change your answer until it rules.
corridor-consultations = The Chair's consultations
corridor-refusal-engine-played = { $delegation } is played by the computer: nobody speaks for it from outside.

## The coach in the corridor

corridor-coach = The coach suggests, to buy support for your cards:
corridor-coach-make = Make this offer
corridor-coach-offer = to { $delegation }: you { $give }, if it { $want } — { $verdict }
corridor-coach-would-accept = it would likely accept
corridor-coach-would-decline = it would likely decline
