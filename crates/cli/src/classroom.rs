//! `host` and `join`: the classroom over the network.

use std::net::{SocketAddr, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::time::Duration;

use zero_draft_engine::files::{atomic_write, read_record};
use zero_draft_engine::session::Session;
use zero_draft_net::bot::{Bot, Strategy};
use zero_draft_net::client::Identity;
use zero_draft_net::run::{BotFailure, host_headless, join_bot};
use zero_draft_net::server::{HostConfig, table_path};

use crate::cli::{emit, load_model, writable};

/// The port a class listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 5740;

// `host`: the class's server (its help text is the subcommand's, in cli.rs).
#[derive(clap::Args, Debug)]
pub struct HostArgs {
    /// Scenario file (RON).
    pub scenario: PathBuf,
    /// Address to listen on (all interfaces by default, so students' laptops reach it).
    #[arg(long, default_value = "0.0.0.0:5740")]
    pub bind: String,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Where the game record is kept as the game goes (default: class-CODE.ron).
    #[arg(long)]
    pub record: Option<PathBuf>,
    /// Run without a window (a fixed tick, no rendering); exits when the session ends.
    /// Without it, the teacher's window opens on the facilitator's console.
    #[arg(long)]
    pub headless: bool,
    /// The students' join code (default: four random letters).
    #[arg(long)]
    pub code: Option<String>,
    /// Start by itself once this many seats are claimed (else the teacher types `start`).
    #[arg(long)]
    pub start_when: Option<usize>,
    /// Continue a class from its record.
    #[arg(long)]
    pub resume: Option<PathBuf>,
    /// Seconds before the AI stands in for a student whose connection dropped, or `wait`.
    #[arg(long, default_value = "30")]
    pub grace: String,
    /// Most connections the class takes (students, bots and the teacher's console); one more
    /// is told the class is full. At most 256, the transport's limit (`MAX_CLIENTS`).
    #[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u64).range(1..=256))]
    pub places: u64,
    /// A class roster: a CSV of `name,delegation` lines, with a third column `table` (from 1)
    /// when the class has several (a header line `name,delegation,table` is allowed, `#`
    /// starts a comment). A student who joins with a listed name is seated at once at that
    /// table (or, with no table given, at the tables in turn), and nobody else may claim that
    /// seat.
    #[arg(long)]
    pub roster: Option<PathBuf>,
    /// Run this many tables of the same scenario and seed side by side (each its own room,
    /// record and results; students spread evenly unless the roster or their `join --table`
    /// says otherwise).
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..=16))]
    pub tables: u64,
}

pub fn host(a: HostArgs) -> Result<(), String> {
    let bind = address(&a.bind)?;
    let (model, source) = load_model(&a.scenario)?;
    let code = match a.code {
        Some(c) if valid_code(&c) => c.to_uppercase(),
        Some(c) => return Err(format!("--code {c:?}: use 4 to 12 letters or digits")),
        None => random_code(4),
    };
    // A resumed lesson goes on in its own record unless told otherwise.
    let record = a
        .record
        .or_else(|| a.resume.clone())
        .unwrap_or_else(|| PathBuf::from(format!("class-{}.ron", code.to_lowercase())));
    writable(&record)?;
    let grace = match a.grace.as_str() {
        "wait" => None,
        s => Some(
            s.parse::<f32>()
                .ok()
                .filter(|g| g.is_finite() && *g >= 0.0)
                .ok_or(format!(
                    "--grace {s:?}: a number of seconds, or `wait` (the room waits for the student)"
                ))?,
        ),
    };
    let mut cfg = HostConfig::new(model.clone(), &a.scenario.to_string_lossy(), &source);
    cfg.seed = a.seed;
    // The teacher's code owes nothing to the students': twelve letters drawn from the
    // system's randomness (about 60 bits) cannot be guessed by a class trying codes.
    let teacher = random_code(12);
    cfg.facilitator_code = format!("{}-{}-{}", &teacher[..4], &teacher[4..8], &teacher[8..]);
    cfg.code = code.clone();
    cfg.record = Some(record.clone());
    cfg.start_when = a.start_when;
    cfg.grace = grace;
    cfg.places = a.places as usize;
    cfg.tables = a.tables as usize;
    if cfg.tables > 1 && a.resume.is_some() {
        return Err(
            "--resume continues one table: resume each table's record as a class of its own".into(),
        );
    }
    if let Some(path) = &a.roster {
        cfg.roster = crate::roster::read_roster(path, &model, cfg.tables)?;
    }
    if let Some(path) = &a.resume {
        let r = read_record(path).map_err(|e| e.to_string())?;
        crate::records::check_seal(path, &r, false)?;
        if !r.scenario_intact() || r.scenario_source != source {
            return Err(format!(
                "{}: this record was played on another version of {}",
                path.display(),
                a.scenario.display()
            ));
        }
        Session::resume(model.clone(), &r)
            .map_err(|e| crate::records::replay_failed(path, &model, &e))?;
        cfg.seed = r.seed;
        cfg.resume = Some(r);
    }
    let teacher = cfg.facilitator_code.clone();
    let tables = cfg.tables;
    if !a.headless {
        return host_window(cfg, bind, &code, &record);
    }
    let mut printed = Ok(());
    host_headless(cfg, bind, |l| {
        printed = emit(&listening(&code, &teacher, &l.addresses, &record, tables));
    })?;
    printed?;
    finish_class(&record, tables)
}

/// After a class of one or several tables: each table's report and results, and for several
/// the class debrief beside the record (`<record>.debrief.md` and `.html`).
fn finish_class(record: &Path, tables: usize) -> Result<(), String> {
    if tables <= 1 {
        return finish(record);
    }
    let mut played = Vec::new();
    for k in 0..tables {
        let path = table_path(record, k);
        emit(&format!("table {}:\n", k + 1))?;
        finish(&path)?;
        if path.exists() {
            played.push(path);
        }
    }
    if played.is_empty() {
        return Ok(());
    }
    crate::class_debrief::write(&played, &record.with_extension("debrief.md"), 200, 60)
}

/// What `host` prints once it listens.
fn listening(
    code: &str,
    teacher: &str,
    addresses: &[SocketAddr],
    record: &Path,
    tables: usize,
) -> String {
    let mut text = format!("code: {code}\nteacher code: {teacher}\n");
    for addr in addresses {
        text += &format!("address: {addr}\n");
    }
    text += &format!(
        "students: zero-draft join {} --code {code}\n",
        addresses.last().map_or(String::new(), |a| a.to_string()),
    );
    if tables > 1 {
        text += &format!(
            "tables: {tables} (students spread evenly; `join … --table N` or the roster's third column chooses)\n"
        );
        for k in 0..tables {
            text += &format!("record: {}\n", table_path(record, k).display());
        }
    } else {
        text += &format!("record: {}\n", record.display());
    }
    text
}

/// The host with the teacher's window: the server runs on a thread of its own, and the window
/// joins it as the facilitator. Closing the window writes the record and ends the class.
#[cfg(feature = "game")]
fn host_window(cfg: HostConfig, bind: SocketAddr, code: &str, record: &Path) -> Result<(), String> {
    if !zero_draft_game::paths::has_display() {
        return Err(format!(
            "{} (or run the class without a window: --headless)",
            zero_draft_game::paths::NO_DISPLAY
        ));
    }
    let teacher = cfg.facilitator_code.clone();
    let tables = cfg.tables;
    let stop = zero_draft_net::run::Stop::default();
    let (tx, rx) = std::sync::mpsc::channel();
    let server = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            zero_draft_net::run::host_until(
                cfg,
                bind,
                |l| {
                    let _ = tx.send(l.addresses.clone());
                },
                stop,
                false,
            )
        })
    };
    let Ok(addresses) = rx.recv() else {
        return match server.join() {
            Ok(Err(e)) => Err(e),
            _ => Err("the server did not start".into()),
        };
    };
    emit(&listening(code, &teacher, &addresses, record, tables))?;
    let local = addresses[0];
    zero_draft_game::join(
        local,
        Identity {
            code: teacher,
            name: "teacher".into(),
            token: None,
            watching: false,
            table: None,
        },
        None,
    );
    stop.0.store(true, std::sync::atomic::Ordering::Relaxed);
    match server.join() {
        Ok(r) => r?,
        Err(_) => return Err("the server stopped with an error".into()),
    }
    finish_class(record, tables)
}

#[cfg(not(feature = "game"))]
fn host_window(_: HostConfig, _: SocketAddr, _: &str, _: &Path) -> Result<(), String> {
    Err("this build has no window: use --headless".into())
}

/// After the class: the public log's hash, the class results beside the record.
fn finish(record: &Path) -> Result<(), String> {
    if !record.exists() {
        return emit("the session was not started; no record\n");
    }
    let (r, model) = crate::records::open_record(record)?;
    let s = Session::replay_verified(model.clone(), &r)
        .map_err(|e| crate::records::replay_failed(record, &model, &e))?;
    let report = record.with_extension("report.md");
    atomic_write(
        &report,
        zero_draft_text::export(&s, zero_draft_text::Format::Markdown).as_bytes(),
    )
    .map_err(|e| format!("{}: {e}", report.display()))?;
    let sha = zero_draft_net::sync::log_sha256(&zero_draft_net::sync::public_log(s.events()));
    emit(&format!(
        "report: {}\nresults: {}\nlog sha256 {sha}\n",
        report.display(),
        record.with_extension("results.csv").display()
    ))
}

// `join`: a student's window, a bot, or the facilitator's console.
#[derive(clap::Args, Debug)]
pub struct JoinArgs {
    /// The host's address, HOST:PORT (as `host` printed it).
    pub address: String,
    #[arg(long)]
    pub code: Option<String>,
    #[arg(long)]
    pub name: Option<String>,
    /// Play a seat headless with a built-in strategy; prints the public log's hash at the end.
    #[arg(long)]
    pub bot: bool,
    /// With --bot: the delegation to claim (default: the first free member state).
    #[arg(long)]
    pub delegation: Option<String>,
    /// With --bot: ai (the engine's own move for the seat), coach, or passive.
    #[arg(long, default_value = "ai")]
    pub strategy: String,
    /// Open the facilitator's console (use the teacher code): in the game window, or in
    /// the terminal without a display or with --terminal.
    #[arg(long)]
    pub facilitator: bool,
    /// With --facilitator: the console in this terminal, typed commands.
    #[arg(long)]
    pub terminal: bool,
    /// Open the class's projector (with the students' code): the public room, large — the
    /// draft, the floor and its stances, the Chair's moves, the clock — holding no seat.
    #[arg(long, conflicts_with_all = ["bot", "facilitator"])]
    pub projector: bool,
    /// In a class of several tables: the table to sit at (from 1); by default the host
    /// spreads students evenly (and a projector watches the first table).
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=64))]
    pub table: Option<u64>,
    /// With --bot: give up after this many seconds.
    #[arg(long, default_value_t = 3600)]
    pub timeout: u64,
}

pub fn join(a: JoinArgs) -> Result<(), String> {
    let server = address(&a.address)?;
    let code = a.code.clone().unwrap_or_default().to_uppercase();
    let name = a.name.clone().unwrap_or_else(|| {
        if a.bot {
            "bot"
        } else if a.projector {
            "projector"
        } else {
            "student"
        }
        .to_string()
    });
    // A student's seat token is kept on disk: started again, the game takes the same seat.
    let tokens = (!a.facilitator).then(|| {
        zero_draft_net::rejoin::TokenFile::new(
            zero_draft_net::rejoin::default_path(),
            server,
            &code,
            &name,
        )
    });
    let me = Identity {
        token: tokens.as_ref().and_then(|t| t.recall()),
        code,
        name,
        watching: a.projector,
        table: a.table.map(|t| t as usize),
    };
    if a.facilitator {
        if a.terminal || !has_window() {
            return crate::console::run(server, me);
        }
        return open_window(server, me, None);
    }
    if a.projector {
        return open_projector(server, me);
    }
    if !a.bot {
        return open_window(server, me, tokens);
    }
    let strategy = Strategy::parse(&a.strategy).ok_or(format!(
        "--strategy {:?}: one of ai, coach, passive",
        a.strategy
    ))?;
    let bot = Bot::named(a.delegation, strategy, &me.name);
    let sha = join_bot(server, me, bot, Duration::from_secs(a.timeout), tokens).map_err(|e| match e {
        BotFailure::Connect(e) => format!("cannot reach {server}: {e}"),
        BotFailure::Closed(why) => format!(
            "the server closed the connection: {}",
            zero_draft_text::farewell(&why)
        ),
        BotFailure::NotEnded => "the session did not end in time".to_string(),
        BotFailure::Unreachable => {
            "cannot reach the class (is the host running, and the address right?)".to_string()
        }
        BotFailure::Stopped => "stopped before the session ended".to_string(),
        BotFailure::ClassFull => format!(
            "the class at {server} is full: every place is taken (the host sets how many with --places); ask the host for a place, or join another class"
        ),
        BotFailure::SeatRefused(why) => format!(
            "{} (choose another with --delegation, or leave it out to take the first free seat)",
            zero_draft_text::class_refusal(&zero_draft_text::NoNames, &why)
        ),
        BotFailure::NoFreeSeat => format!(
            "connected, but every seat in the class was held for {} s: ask the facilitator to free one",
            a.timeout
        ),
    })?;
    emit(&format!("log sha256 {sha}\n"))
}

#[cfg(feature = "game")]
fn has_window() -> bool {
    zero_draft_game::paths::has_display()
}

#[cfg(not(feature = "game"))]
fn has_window() -> bool {
    false
}

#[cfg(feature = "game")]
fn open_window(
    server: SocketAddr,
    me: Identity,
    tokens: Option<zero_draft_net::rejoin::TokenFile>,
) -> Result<(), String> {
    if !zero_draft_game::paths::has_display() {
        return Err(zero_draft_game::paths::NO_DISPLAY.to_string());
    }
    zero_draft_game::join(server, me, tokens);
    Ok(())
}

#[cfg(feature = "game")]
fn open_projector(server: SocketAddr, me: Identity) -> Result<(), String> {
    if !zero_draft_game::paths::has_display() {
        return Err(zero_draft_game::paths::NO_DISPLAY.to_string());
    }
    zero_draft_game::projector(server, me);
    Ok(())
}

#[cfg(not(feature = "game"))]
fn open_projector(_: SocketAddr, _: Identity) -> Result<(), String> {
    Err("this build has no game window".into())
}

#[cfg(not(feature = "game"))]
fn open_window(
    _: SocketAddr,
    _: Identity,
    _: Option<zero_draft_net::rejoin::TokenFile>,
) -> Result<(), String> {
    Err("this build has no game window: use --bot".into())
}

/// `HOST:PORT`, a bare host (the default port), or `:PORT`.
pub fn address(text: &str) -> Result<SocketAddr, String> {
    let with_port = if text.starts_with(':') {
        format!("0.0.0.0{text}")
    } else if text.contains(':') {
        text.to_string()
    } else {
        format!("{text}:{DEFAULT_PORT}")
    };
    with_port
        .to_socket_addrs()
        .ok()
        .and_then(|mut a| a.next())
        .ok_or(format!(
            "{text:?} is not an address (expected HOST:PORT, e.g. 192.168.1.20:{DEFAULT_PORT})"
        ))
}

fn valid_code(c: &str) -> bool {
    (4..=12).contains(&c.len()) && c.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Letters a class can read aloud without confusion (no I, O, 0, 1).
fn random_code(n: usize) -> String {
    use std::hash::{BuildHasher, Hasher};
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut seed = [0u8; 8];
    let mut x = if getrandom::fill(&mut seed).is_ok() {
        u64::from_le_bytes(seed)
    } else {
        // No system randomness: the clock through a randomly keyed hash.
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos()),
        );
        h.finish()
    };
    (0..n)
        .map(|_| {
            let c = ALPHABET[(x % ALPHABET.len() as u64) as usize] as char;
            x /= ALPHABET.len() as u64;
            c
        })
        .collect()
}
