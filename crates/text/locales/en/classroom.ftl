# A class over the network: connecting, the lobby and how the session ended for a seat,
# the briefing screen, and the facilitator's console.

class-cannot-reach = cannot reach { $server }: { $error }
class-reconnecting = Connection to { $server } lost: reconnecting (attempt { $attempts }). Your seat is kept for you; the table comes back as it stands.
class-refused = Refused: { $reason }
class-take-seat = Take your seat
class-refusal-hello-first = Say hello with the join code first.
class-refusal-facilitator-claims = The facilitator takes seats over instead of claiming one.
class-refusal-already-seated = You already hold a seat.
class-refusal-not-held = No student holds { $delegation }'s seat.
class-refusal-no-such-table = The class has no table { $table }.
class-refusal-watching = A projector or observer watches the room and holds no seat.
class-refusal-reserved = { $delegation } is kept for { $student } by the class roster.
class-refusal-taken = { $delegation } is taken.
class-refusal-no-waiting-student = No student "{ $student }" is waiting for a seat.
class-refusal-no-seat = You hold no seat yet.
class-refusal-taken-over = The facilitator is playing your seat.
class-refusal-too-long = The text is too long.
class-refusal-not-started = The session has not started.
class-refusal-facilitator-only = Only the facilitator runs the room.
class-refusal-no-delegation = There is no delegation "{ $delegation }" in this room.
class-refusal-observer = { $delegation } is an observer, not a seat.
class-refusal-take-over-first = Take { $delegation } over first.
class-refusal-nobody-seated = Nobody has taken a seat yet: start once a student holds one (the AI would otherwise play the whole room alone).
class-request-claim = claim
class-request-free = free a seat
class-request-table = move to another table
class-seat-freed = The facilitator freed your seat: choose another, or wait to be seated.
class-request-assign = assign
class-request-command = command
class-request-announce = announce
class-request-take-over = take over
class-request-act-as = act as
class-request-start = start
class-request-end = end
class-request-reasons = reasons
class-request-advice = advice
class-request-predict = preview
class-request-suggest = coach
class-request-debrief = debrief
class-request-seat = seat
class-request-any = request
class-farewell-wrong-version = this class runs protocol version { $class }; your client speaks version { $client }: use the same Zero Draft as the teacher
class-farewell-wrong-code = wrong join code
class-farewell-too-many-messages = too many messages
class-farewell-other-build = version mismatch: this client and the class's server are different builds of Zero Draft
class-farewell-full = the class is full: every place is taken (the host sets how many with --places); ask the host for a place
class-farewell-busy = the class's door is busy (too many joins or wrong codes from this address at once): try again in a minute

lobby-a-class = a class
lobby-title = Zero Draft — { $title }
lobby-class-at = The class at { $server }
lobby-not-connected = Not connected: { $problem }
lobby-close = Close
lobby-connecting = Connecting… (the host must be running, and this computer on the same network)
lobby-you-are = You are { $delegation }.
lobby-back-to-table = Back to the table
lobby-waiting = Waiting for the teacher to start the session…
lobby-choose = Choose your delegation. First come, first served; the teacher may also seat you.
lobby-share = share
lobby-share-hint = Play this delegation with the student who holds it: you both see it and either of you may act.
lobby-adopted = The report is adopted by consensus.
lobby-not-adopted = The report is not adopted.
lobby-teacher-ended = The teacher ended the session.
lobby-score = Your score: { $total } (objectives { $obj }, consensus { $cons }, relationships { $rel }).
lobby-results = Class results (also written beside the record)
lobby-results-own = Your results (the row the teacher grades from)
lobby-log-sha = log sha256 { $sha }

console-title = Facilitator · { $status }
console-tables = Tables:
console-table = { $table }: { $state }
console-table-ended = ended
console-table-lobby = lobby, { $students ->
    [one] { $students } student
   *[other] { $students } students
}
console-table-round = phase { $phase }, round { $round }{ $paused ->
    [yes] , paused
   *[no] {""}
}
console-every-table = the buttons below speak to every table
console-not-started = not started
console-over = over
console-round = { $phase } — round { $round } of { $rounds }
console-round-paused = { $phase } — round { $round } of { $rounds } · PAUSED
console-start = Start the session
console-resume = Resume
console-pause = Pause
console-phase-shorter = Phase −1 round
console-phase-longer = Phase +1 round
console-end = End the session
console-announce-hint = An announcement to the room
console-announce = Announce
console-fire-event = Fire this event now
console-refused = Refused ({ $request }): { $reason }
console-waiting = { $student } is waiting for a seat:
console-choose-delegation = choose a delegation
console-seat = Seat
console-delegation = Delegation
console-student = Student
console-to-act = to act
console-away = { $student } (away)
console-ai = AI
console-release = Release
console-pass = Pass
console-join = Join
console-block = Block
console-free = Free the seat
console-take-over = Take over
console-room = The room

console-corridor = The corridor ({ $count ->
    [one] 1 sounding or offer
   *[other] { $count } soundings and offers
}) — only you see it
class-debrief-export = Export the report and the log
class-debrief-export-no-room = the room has not reached this window yet
class-debrief-own-heading = What you could have done
class-debrief-own-waiting = The host is replaying your table to see what else you could have done…
class-debrief-own-nothing-missed = You met every objective of yours.
class-debrief-own-moves = What your moves changed
class-debrief-own-no-moves = You made no move on the floor (beyond passing and joining) to try without.
class-debrief-own-moves-note = Each move was tried without it: your table's game forked just before the move and played on by the AI at every seat, once with the move and once passing instead ({ $tried } of your { $made } moves, spread over the game).
class-debrief-title = { $title }: the class's tables compared
class-debrief-intro = { $tables } tables played the same scenario with the same seed; beside them, { $runs } games the room played alone (the AI at every seat, from the same seed on).
class-debrief-table = Table { $table }
class-debrief-ai = The room alone
class-debrief-outcomes = Outcomes
class-debrief-outcome = Outcome
class-debrief-adopted = adopted
class-debrief-failed = failed
class-debrief-ended-early = ended before the vote
class-debrief-adopted-share = adopted in { $share }
class-debrief-rounds = Rounds
class-debrief-students = Played by students
class-debrief-paragraphs = What became of each paragraph
class-debrief-paragraphs-note = Each table's fate for a paragraph, with how often the room alone came to the same; paragraphs every table and the room alone kept as drafted are left out.
class-debrief-paragraphs-none = Every table kept every paragraph as drafted, as the room alone does.
class-debrief-paragraph = Paragraph
class-debrief-ai-share = { $share } alone
class-debrief-fate-kept = kept
class-debrief-fate-amended = amended
class-debrief-fate-deleted = deleted
class-debrief-fate-added = added
class-debrief-fate-never-added = never added
class-debrief-history = Against what really happened
class-debrief-history-note = Each line is what the real negotiation did; ✔ where a table did the same.
class-debrief-what-happened = What happened
class-debrief-moves = Moves that changed a paragraph's fate
class-debrief-moves-note = Each student's move was tried without it: the table's game forked just before the move and was played on by the AI at every seat, once with the move and once passing instead ({ $tried } moves tried).
class-debrief-moves-none = No single move changed a paragraph's fate: the tables' texts came from the room as a whole.
class-debrief-move = Table { $table }, round { $round }: { $delegation } — { $action }. ¶ { $paragraph }: { $with } with it, { $without } without.
