//! Getting a seat back: the seat token is kept on disk, so a student whose game or laptop
//! restarts takes the same seat, and a client whose connection drops connects again by itself
//! (the room resends everything, and the token reclaims the seat).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

use bevy::prelude::*;
use bevy_replicon::prelude::*;
use bevy_replicon_renet::RenetClient;
use bevy_replicon_renet::netcode::ConnectToken;
use zero_draft_engine::class::Farewell;

use crate::client::RemoteRoom;
use crate::door::{self, Knocked};
use crate::transport::{self, ClientTransport, KNOCK_PATIENCE};

/// Where a client keeps its seat token, and under which key (host, code and name).
#[derive(Resource, Debug, Clone)]
pub struct TokenFile {
    pub path: PathBuf,
    pub key: String,
}

/// The longest token file read back (a few dozen lines).
const MAX_FILE: u64 = 64 * 1024;
/// Seats remembered at most; the oldest go first.
pub const MAX_SEATS: usize = 64;

impl TokenFile {
    pub fn new(path: PathBuf, server: SocketAddr, code: &str, name: &str) -> TokenFile {
        // Tabs and line breaks would break the file's lines; names are short and printable.
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        TokenFile {
            path,
            key: format!("{server}\t{}\t{}", clean(code), clean(name)),
        }
    }

    /// The token this client was given for the same class, if it was kept.
    pub fn recall(&self) -> Option<u64> {
        lines(&self.path)
            .into_iter()
            .find_map(|(k, t)| (k == self.key).then_some(t))
    }

    /// Keeps `token` for this class (replacing an older one).
    pub fn remember(&self, token: u64) -> std::io::Result<()> {
        let mut kept: Vec<(String, u64)> = lines(&self.path)
            .into_iter()
            .filter(|(k, _)| *k != self.key)
            .collect();
        kept.push((self.key.clone(), token));
        let start = kept.len().saturating_sub(MAX_SEATS);
        let text: String = kept[start..]
            .iter()
            .map(|(k, t)| format!("{k}\t{t}\n"))
            .collect();
        if let Some(dir) = self.path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        zero_draft_engine::files::atomic_write(&self.path, text.as_bytes())
    }
}

/// `key → token` lines of the file; a damaged line is skipped (it only costs a seat back).
pub fn lines(path: &Path) -> Vec<(String, u64)> {
    let Ok(text) = zero_draft_engine::files::read_capped(path, MAX_FILE) else {
        return Vec::new();
    };
    text.lines()
        .filter_map(|l| {
            let (key, token) = l.rsplit_once('\t')?;
            Some((key.to_string(), token.trim().parse().ok()?))
        })
        .collect()
}

/// The token file in the user's data folder.
pub fn default_path() -> PathBuf {
    zero_draft_engine::signing::data_dir().join("class-seats.tsv")
}

/// The host this client connects (and reconnects) to, and the code it knocks with.
#[derive(Resource, Debug, Clone)]
pub struct Host {
    pub address: SocketAddr,
    pub code: String,
}

/// A knock at the class's door running on its own thread, so a window never waits on the
/// network; [`RejoinPlugin`] connects with the token it brings.
#[derive(Resource)]
pub struct Knocking(Mutex<Receiver<Result<ConnectToken, Knocked>>>);

impl Knocking {
    pub fn start(host: &Host) -> Knocking {
        let (tx, rx) = std::sync::mpsc::channel();
        let (address, code) = (host.address, host.code.clone());
        std::thread::spawn(move || {
            let _ = tx.send(door::knock(address, &code, KNOCK_PATIENCE));
        });
        Knocking(Mutex::new(rx))
    }

    fn answer(&self) -> Option<Result<ConnectToken, Knocked>> {
        match self.0.lock().ok()?.try_recv() {
            Ok(answer) => Some(answer),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(Knocked::Unreachable(
                "the connection attempt stopped".into(),
            ))),
        }
    }
}

/// A dropped connection being made again: how many attempts, and when the last began.
#[derive(Resource, Debug, Default, Clone)]
pub struct Reconnecting {
    pub attempts: u32,
    pub since: Option<Duration>,
    last: Option<Duration>,
}

impl Reconnecting {
    /// Whether the client is between a drop and a new connection.
    pub fn active(&self) -> bool {
        self.since.is_some()
    }
}

/// Keeps the token on disk, and connects again after a drop; add it with a [`Host`] (and,
/// to keep the token, a [`TokenFile`]).
pub struct RejoinPlugin;

impl Plugin for RejoinPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<Reconnecting>()
            .add_systems(Update, (keep_token, reconnect, let_in).chain());
    }
}

fn keep_token(room: Res<RemoteRoom>, file: Option<Res<TokenFile>>, mut kept: Local<Option<u64>>) {
    let (Some(file), Some(token)) = (file, room.token) else {
        return;
    };
    if *kept != Some(token) {
        // A full disk costs the seat after a restart, not the game: say so and go on.
        if let Err(e) = file.remember(token) {
            warn!("cannot keep the seat token in {}: {e}", file.path.display());
        }
        *kept = Some(token);
    }
}

/// Seconds between attempts: quick at first, then every few seconds.
fn backoff(attempts: u32) -> Duration {
    Duration::from_secs_f32((0.5 * 2f32.powi(attempts.min(3) as i32)).min(4.0))
}

#[allow(clippy::too_many_arguments)] // one system reading the connection's whole state
fn reconnect(
    mut commands: Commands,
    host: Option<Res<Host>>,
    client: Option<Res<RenetClient>>,
    transport: Option<Res<ClientTransport>>,
    knocking: Option<Res<Knocking>>,
    room: Res<RemoteRoom>,
    time: Res<Time<Real>>,
    mut state: ResMut<Reconnecting>,
) {
    let Some(host) = host else {
        return;
    };
    let now = time.elapsed();
    match client {
        Some(c) if c.is_connected() && state.active() => *state = Reconnecting::default(),
        Some(c) if c.is_connected() => {}
        Some(c) if c.is_disconnected() => {
            // Turned away at the door, told goodbye, or the session is over: nothing to go
            // back to.
            let over =
                room.goodbye.is_some() || room.ended.is_some() || transport::denied(transport);
            if over {
                return;
            }
            // The dead connection goes first: the transport starts a connection afresh only
            // for a client it sees added.
            commands.remove_resource::<RenetClient>();
            commands.remove_resource::<ClientTransport>();
            state.since.get_or_insert(now);
        }
        Some(_) => {}
        None if state.active() && knocking.is_none() => {
            if state
                .last
                .is_some_and(|l| now - l < backoff(state.attempts))
            {
                return;
            }
            state.last = Some(now);
            state.attempts += 1;
            commands.insert_resource(Knocking::start(&host));
        }
        None => {}
    }
}

/// Connects with the token a knock brought back, or says why the door said no.
fn let_in(
    mut commands: Commands,
    knocking: Option<Res<Knocking>>,
    channels: Res<RepliconChannels>,
    state: Res<Reconnecting>,
    mut room: ResMut<RemoteRoom>,
) {
    let Some(answer) = knocking.and_then(|k| k.answer()) else {
        return;
    };
    commands.remove_resource::<Knocking>();
    match answer {
        Ok(token) => match transport::client_for(&channels, token) {
            Ok((client, transport)) => {
                room.unreachable = None;
                commands.insert_resource(client);
                commands.insert_resource(transport);
            }
            Err(e) => room.unreachable = Some(e.to_string()),
        },
        // Coming back, a full or busy door or no answer is tried again after the backoff;
        // a wrong code never gets better.
        Err(Knocked::Refused(why @ (Farewell::ClassFull | Farewell::Busy))) if state.active() => {
            warn!("the class did not let us back in yet: {why}");
        }
        Err(Knocked::Refused(why)) => room.goodbye = Some(why),
        Err(Knocked::Unreachable(e)) => room.unreachable = Some(e),
    }
}
