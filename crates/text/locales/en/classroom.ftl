# A class over the network: connecting, the lobby and how the session ended for a seat,
# the briefing screen, and the facilitator's console.

class-cannot-reach = cannot reach { $server }: { $error }
class-refused = Refused: { $reason }.
class-take-seat = Take your seat

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
console-take-over = Take over
console-room = The room
