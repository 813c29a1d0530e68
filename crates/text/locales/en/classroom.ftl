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
class-request-seat = seat
class-request-any = request
class-farewell-wrong-version = this class runs protocol version { $class }; your client speaks version { $client }: use the same Zero Draft as the teacher
class-farewell-wrong-code = wrong join code
class-farewell-too-many-messages = too many messages
class-farewell-other-build = version mismatch: this client and the class's server are different builds of Zero Draft

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
lobby-adopted = The report is adopted by consensus.
lobby-not-adopted = The report is not adopted.
lobby-teacher-ended = The teacher ended the session.
lobby-score = Your score: { $total } (objectives { $obj }, consensus { $cons }, relationships { $rel }).
lobby-results = Class results (also written beside the record)
lobby-results-own = Your results (the row the teacher grades from)
lobby-log-sha = log sha256 { $sha }

console-title = Facilitator · { $status }
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
