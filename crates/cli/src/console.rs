//! The facilitator's console in a terminal: the teacher joins with the teacher's code and
//! runs the room by typed commands while the class plays.

use std::net::SocketAddr;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use bevy::prelude::*;
use bevy_replicon_renet::RepliconRenetPlugins;
use zero_draft_engine::ids::AmendmentId;
use zero_draft_engine::ids::CardId;
use zero_draft_engine::ids::ParagraphId;
use zero_draft_engine::seat::Command;
use zero_draft_net::client::{Identity, RemoteRoom};
use zero_draft_net::protocol::Request;
use zero_draft_net::run::{TICK_HZ, client_app};
use zero_draft_text::describe;

const HELP: &str = "commands: seats · start · pause · resume · rounds N (+ or −) · inject EVENT-ID · announce TEXT · takeover DELEGATION · as DELEGATION ACTION · release DELEGATION · assign STUDENT DELEGATION · free DELEGATION · end · with several tables: tables · table N · all COMMAND · quit";

const AS_HELP: &str = "as DELEGATION pass|join|block|object N|cosponsor N|threaten N|withdraw N|card ID|dissociate P1 P2 …";

/// Set once standard output is closed or full: the console then ends quietly instead of
/// panicking on the next line it prints.
static STDOUT_GONE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Prints one line for the facilitator, control characters escaped.
fn say(text: &str) {
    use std::io::Write;
    let line = zero_draft_engine::error::printable(text);
    if writeln!(std::io::stdout().lock(), "{line}").is_err() {
        STDOUT_GONE.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

macro_rules! say {
    ($($t:tt)*) => {
        say(&format!($($t)*))
    };
}

#[derive(Resource)]
struct Typed(Mutex<Receiver<String>>);

#[derive(Resource, Default)]
struct Shown {
    log: usize,
    refusals: usize,
    lobby: Option<zero_draft_net::protocol::Lobby>,
    welcomed: bool,
    /// The corridor as last printed.
    corridor: zero_draft_engine::corridor::CorridorView,
    /// The table followed, and each table's (started, paused, ended) as last printed.
    table: Option<(usize, usize)>,
    table_states: Vec<(bool, bool, bool)>,
    /// The end of the followed table was said.
    ended_said: bool,
}

pub fn run(server: SocketAddr, me: Identity) -> Result<(), String> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let stdin = std::io::stdin();
        let mut line = String::new();
        while stdin.read_line(&mut line).is_ok_and(|n| n > 0) {
            if tx.send(line.trim().to_string()).is_err() {
                break;
            }
            line.clear();
        }
        let _ = tx.send("quit".into());
    });
    let mut app = client_app(me, Some(Duration::from_secs_f64(1.0 / TICK_HZ)));
    app.insert_resource(Typed(Mutex::new(rx)))
        .init_resource::<Shown>()
        .add_plugins(RepliconRenetPlugins)
        .add_systems(Update, (show, obey).chain());
    app.finish();
    app.cleanup();
    let code = app.world().resource::<Identity>().code.clone();
    zero_draft_net::transport::connect(&mut app, server, &code).map_err(|e| match e {
        zero_draft_net::door::Knocked::Refused(why) => {
            format!(
                "the class at {server} said no: {}",
                zero_draft_text::farewell(&why)
            )
        }
        zero_draft_net::door::Knocked::Unreachable(e) => format!("cannot reach {server}: {e}"),
    })?;
    say!("connecting to {server} … ({HELP})");
    app.run();
    Ok(())
}

fn show(room: Res<RemoteRoom>, mut shown: ResMut<Shown>, mut exit: MessageWriter<AppExit>) {
    if STDOUT_GONE.load(std::sync::atomic::Ordering::Relaxed) {
        exit.write(AppExit::Success);
        return;
    }
    if let Some(why) = &room.goodbye {
        say!(
            "the server closed the connection: {}",
            zero_draft_text::farewell(why)
        );
        exit.write(AppExit::Success);
        return;
    }
    if !shown.welcomed && room.scenario.is_some() {
        shown.welcomed = true;
        if !room.facilitator {
            say!("joined as a student: use the teacher code (printed by `host`) for the console");
        }
    }
    if room.table != shown.table {
        shown.table = room.table;
        shown.ended_said = false;
        shown.log = 0;
        if let Some((t, n)) = room.table {
            say!("at table {} of {n} (tables · table N · all COMMAND)", t + 1);
        }
    }
    let states: Vec<(bool, bool, bool)> = room
        .tables
        .iter()
        .map(|p| (p.started, p.paused, p.ended))
        .collect();
    if states != shown.table_states {
        shown.table_states = states;
        print_tables(&room);
    }
    if room.lobby != shown.lobby {
        print_seats(&room);
        shown.lobby = room.lobby.clone();
    }
    for (what, why) in &room.refusals[shown.refusals.min(room.refusals.len())..] {
        let why = match &room.scenario {
            Some(sc) => zero_draft_text::class_refusal(sc.as_ref(), why),
            None => zero_draft_text::class_refusal(&zero_draft_text::NoNames, why),
        };
        say!("refused ({}): {why}", zero_draft_text::request_words(*what));
    }
    shown.refusals = room.refusals.len();
    if let Some(sc) = &room.scenario {
        if shown.log > room.log.len() {
            shown.log = 0;
        }
        for e in &room.log[shown.log..] {
            let line = describe(sc.as_ref(), e);
            if !line.is_empty() {
                say!("{line}");
            }
        }
        shown.log = room.log.len();
    }
    if let (Some(c), Some(sc)) = (&room.corridor, &room.scenario) {
        print_corridor(sc.as_ref(), &shown.corridor, c);
        shown.corridor = c.clone();
    }
    if let Some(sha) = &room.ended {
        // With several tables the console stays until every table has ended.
        let others = room.tables.iter().any(|p| !p.ended);
        if !shown.ended_said {
            shown.ended_said = true;
            say!("the session is over · log sha256 {sha}");
            if others {
                say!("other tables still play: `tables` lists them, `table N` follows one");
            }
        }
        if !others {
            exit.write(AppExit::Success);
        }
    }
}

/// What is new in the corridor since `before`: soundings, offers and promises, and those whose
/// state changed (the facilitator sees every seat's).
fn print_corridor(
    names: &zero_draft_engine::view::PublicScenario,
    before: &zero_draft_engine::corridor::CorridorView,
    now: &zero_draft_engine::corridor::CorridorView,
) {
    for s in now.soundings.iter().skip(before.soundings.len()) {
        say!(
            "corridor: {} asks — {}",
            names.name(s.asker),
            zero_draft_text::sounding_words(names, s)
        );
    }
    for o in &now.offers {
        if before
            .offers
            .iter()
            .any(|x| x.id == o.id && x.state == o.state)
        {
            continue;
        }
        say!("corridor: {}", zero_draft_text::offer_words(names, o));
    }
    for (k, c) in now.commitments.iter().enumerate() {
        if before
            .commitments
            .get(k)
            .is_some_and(|x| x.state == c.state)
        {
            continue;
        }
        say!("corridor: {}", zero_draft_text::commitment_words(names, c));
    }
}

/// The seats (who holds which, who is away, who waits for a seat), whether the class has
/// started, and whom the room waits for now.
fn print_seats(room: &RemoteRoom) {
    if let Some(l) = &room.lobby {
        let held: Vec<String> = l
            .seats
            .iter()
            .filter_map(|s| {
                s.student.as_ref().map(|st| {
                    format!(
                        "{} {st}{}{}",
                        s.delegation,
                        if s.connected { "" } else { " (away)" },
                        if s.taken_over { " (yours)" } else { "" }
                    )
                })
            })
            .collect();
        say!(
            "seats: {} · waiting: {} · {}",
            if held.is_empty() {
                "none".into()
            } else {
                held.join(", ")
            },
            if l.waiting.is_empty() {
                "nobody".into()
            } else {
                l.waiting.join(", ")
            },
            if l.started {
                "started"
            } else {
                "not started (type start)"
            }
        );
    }
    if let (Some(view), Some(sc)) = (&room.room, &room.scenario) {
        let waiting: Vec<String> = view
            .pending
            .iter()
            .map(|seat| match seat {
                zero_draft_engine::seat::Seat::Delegation(d) => sc.name(*d).to_string(),
                zero_draft_engine::seat::Seat::Chair => "the Chair".into(),
                zero_draft_engine::seat::Seat::Facilitator => "you".into(),
            })
            .collect();
        say!(
            "the room waits for: {} ({}, round {} of {}{})",
            if waiting.is_empty() {
                "nobody".into()
            } else {
                waiting.join(", ")
            },
            sc.phases.get(view.phase).cloned().unwrap_or_default(),
            view.round,
            view.phase_rounds.get(view.phase).copied().unwrap_or(0),
            if view.paused { ", paused" } else { "" }
        );
    }
}

fn obey(
    typed: Res<Typed>,
    room: Res<RemoteRoom>,
    mut out: MessageWriter<Request>,
    mut exit: MessageWriter<AppExit>,
) {
    let Ok(rx) = typed.0.lock() else {
        return;
    };
    while let Ok(line) = rx.try_recv() {
        let (word, rest) = line.split_once(' ').unwrap_or((line.as_str(), ""));
        let rest = rest.trim().to_string();
        match word {
            "" => continue,
            "quit" => {
                exit.write(AppExit::Success);
                return;
            }
            "seats" => {
                // Printed from what the console holds; the host is asked for everything again
                // in case a post was missed.
                print_seats(&room);
                out.write(Request::Resync);
            }
            "tables" => print_tables(&room),
            "table" => match rest.parse::<usize>() {
                Ok(n) => {
                    out.write(Request::Table(n));
                }
                Err(_) => say!("table N: the table to follow and steer, from 1"),
            },
            "all" => {
                let (word, rest) = rest.split_once(' ').unwrap_or((rest.as_str(), ""));
                match word {
                    "start" | "end" | "pause" | "resume" | "rounds" | "inject" | "announce" => {
                        if let Some(r) = request_for(word, rest.trim()) {
                            out.write(Request::Everywhere(Box::new(r)));
                        }
                    }
                    _ => say!(
                        "all start · all pause · all resume · all rounds N · all inject EVENT-ID · all announce TEXT · all end"
                    ),
                }
            }
            _ => {
                if let Some(r) = request_for(word, &rest) {
                    out.write(r);
                }
            }
        }
    }
}

/// The request a typed command stands for (what is wrong with it is said).
fn request_for(word: &str, rest: &str) -> Option<Request> {
    let rest = rest.to_string();
    Some(match word {
        "start" => Request::Start,
        "end" => Request::End,
        "pause" => Request::Command(Command::Pause),
        "resume" => Request::Command(Command::Resume),
        "rounds" => match rest.parse::<i32>() {
            Ok(n) => Request::Command(Command::ChangeRounds(n)),
            Err(_) => {
                say!("rounds: a whole number, e.g. rounds 2 or rounds -1");
                return None;
            }
        },
        "inject" => Request::Command(Command::Inject { event: rest }),
        "announce" => Request::Command(Command::Announce(rest)),
        "takeover" => Request::TakeOver { delegation: rest },
        "release" => Request::Release { delegation: rest },
        "free" => Request::Free { delegation: rest },
        "assign" => match rest.rsplit_once(' ') {
            Some((student, d)) => Request::Assign {
                student: student.trim().to_string(),
                delegation: d.to_string(),
            },
            None => {
                say!("assign STUDENT DELEGATION");
                return None;
            }
        },
        "as" => match as_command(&rest) {
            Some(r) => r,
            None => {
                say!("{AS_HELP}");
                return None;
            }
        },
        _ => {
            say!("{HELP}");
            return None;
        }
    })
}

/// Each table's progress, one line each (a class of several tables).
fn print_tables(room: &RemoteRoom) {
    if room.tables.is_empty() {
        say!("this class has one table");
        return;
    }
    let here = room.table.map(|(t, _)| t);
    for (k, p) in room.tables.iter().enumerate() {
        let state = if p.ended {
            "ended".to_string()
        } else if !p.started {
            "in the lobby".to_string()
        } else {
            format!(
                "phase {}, round {}{}",
                p.phase + 1,
                p.round + 1,
                if p.paused { ", paused" } else { "" }
            )
        };
        say!(
            "{} table {}: {} students, {} seats held, {state}",
            if here == Some(k) { "▸" } else { " " },
            k + 1,
            p.students,
            p.seated
        );
    }
}

/// `as RU object 4`: a move for a delegation the facilitator has taken over. Actions are
/// named as everywhere else (`ActionKind`); `card` is short for `table_card`. Tabling free
/// wording and lobbying (which names a delegation by index) are left to the window.
fn as_command(text: &str) -> Option<Request> {
    use zero_draft_engine::log::{Action, ActionKind};
    let mut w = text.split_whitespace();
    let delegation = w.next()?.to_string();
    let verb = w.next()?;
    let arg = w.next();
    let id = || {
        arg.and_then(|a| a.trim_start_matches('#').parse::<u32>().ok())
            .map(AmendmentId)
    };
    let kind = match verb {
        "card" => ActionKind::TableCard,
        v => ActionKind::parse(v)?,
    };
    let action = match kind {
        ActionKind::Pass => Action::Pass,
        ActionKind::Join => Action::Join,
        ActionKind::Block => Action::Block,
        ActionKind::Object => Action::Object(id()?),
        ActionKind::CoSponsor => Action::CoSponsor(id()?),
        ActionKind::Threaten => Action::Threaten(id()?),
        ActionKind::Withdraw => Action::Withdraw(id()?),
        ActionKind::TableCard => Action::TableCard(CardId::from(arg?)),
        ActionKind::Dissociate => {
            let paragraphs: Vec<ParagraphId> =
                arg.into_iter().chain(w).map(ParagraphId::from).collect();
            Action::Dissociate(paragraphs)
        }
        ActionKind::Table | ActionKind::Lobby => return None,
    };
    Some(Request::ActAs {
        delegation,
        command: Command::Act(action),
    })
}
