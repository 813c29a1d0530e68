//! The apps: a server (headless, or under the teacher's window) and a client; and the two
//! loops the command line runs, `host --headless` and `join --bot`.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bevy::app::{ScheduleRunnerPlugin, TerminalCtrlCHandlerPlugin};
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy_replicon::prelude::*;
use bevy_replicon_renet::{RenetClient, RepliconRenetPlugins};
use zero_draft_engine::class::{Farewell, Refusal};

use crate::bot::{Bot, BotPlugin};
use crate::client::{ClassroomClientPlugin, Identity, RemoteRoom};
use crate::door::Knocked;
use crate::protocol;
use crate::server::{ClassroomServerPlugin, HostConfig, Tables};
use crate::transport;

/// Ticks per second of a headless server or bot: a turn-based room needs no more, and an idle
/// class then costs the teacher's laptop almost nothing.
pub const TICK_HZ: f64 = 30.0;

/// The plugins both sides share, in the same order (replicon's protocol check compares them).
/// `tick`: run the loop at this rate (headless); `None` leaves the runner to the caller.
pub fn base(app: &mut App, tick: Option<Duration>) {
    match tick {
        Some(t) => app.add_plugins(MinimalPlugins.set(ScheduleRunnerPlugin::run_loop(t))),
        None => app.add_plugins(MinimalPlugins),
    };
    app.add_plugins((
        StatesPlugin,
        RepliconPlugins.set(ServerPlugin::new(PostUpdate)),
    ));
    protocol::register(app);
}

/// A server app without a transport (in-process tests add clients with replicon's helpers).
pub fn server_app(cfg: HostConfig, tick: Option<Duration>) -> App {
    let mut app = App::new();
    base(&mut app, tick);
    app.insert_resource(Tables::new(cfg))
        .add_plugins(ClassroomServerPlugin);
    app
}

/// A client app without a transport.
pub fn client_app(me: Identity, tick: Option<Duration>) -> App {
    let mut app = App::new();
    base(&mut app, tick);
    app.insert_resource(me).add_plugins(ClassroomClientPlugin);
    app
}

fn tick() -> Duration {
    Duration::from_secs_f64(1.0 / TICK_HZ)
}

/// What `host` prints before it runs.
pub struct Listening {
    pub addresses: Vec<SocketAddr>,
}

/// Runs a headless class until the session ends (the record is written) or Ctrl+C.
/// `ready` is called once the socket is open, with the addresses to print.
pub fn host_headless(
    cfg: HostConfig,
    bind: SocketAddr,
    ready: impl FnOnce(&Listening),
) -> Result<(), String> {
    host_until(cfg, bind, ready, Stop::default(), true)
}

/// Asks a running host to write its record and stop (the teacher closed the window).
#[derive(Resource, Clone, Default)]
pub struct Stop(pub Arc<std::sync::atomic::AtomicBool>);

/// Runs a class until it ends, Ctrl+C, or `stop` is raised; `log` installs a logger for a host
/// without a window (a window installs its own).
pub fn host_until(
    cfg: HostConfig,
    bind: SocketAddr,
    ready: impl FnOnce(&Listening),
    stop: Stop,
    log: bool,
) -> Result<(), String> {
    let places = cfg.places;
    let codes = [cfg.code.clone(), cfg.facilitator_code.clone()];
    let mut app = server_app(cfg, Some(tick()));
    if log {
        // Without a window nothing else installs a logger: the transport's and replicon's
        // warnings and errors (a client timing out, a message that did not decode) go to
        // the terminal. `RUST_LOG` overrides the level.
        app.add_plugins(bevy::log::LogPlugin {
            filter: "warn".into(),
            ..default()
        });
    }
    let interrupted = Interrupted::default();
    let flag = interrupted.0.clone();
    // The first Ctrl+C ends the lesson as the teacher's `end` does (scored, recorded, the
    // results written, everyone told); a second one stops at once. The handler replaces the
    // disposition it finds: a host a script started in the background inherits an ignored
    // SIGINT, and its `kill -INT` must still end the class cleanly (nothing else in this
    // process handles the signal).
    if let Err(e) = bevy::app::ctrlc::set_handler(move || {
        if flag.fetch_add(1, std::sync::atomic::Ordering::SeqCst) > 0 {
            std::process::exit(130);
        }
    }) {
        warn!("Ctrl+C will not end the class cleanly: {e}");
    }
    app.add_plugins(RepliconRenetPlugins)
        .insert_resource(stop)
        .insert_resource(interrupted)
        .add_systems(Update, end_on_ctrl_c)
        .add_systems(Last, (exit_when_over, exit_when_stopped));
    app.finish();
    app.cleanup();
    let addresses =
        transport::serve(&mut app, bind, places, &[&codes[0], &codes[1]]).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AddrInUse {
                format!(
                    "cannot listen on {bind}: the port is taken (another class, or another program); choose another with --bind, e.g. --bind 0.0.0.0:{}",
                    bind.port().wrapping_add(1).max(1024)
                )
            } else {
                format!("cannot listen on {bind}: {e}")
            }
        })?;
    ready(&Listening { addresses });
    match app.run() {
        AppExit::Success => Ok(()),
        AppExit::Error(_) => Err("the server stopped with an error".into()),
    }
}

/// A headless host stops once everyone has been told the session is over and the students'
/// debriefs are sent, a second later so the last posts leave (and a student's late request
/// for a debrief arrives). Debriefs get at most a few minutes.
fn exit_when_over(room: Res<Tables>, mut exit: MessageWriter<AppExit>, mut after: Local<u32>) {
    const DEBRIEFS_AT_MOST: u32 = 180 * TICK_HZ as u32;
    if room.ended_told() {
        *after += 1;
        let settled = !room.debriefs_pending() || *after > DEBRIEFS_AT_MOST;
        if settled && *after > (TICK_HZ as u32) {
            exit.write(AppExit::Success);
        }
    }
}

/// Ctrl+C pressed at the host's terminal (how many times).
#[derive(Resource, Clone, Default)]
struct Interrupted(Arc<std::sync::atomic::AtomicU8>);

fn end_on_ctrl_c(interrupted: Res<Interrupted>, mut class: ResMut<Tables>) {
    if interrupted.0.load(std::sync::atomic::Ordering::Relaxed) > 0
        && class.tables.iter().any(|t| !t.ended())
    {
        class.end_class();
    }
}

fn exit_when_stopped(stop: Res<Stop>, mut exit: MessageWriter<AppExit>) {
    if stop.0.load(std::sync::atomic::Ordering::Relaxed) {
        exit.write(AppExit::Success);
    }
}

/// Why a bot stopped before the session ended.
#[derive(Debug, Clone, PartialEq)]
pub enum BotFailure {
    /// The transport could not be set up.
    Connect(String),
    /// The server closed the connection.
    Closed(Farewell),
    /// Connected, but the session did not end within the timeout.
    NotEnded,
    /// Never connected within the timeout.
    Unreachable,
    /// The host turned the connection away: the class is full.
    ClassFull,
    /// The host refused the seat the bot asked for (held by a student, not a delegation of
    /// the room, an observer's).
    SeatRefused(Refusal),
    /// Connected, but every seat was held until the timeout.
    NoFreeSeat,
    /// Stopped (Ctrl+C) before the session ended.
    Stopped,
}

/// Connects a bot to a class and plays until the session ends; returns the SHA-256 of the
/// public log it received.
pub fn join_bot(
    server: SocketAddr,
    me: Identity,
    bot: Bot,
    timeout: Duration,
    tokens: Option<crate::rejoin::TokenFile>,
) -> Result<String, BotFailure> {
    let result: Arc<Mutex<Option<Result<String, BotFailure>>>> = Arc::default();
    let code = me.code.clone();
    let mut app = client_app(me, Some(tick()));
    app.insert_resource(crate::rejoin::Host {
        address: server,
        code: code.clone(),
    })
    .add_plugins(crate::rejoin::RejoinPlugin);
    if let Some(t) = tokens {
        app.insert_resource(t);
    }
    app.insert_resource(bot)
        .insert_resource(Outcome(result.clone(), timeout))
        .add_plugins((RepliconRenetPlugins, BotPlugin, TerminalCtrlCHandlerPlugin))
        .add_systems(Last, (bot_done, nap_while_idle));
    app.finish();
    app.cleanup();
    transport::connect(&mut app, server, &code).map_err(|e| match e {
        Knocked::Refused(Farewell::ClassFull) => BotFailure::ClassFull,
        Knocked::Refused(why) => BotFailure::Closed(why),
        Knocked::Unreachable(e) => BotFailure::Connect(e),
    })?;
    app.run();
    let r = result.lock().map(|mut r| r.take()).ok().flatten();
    r.unwrap_or(Err(BotFailure::Stopped))
}

/// A headless bot that has heard nothing for a while sleeps between frames: idle in a lobby
/// or waiting for classmates it costs almost nothing, and the first post wakes it to full
/// speed. (The transport's keep-alives and timeouts are seconds; a nap is a fifth of one.)
fn nap_while_idle(room: Res<RemoteRoom>, time: Res<Time<Real>>, mut last: Local<(u32, u64, f32)>) {
    const QUIET: f32 = 1.0;
    const NAP: Duration = Duration::from_millis(200);
    let now = time.elapsed_secs();
    let heard = (room.connections, room.received);
    if (last.0, last.1) != heard {
        *last = (heard.0, heard.1, now);
    } else if now - last.2 > QUIET {
        std::thread::sleep(NAP);
    }
}

#[derive(Resource)]
struct Outcome(Arc<Mutex<Option<Result<String, BotFailure>>>>, Duration);

fn bot_done(
    room: Res<RemoteRoom>,
    bot: Res<Bot>,
    outcome: Res<Outcome>,
    client: Option<Res<RenetClient>>,
    transport: Option<Res<transport::ClientTransport>>,
    time: Res<Time<Real>>,
    mut exit: MessageWriter<AppExit>,
) {
    let done = if let Some(why) = &room.goodbye {
        Some(Err(BotFailure::Closed(why.clone())))
    } else if transport::denied(transport) {
        Some(Err(BotFailure::ClassFull))
    } else if let Some(why) = &bot.refused {
        Some(Err(BotFailure::SeatRefused(why.clone())))
    } else if room.ended.is_some() && room.room.as_ref().is_some_and(|r| r.log_len > 0) {
        let mine = room.log_sha256();
        if room.ended.as_deref() == Some(mine.as_str()) {
            Some(Ok(mine))
        } else {
            None
        }
    } else if time.elapsed() > outcome.1 {
        Some(Err(if client.is_some_and(|c| c.is_connected()) {
            if room.seat.is_none() && bot.no_free_seat {
                BotFailure::NoFreeSeat
            } else {
                BotFailure::NotEnded
            }
        } else {
            BotFailure::Unreachable
        }))
    } else {
        None
    };
    if let Some(r) = done {
        if let Ok(mut slot) = outcome.0.lock() {
            *slot = Some(r);
        }
        exit.write(AppExit::Success);
    }
}
