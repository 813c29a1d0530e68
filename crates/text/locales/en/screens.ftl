# The debrief, the Chair's screens, what if, adoption and what the player could have done.

## Debrief

debrief-not-a-file-name = { $path }: not a file name the game writes
debrief-heading = Debrief
debrief-adopted = ✔ The report was adopted
debrief-failed = ✖ The report failed
debrief-ended-early = ■ Ended before the vote
debrief-rounds = { $count ->
    [one] { $count } round
   *[other] { $count } rounds
}
debrief-title = Title
debrief-written = Written: { $files }
debrief-export-failed = Export failed: { $error }
debrief-satisfaction = Satisfaction of each bloc, by round
debrief-axis-round = round
debrief-axis-utility = utility vs zero draft
debrief-history = What happened historically
debrief-no-history = This scenario has no historical record.
debrief-history-same = as in your game
debrief-history-different = not in your game
debrief-positions = Positions at adoption
debrief-your-objectives = { $delegation }: your objectives
debrief-score = Score { $total } — objectives { $objectives }, consensus { $consensus }, relationships { $relationships }
debrief-decided-by-draft = the zero draft as circulated
debrief-never-met = nothing in the game: the zero draft did not meet it, and no amendment that would have was taken into the text
debrief-objective-met = ✔ met: { $objective } — decided by: { $moment }
debrief-objective-handed-over = (met without your work on the floor: half its weight)
debrief-objective-missed = ✖ missed: { $objective } — decided by: { $moment }
debrief-branch = This branch and the game it came from
debrief-hindsight = What you could have done
debrief-fates = Every paragraph's fate
debrief-fate-deleted = deleted
debrief-fate-added = added
debrief-fate-moved = moved
debrief-fate-amended = amended
debrief-fate-kept = kept as drafted

## The player as Chair

chair-option-proposal = Take the proposal into the text
chair-option-kept = Keep the existing text (the proposal goes to your summary if it had support)
chair-option-compromise = Offer your compromise wording "{ $wording }"
chair-option-agreed = Fall back on agreed language "{ $wording }"
chair-option-friends = Take the wording { $delegation } brought to the consultations, "{ $wording }"
chair-option-deleted = Delete the contested clause
chair-heading = You chair the working group
chair-joining = { $share }% of the room would join the text as it stands
chair-leave = Leave (saved)
chair-room = The room
chair-instructions = Before you issue the revision, rule on every bracketed amendment. Can everyone live with it? Each option lists the member states predicted unable to. Keys 1 to 9 rule on the first bracket; Enter issues the revision once none is left.
chair-objected-by = Objected to by { $delegations }
chair-rule = Rule
chair-everyone-can-live = everyone can live with it
chair-cannot-live = cannot live with it: { $delegations }
chair-over-groups = over the objection of a group ({ $groups }): a consensus Chair takes this only if nothing else remains
chair-persona-choice = (the scenario's Chair would choose this)
chair-blocked = The report was blocked by { $delegations }. Give something back or cut what they cannot accept, then call the vote again.
chair-own-edits = Your own edits before the revision
chair-own-edits-hint = A Chair may cut contested text nobody moved to delete (draft wording members supported goes to your summary), and give back earlier wording to whoever would otherwise block.
chair-cut = Cut
chair-contested-clause = para { $paragraph } (contested): { $text }
chair-restore = Restore
chair-restore-clause = the zero draft's { $clause }: "{ $text }"
chair-vote-again = Call the vote again
chair-issue-revision = Issue the revision

## The Chair's debrief
## $chair: surgical, clean-text or balanced-package; $outcome: proposal, kept, compromise,
## agreed, friends or deleted ($wording names the compromise, the agreed language or the card
## a friend of the Chair brought).

chair-debrief-would = { $chair ->
        [surgical] a surgical Chair
        [clean-text] a clean-text Chair
       *[balanced-package] a balanced-package Chair
    } would { $outcome ->
        [proposal] take the proposal
        [kept] keep the text
        [compromise] offer compromise "{ $wording }"
        [agreed] fall back on "{ $wording }"
        [friends] take the friends' wording "{ $wording }"
       *[deleted] delete the clause
    }
chair-debrief-ruling = #{ $id } ({ $edit }): you chose to { $outcome ->
        [proposal] take the proposal
        [kept] keep the text
        [compromise] offer compromise "{ $wording }"
        [agreed] fall back on "{ $wording }"
        [friends] take the friends' wording "{ $wording }"
       *[deleted] delete the clause
    }; { $others }
chair-debrief-nothing = You had nothing to rule on.
chair-debrief-same = You ruled as the scenario's own Chair would have in { $same } of { $total } cases.
chair-debrief-balance-worst = Balance: the bloc most often left unable to live with your rulings was { $bloc } ({ $count } of { $total }).
chair-debrief-balance-even = Balance: every ruling was one every member state could live with.
chair-debrief-heading = Your rulings as Chair
chair-debrief-score = Score { $total } — consensus { $consensus }, text retained { $retained }, balance { $balance }
chair-debrief-score-hint = Half for the consensus reached (less the share of states that dissociated), a quarter for the zero draft's paragraphs still in the text, a quarter for balance: no bloc left unable to live with your rulings time after time.

## What if

whatif-heading = What if…
whatif-no-moves = No moves of yours to take back.
whatif-hint = Go back to the moment before one of the moves below and play on from there; the new game is saved beside this one. By keys: Down reaches the first move, the arrows walk the list, Enter plays on.
whatif-the-chair = The Chair
whatif-the-facilitator = The facilitator
whatif-play-on = Play on from before this
whatif-original-unreadable = The original game cannot be read ({ $error }).
whatif-fate-kept = kept as drafted
whatif-fate-amended = amended
whatif-fate-deleted = deleted
whatif-fate-added = added
whatif-fate-never-added = never added
whatif-para = para { $paragraph }: { $here } here, { $there } in the original
whatif-outcome-adopted = adopted
whatif-outcome-failed = failed
whatif-outcome-not-voted = not yet voted on
whatif-summary = Branched before move { $move_number } of the original. { $count } paragraph(s) ended differently; the report was { $here } here and { $there } there.

## Adoption

adoption-heading = The Chair calls for adoption
adoption-intro = { $delegation }: the final text is before the room. Join consensus, join and dissociate from paragraphs, or block. [J] join · [D] dissociate from the ticked paragraphs · [B] block
adoption-priorities = Your priorities in this text
adoption-met = ✔ met: { $objective }
adoption-missed = ✖ missed: { $objective }
adoption-this-vote = ○ decided by this vote: { $objective }

## What you could have done ($action is a move as the record words it, e.g. "passes")

hindsight-met = "{ $objective }": at { $delegation }'s move { $move_number } the coach advised another course ({ $delegation } { $action }); played that way, with the rest of the game played forward, the objective would have been met.
hindsight-not-met = "{ $objective }": none of the coach's five best moves at { $delegation }'s move { $move_number } (the first: { $delegation } { $action }) would have met it, played forward: it needed more than one move, or the room would not have it.
hindsight-nothing-open = "{ $objective }": at { $delegation }'s move { $move_number }, the last before it was decided, the coach had nothing to suggest but passing: no single move then could have met it.
hindsight-move-same = Round { $round }, move { $move_number }: { $action }. Without it, the game would have ended the same.
hindsight-move-changed = Round { $round }, move { $move_number }: { $action }. Without it: { $changes }.
hindsight-move-paragraph = ¶ { $paragraph } { $with } with it, { $without } without
hindsight-move-outcome = The report { $with } with it, { $without } without.
projector-table = Table { $table } of { $tables }
projector-any-objection = The Chair asks: any objection?
projector-speaking = Delegations take the floor
projector-waiting = The room waits for: { $seats }
projector-floor = On the floor ({ $count })
projector-stances = { $support } support · { $accept } accept · { $reserve } reservations · { $object } object
projector-chair = The Chair
projector-before-start = The class has not started yet. Students at their seats:
projector-chair-none = No ruling yet: the Chair rules on what is contested at the end of the phase.
projector-deleted = deleted
projector-legend = In red: still contested · in amber: amendments before the room · struck out: deleted
