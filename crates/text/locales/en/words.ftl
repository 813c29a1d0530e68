# The record of play: one line per event, reasons, actions, edits and refusals (the game's
# log and debrief, `replay`), and the exported report.

## Clauses and edits. A clause is named inside other lines ("delete sentence 2 of para 14").

words-clause-sentence = sentence { $n } of para { $paragraph }
words-clause-added = a sentence added to para { $paragraph }
words-clause = clause { $clause }
words-clause-of-para = clause { $clause } of para { $paragraph }
words-edit-insert = insert in para { $paragraph }: "{ $text }"
words-edit-delete = delete { $clause }
words-edit-replace = replace { $clause } with "{ $text }"
words-edit-move = move para { $paragraph } to section { $section }
words-edit-new-paragraph = new para { $paragraph } in section { $section }: "{ $text }"

## What a delegation does, after its name ("France co-sponsors amendment 3").

words-action-table = tables: { $edit }
words-command-rule = rules on amendment { $amendment }
words-command-cut = cuts { $clause }
words-command-restore = restores the zero draft's { $clause }
words-command-issue-revision = issues the revision
words-command-inject = brings in the event "{ $event }"
words-command-announce = tells the room: "{ $text }"
words-command-change-rounds = { $rounds ->
    [-1] shortens the phase by one round
    [1] lengthens the phase by one round
   *[other] changes the phase's length by { $rounds } rounds
}
words-command-pause = pauses the room
words-command-end-session = ends the session before the vote
words-command-resume = resumes the room
words-command-control = hands a seat to another player
words-command-reseed = draws new dice for the room
revision-zero-draft = Zero draft
revision-final-text = Final text
revision-number = Rev.{ $number }
words-action-card = tables the card “{ $title }”
words-action-co-sponsor = co-sponsors amendment { $amendment }
words-action-object = objects to amendment { $amendment }
words-action-threaten = warns it cannot live with amendment { $amendment }
words-action-lobby = lobbies { $delegation } on amendment { $amendment }
words-action-withdraw = withdraws amendment { $amendment }
words-action-pass = passes
words-action-join = joins consensus
words-action-dissociate = dissociates from para { $paragraphs }
words-action-block = blocks consensus

## Why a delegation feels as it does. $subject is a tag ("human rights"), or
## words-reason-scope; $value, $trust, $effect and $change are signed numbers ("+3.0").

words-reason-scope = { $tag } in section { $section }
words-reason-added = { $subject } — { $clause } added: { $value }
words-reason-removed = { $subject } — { $clause } removed: { $value }
words-reason-red-line-crossed = red line on { $subject } crossed
words-reason-red-line-restored = red line on { $subject } restored
words-reason-trust = trust in { $delegation } ({ $trust }): { $effect }
words-reason-cohesion = follows bloc leader { $leader } ({ $change }): { $effect }
words-reason-noise = mood of the room: { $value }
words-reason-tolerance = tolerates losses up to { $value }

## Events, one line each. #{ $amendment } is an amendment's number ("#3").

words-session-opened-ai = Session opened: { $scenario }, seed { $seed } (AI only)
words-session-opened-players = Session opened: { $scenario }, seed { $seed } (players: { $players })
# Shown between "==" marks; $name is the phase's name from the scenario.
words-phase-started = { $name } ({ $rounds ->
    [one] { $rounds } round
   *[other] { $rounds } rounds
})
# Shown between "--" marks.
words-round-started = round { $round }
words-happened = Event: { $description }
words-tabled = #{ $amendment } { $proposer } tables: { $edit }
words-tabled-card = #{ $amendment } { $proposer } tables [card { $card }]: { $edit }
words-reacted = #{ $amendment } room: { $support } support, { $accept } accept, { $reservation } reservation, { $object } object
words-co-sponsored = #{ $amendment } co-sponsored by { $delegation }
words-objected = #{ $amendment } objection from { $delegation }
words-threatened = #{ $amendment }: { $delegation } warns it cannot live with this and may block
words-threatened-again = #{ $amendment }: { $delegation } threatens to block again; the room no longer believes it
words-lobbied-firm = #{ $amendment }: { $by } lobbies { $target }, who cannot live with it and holds firm
words-lobbied = #{ $amendment }: lobbied by { $by }, { $persuaded } { $count ->
    [one] no longer objects
   *[other] no longer object
}
words-chair-scored = The Chair's score: { $total } (consensus { $consensus }, text retained { $retained }, balance { $balance })
# $amendments is a list of numbers: "3, #7".
words-empty-threat = { $delegation } joins although it threatened to block over #{ $amendments }: the room takes note
words-withdrawn = #{ $amendment } withdrawn
words-passed = { $delegation } passes
words-amendment-adopted = #{ $amendment } adopted without objection
words-bracketed = #{ $amendment } bracketed (objections: { $delegations })
words-lapsed = #{ $amendment } lapsed: { $reason }
words-lapsed-text-changed = the text it amends has changed
# $satisfaction lists each bloc with a signed number: "G77 +1.5, EU -0.3".
words-round-ended = round { $round } closed; satisfaction: { $satisfaction }
# The Chair's ruling ($decision) on an amendment: words-chair-proposal … words-chair-deleted.
words-chair-decision = Chair on #{ $amendment }: { $decision }
words-chair-decision-opposed = Chair on #{ $amendment }: { $decision } ({ $opposed })
words-chair-proposal = takes the proposal into the text
words-chair-kept = keeps the existing text
words-chair-compromise = offers compromise wording "{ $wording }"
words-chair-agreed-language = reverts to agreed language "{ $wording }"
words-chair-friends-wording = takes the wording { $delegation } brought to the consultations, "{ $wording }"
words-chair-deleted = deletes the contested text
words-chair-still-unsatisfied = no change found consensus; still unsatisfied: { $delegations }
words-chair-still-opposed = still opposed: { $delegations }
words-moved-to-summary = #{ $amendment } moved to the Chair's summary
words-draft-to-summary = Chair moves the wording it cut from para { $paragraph } to its summary, as { $delegations } supported it: “{ $text }”
# $name is the revision's name ("Rev.1").
words-revision-issued = The Chair issues { $name }
words-adoption-called = The Chair calls for adoption (attempt { $attempt })
words-position-join = { $delegation } joins consensus
words-position-dissociate = { $delegation } joins, dissociating from para { $paragraphs }
words-position-block = { $delegation } blocks consensus
# $clause is one of the words-clause-* messages.
words-stripped = Chair strips { $clause } to meet { $delegations }
words-chair-cuts-contested = Chair cuts a clause of para { $paragraph } as the deadline nears: still opposed by { $delegations }, and everyone can do without it
words-chair-cuts-package = Chair cuts a clause of para { $paragraph } to keep the package acceptable to { $delegations }, who would otherwise block
words-chair-cuts-after-block = Chair cuts a clause of para { $paragraph } to win back { $delegations }
words-chair-restores-contested = Chair restores the earlier wording of para { $paragraph } as the deadline nears: still opposed by { $delegations }, and everyone can do without it
words-chair-restores-package = Chair restores the earlier wording of para { $paragraph } to keep the package acceptable to { $delegations }, who would otherwise block
words-chair-restores-after-block = Chair restores the earlier wording of para { $paragraph } to win back { $delegations }
words-report-adopted = The report is adopted.
words-report-failed = The report fails: no consensus.
# $seat is a delegation's name, words-seat-chair or words-seat-facilitator.
words-seat-chair = The Chair
words-seat-facilitator = The facilitator
words-control-ai = { $seat } is now played by the AI
words-control-person = { $seat } is now played by a player
words-control-remote = { $seat } is now played by a player over the network
words-control-script = { $seat } is now played by a script
words-paused = The facilitator pauses the session.
words-resumed = The facilitator resumes the session.
words-announced = Facilitator: { $text }
words-rounds-changed = The facilitator sets phase { $phase } to { $rounds } rounds
words-reseeded = A new course of events begins here (seed { $seed })
words-scored = { $delegation }: score { $total } (objectives { $objectives }, consensus { $consensus }, relationships { $relationships })

## Why the session refused a command.

# $doing is one of words-doing-*, $stage one of words-stage-*.
words-refusal-wrong-stage = You cannot be { $doing } now: { $stage }.
words-doing-table = tabling an edit
words-doing-co-sponsor = co-sponsoring
words-doing-object = objecting
words-doing-threaten = threatening to block
words-doing-lobby = lobbying
words-doing-withdraw = withdrawing
words-doing-pass = passing
words-doing-position = declaring a position
words-stage-speaking = the floor is open for proposals
words-stage-consensus = the Chair is asking for objections
words-stage-adoption = the Chair has called for adoption
words-stage-ruling = the Chair is preparing the revision
words-stage-finished = the session is over
words-refusal-finished = The session is over.
words-refusal-unknown-delegation = There is no delegation "{ $delegation }" in this room.
words-refusal-not-your-turn = It is { $expected }'s turn to speak.
words-refusal-no-amendment = Amendment #{ $amendment } is not on the floor.
words-refusal-own-amendment = You cannot co-sponsor or object to your own amendment.
words-refusal-already-responded = You have already responded to amendment #{ $amendment }.
words-refusal-not-proposer = Only the proposer may withdraw amendment #{ $amendment }.
words-refusal-no-interventions = You have no interventions left in this phase.
words-refusal-paragraph-busy = Paragraph { $paragraph } already has an amendment pending; wait for the Chair's ruling.
# $reason is one of words-edit-error-*.
words-refusal-edit = This edit cannot be tabled: { $reason }.
words-edit-error-paragraph-deleted = paragraph { $paragraph } has been deleted; only the Chair can bring its text back
words-edit-error-no-paragraph = no paragraph "{ $paragraph }" in the current text
words-edit-error-no-clause = no clause "{ $clause }" in the current text
words-edit-error-no-section = no section "{ $section }"
words-edit-error-paragraph-exists = paragraph "{ $paragraph }" already exists
words-edit-error-already-there = paragraph "{ $paragraph }" is already in section "{ $section }"
words-edit-error-empty = the wording is empty
words-edit-error-too-long = the wording is longer than { $limit } characters
words-edit-error-no-change = the new wording is the same as the current text
words-refusal-repeated = You have already tabled this edit.
words-refusal-unknown-card = There is no amendment card “{ $card }”.
words-refusal-card-out-of-phase = The card “{ $card }” may be tabled only in: { $phases }.
words-refusal-card-spent = The card “{ $card }” has already been used.
words-refusal-cannot-block = Stakeholders cannot block consensus.
words-refusal-unknown-paragraph = There is no paragraph { $paragraph } in the final text.
words-refusal-nothing-to-dissociate = Tick at least one paragraph to dissociate from.
# $why is one of words-why-*.
words-refusal-not-this-seat = Your seat cannot do that ({ $why }).
words-why-delegation-acts = only a delegation acts
words-why-delegation-tables = only a delegation tables edits
words-why-chair-rules = only the Chair rules
words-why-facilitator-runs = only the facilitator runs the room
words-why-facilitator-negotiates = the facilitator does not negotiate
words-why-facilitator-seat = the facilitator's seat has no controller
words-refusal-paused = The facilitator has paused the session.
words-refusal-already-answered = You have already answered; the others are still deciding.
words-refusal-not-ruling = The Chair is not ruling on amendments now.
words-refusal-no-option = Amendment #{ $amendment } has no ruling option { $option }.
words-refusal-unknown-event = The scenario schedules no event "{ $event }".
words-refusal-bad-announcement = A message to the room must have between 1 and { $limit } characters.
words-refusal-not-paused = The session is not paused.
words-refusal-brackets-left = Rule on every bracketed amendment before issuing the revision.
words-refusal-nothing-to-restore = Clause { $clause } of the zero draft is in the text as drafted, or cannot be put back.
words-refusal-not-an-objector = Pick a delegation that objects to amendment { $amendment }: only an objection can be lobbied away.
words-refusal-already-happened = The event “{ $event }” has already happened in this session.
words-refusal-nobody-speaks = Nobody holds the floor now.
words-setup-unknown-delegation = There is no delegation "{ $delegation }" in this scenario.
words-setup-not-playable = Delegation "{ $delegation }" is not playable in this scenario.
words-setup-duplicate = Delegation "{ $delegation }" is named twice.
words-replay-setup = Cannot open the session: { $reason }
words-replay-action = Input { $input } of the record is not legal: { $reason }
words-replay-unknown-seat = Input { $input } of the record names a seat this scenario does not have.
words-replay-scenario-changed = The scenario embedded in the record was changed after the game was played (its digest does not match).
words-replay-beyond-end = The record has { $inputs } inputs; it cannot be cut at { $at }.
words-replay-diverged-length = The replay differs from the record: the record has { $recorded } events, the replay { $replayed } (the first { $agree } agree).
words-replay-diverged-at = The replay differs from the record at event { $index } of { $recorded } (the first { $agree } agree).

## How a delegation's score is made (briefing and debrief).

words-scoring = Your score out of 100: 60% for your capital's objectives met in the adopted text (an objective earns its whole weight when you worked for it on the floor — tabled or co-sponsored the text that met it, brought it to the Chair's consultations, or objected to the amendment that would have lost it; met without your work, it earns half, and what the zero draft already gives weighs half); 25% for the consensus reached (100 if you join an adopted report, 70 if you dissociate, nothing if it fails or you block); 15% for the relationships you built (50 if the room regards you as it did at the opening, more for co-sponsoring and brokering, less for objecting to everything, empty threats and blocks). Doing nothing keeps the room's regard and half of what the room hands you, and wins nothing more.

## The exported report (Markdown or HTML).

# $body is the negotiating body, with the year when known: "OEWG, 2023".
transcript-title = { $title }: the table's log
transcript-round = Round { $round }
report-intro = { $body } — final text after { $rounds ->
    [one] { $rounds } round
   *[other] { $rounds } rounds
}, seed { $seed }. Insertions against the zero draft are marked as insertions, deletions as deletions.
report-outcome-adopted = Outcome: the report was adopted by consensus.
report-outcome-failed = Outcome: the report was not adopted.
report-outcome-pending = Outcome: the session is still in progress.
# Before a paragraph that moved; $section is the section it came from.
report-moved-from = (moved from { $section })
report-summary = Chair's summary
report-summary-empty = No proposals were moved to the Chair's summary.
report-summary-intro = Proposals and draft wording that had support but did not reach consensus, under the Chair's own responsibility:
report-summary-item = { $delegation } proposed to { $edit }
report-summary-draft-item = Para { $paragraph }, taken out of the text by the Chair, supported by { $delegations }: “{ $text }”
report-adoption-record = Adoption record
# One of the reasons a delegation gives for blocking or dissociating.
report-explanation = explanation: { $reason }
words-ended-early = The facilitator ended the session before the vote.
