//! The authoritative server: the only place the engine runs. It seats students by their
//! connection, checks every command against that seat, and sends each client the public room
//! and its own seat's private data, nothing else.

mod advice;
mod between;
mod connections;
mod debrief;
mod publish;
mod requests;
mod results;
mod saver;
mod seats;
mod tables;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::*;
use bevy_replicon::prelude::*;
use zero_draft_engine::model::{DelegationId, Model};
use zero_draft_engine::record::GameRecord;
use zero_draft_engine::seat::{Command, Controller, Seat};
use zero_draft_engine::session::Session;
use zero_draft_engine::view::{Private, PublicScenario};

use crate::protocol::{Lobby, LobbySeat, Post};
pub use saver::Saver;
pub use tables::{TableProgress, Tables, table_path};

/// How a class is run.
#[derive(Debug, Clone)]
pub struct HostConfig {
    pub model: Arc<Model>,
    pub scenario_file: String,
    pub scenario_source: String,
    pub seed: u64,
    /// The students' join code.
    pub code: String,
    /// The teacher's code: joining with it opens the facilitator console.
    pub facilitator_code: String,
    /// Where the game record is kept as the game goes.
    pub record: Option<PathBuf>,
    /// Start by itself once this many seats are claimed.
    pub start_when: Option<usize>,
    /// Seconds a dropped student's seat waits before the AI stands in; `None`: the room waits.
    pub grace: Option<f32>,
    /// A class continued from its record.
    pub resume: Option<GameRecord>,
    /// Requests a client may send per second (burst: twice that); past it they are dropped,
    /// and a client that keeps on is disconnected.
    pub rate: f32,
    /// Most connections the class takes at once (students, bots, the teacher's console);
    /// one more is turned away at the door and told the class is full.
    pub places: usize,
    /// Students seated by name as they join. A rostered seat is kept for its student: nobody
    /// else may claim it.
    pub roster: Vec<Rostered>,
    /// Rooms of the same scenario and seed run side by side (at least one).
    pub tables: usize,
    /// Seconds a connection has to say hello (with a code) before the host lets it go: a
    /// connection that never speaks cannot hold one of the class's places.
    pub hello_within: f32,
}

impl HostConfig {
    pub fn new(model: Arc<Model>, scenario_file: &str, scenario_source: &str) -> HostConfig {
        HostConfig {
            model,
            scenario_file: scenario_file.to_string(),
            scenario_source: scenario_source.to_string(),
            seed: 1,
            code: String::new(),
            facilitator_code: String::new(),
            record: None,
            start_when: None,
            grace: Some(30.0),
            resume: None,
            rate: 20.0,
            places: crate::transport::MAX_CLIENTS,
            roster: Vec::new(),
            tables: 1,
            hello_within: 10.0,
        }
    }
}

/// The record setting naming who held a delegation's seat: `class.seat.<delegation>` →
/// `<token>\t<student>`.
const HELD_BY: &str = "class.seat.";
/// The record setting naming who made each move on a shared seat.
pub const MOVES_BY: &str = "class.moves_by";

/// A student on the class roster: the seat kept for them, and the table when the class has
/// several (from 0).
#[derive(Debug, Clone, PartialEq)]
pub struct Rostered {
    pub name: String,
    pub delegation: String,
    pub table: Option<usize>,
}

/// Who holds one delegation's seat.
#[derive(Debug, Clone, Default)]
struct Holder {
    student: Option<String>,
    token: u64,
    client: Option<Entity>,
    /// When the holder's connection dropped (seconds of real time).
    dropped_at: Option<f32>,
    /// The AI plays the seat while its student is away.
    stood_in: bool,
    taken_over: bool,
    /// A second student sharing the seat: name, seat token and connection (either may act).
    partner: Option<Partner>,
}

#[derive(Debug, Clone)]
struct Partner {
    name: String,
    token: u64,
    client: Option<Entity>,
}

impl Holder {
    /// A student of this seat is connected (its holder or its partner).
    fn attended(&self) -> bool {
        self.client.is_some() || self.partner.as_ref().is_some_and(|p| p.client.is_some())
    }

    /// The seat's students as the results and the lobby name them: `Ana & Ben`.
    fn students(&self) -> Option<String> {
        let s = self.student.clone()?;
        Some(match &self.partner {
            Some(p) => format!("{s} & {}", p.name),
            None => s,
        })
    }
}

/// One connection.
#[derive(Debug, Clone)]
struct Client {
    name: String,
    hello: bool,
    facilitator: bool,
    /// A projector or observer: holds no seat, is not counted among the students.
    watching: bool,
    seat: Option<DelegationId>,
    room_version: u64,
    log_sent: usize,
    private_sent: Option<Private>,
    /// For a facilitator: the shape of the corridor it was last sent.
    corridor_sent: Option<[usize; 5]>,
    /// Token bucket for requests, and how many were dropped for arriving too fast.
    bucket: f32,
    dropped: u32,
    /// Told to go; its further messages are ignored until the connection closes.
    kicked: bool,
    /// Asked for its seat's debrief at the end (a student's window does; a bot does not).
    wants_debrief: bool,
}

/// Bytes and timings the benchmarks and the console read.
#[derive(Debug, Clone, Default)]
pub struct NetStats {
    pub updates: u64,
    pub refused: u64,
    pub kicked: u64,
    /// Connections let go for never saying hello.
    pub silent_let_go: u64,
}

/// One table of the class: the session (once started), its seats and its connections.
pub struct Classroom {
    cfg: HostConfig,
    public: Arc<PublicScenario>,
    session: Option<Session>,
    holders: Vec<Holder>,
    clients: HashMap<Entity, Client>,
    /// The public log as clients receive it, and how far into the session's events it goes.
    public_log: Vec<zero_draft_engine::log::Event>,
    scanned: usize,
    room_text: String,
    room_version: u64,
    prev: Option<(u64, String)>,
    stamp: (usize, usize, bool),
    /// What private data depends on, as of the last update: the text, the moment of the
    /// session, and how many inputs were seen.
    last_text: Option<zero_draft_engine::document::Document>,
    last_moment: Option<(zero_draft_engine::session::Stage, usize, bool)>,
    /// The corridor's shape when private data was last recomputed (an offer made to a
    /// student by another seat changes that student's private view).
    last_corridor: [usize; 5],
    inputs_seen: usize,
    lobby_dirty: bool,
    ended: bool,
    told_end: bool,
    saver: Saver,
    /// When the record was last handed to the writing thread (seconds of real time).
    last_save: f32,
    /// Moves made on shared seats: (input index, the student who made it).
    shared_moves: Vec<(usize, String)>,
    next_token: u64,
    debriefs: debrief::Debriefs,
    pub stats: NetStats,
}

impl Classroom {
    pub fn new(cfg: HostConfig) -> Classroom {
        let public = Arc::new(PublicScenario::of(&cfg.model));
        let n = cfg.model.delegations.len();
        let saver = Saver::new(cfg.record.clone());
        // Seat tokens only need to be unguessable by classmates: the clock and the process's
        // random hasher keys are enough.
        let next_token = {
            use std::hash::{BuildHasher, Hasher};
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u128(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos()),
            );
            h.finish() | 1
        };
        let mut room = Classroom {
            public,
            session: None,
            holders: vec![Holder::default(); n],
            clients: HashMap::new(),
            public_log: Vec::new(),
            scanned: 0,
            room_text: String::new(),
            room_version: 0,
            prev: None,
            stamp: (usize::MAX, 0, false),
            last_text: None,
            last_moment: None,
            last_corridor: [0; 5],
            inputs_seen: 0,
            lobby_dirty: true,
            ended: false,
            told_end: false,
            saver,
            last_save: 0.0,
            shared_moves: Vec::new(),
            next_token,
            debriefs: debrief::Debriefs::default(),
            stats: NetStats::default(),
            cfg,
        };
        if let Some(record) = room.cfg.resume.take() {
            room.resume(&record);
        }
        room
    }

    fn resume(&mut self, record: &GameRecord) {
        let model = self.cfg.model.clone();
        if let Ok((s, _)) = Session::resume(model, record) {
            // Seats students held stay free to reclaim by delegation; until then they count as
            // dropped when the lesson starts again, so the grace runs (the AI stands in after
            // it) instead of the room waiting for students who may not come back.
            for (d, h) in self.holders.iter_mut().enumerate() {
                if s.controller(Seat::Delegation(DelegationId::at(d))) == Controller::Remote {
                    h.dropped_at = Some(0.0);
                }
                // Who held the seat, and with which token: the student's game, started again,
                // brings the token back and is seated at once.
                let key = format!("{HELD_BY}{}", self.public.delegations[d].id);
                if let Some((token, student)) = record
                    .settings
                    .get(&key)
                    .and_then(|v| v.split_once('\t'))
                    .and_then(|(t, n)| Some((t.parse::<u64>().ok()?, n)))
                {
                    h.token = token;
                    h.student = Some(student.to_string());
                    h.dropped_at = Some(0.0);
                }
            }
            self.session = Some(s);
        }
    }

    pub fn session(&self) -> Option<&Session> {
        self.session.as_ref()
    }
    pub fn started(&self) -> bool {
        self.session.is_some()
    }
    pub fn ended(&self) -> bool {
        self.ended
    }
    /// Every client has been told the session is over.
    pub fn ended_told(&self) -> bool {
        self.told_end
    }
    pub fn code(&self) -> &str {
        &self.cfg.code
    }
    pub fn facilitator_code(&self) -> &str {
        &self.cfg.facilitator_code
    }
    /// Connections that said hello.
    pub fn connected(&self) -> usize {
        self.clients.values().filter(|c| c.hello).count()
    }
    /// The public log as the server sent it.
    pub fn public_log(&self) -> &[zero_draft_engine::log::Event] {
        &self.public_log
    }

    fn token(&mut self) -> u64 {
        self.next_token = self
            .next_token
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.next_token ^ (self.next_token >> 29)
    }

    fn lobby(&self) -> Lobby {
        Lobby {
            seats: self
                .holders
                .iter()
                .enumerate()
                .map(|(d, h)| LobbySeat {
                    delegation: self.public.delegations[d].id.clone(),
                    student: h.students(),
                    connected: h.attended(),
                    taken_over: h.taken_over,
                })
                .collect(),
            started: self.started(),
            waiting: self
                .clients
                .values()
                .filter(|c| c.hello && !c.facilitator && !c.watching && c.seat.is_none())
                .map(|c| c.name.clone())
                .collect(),
        }
    }

    /// Opens the session: seats claimed so far are played remotely, the rest by the AI.
    fn start(&mut self) {
        if self.session.is_some() {
            return;
        }
        let seats: Vec<(Seat, Controller)> = self
            .holders
            .iter()
            .enumerate()
            .filter(|(_, h)| h.student.is_some())
            .map(|(d, _)| (Seat::Delegation(DelegationId::at(d)), Controller::Remote))
            .collect();
        self.session = Some(Session::open(self.cfg.model.clone(), self.cfg.seed, &seats));
        self.lobby_dirty = true;
    }

    /// Hands a seat to a controller through the facilitator's command, so the record keeps it.
    fn control(&mut self, d: DelegationId, controller: Controller) {
        let model = self.cfg.model.clone();
        if let Some(s) = &mut self.session
            && s.controller(Seat::Delegation(d)) != controller
        {
            let _ = s.input(
                Seat::Facilitator,
                Command::Control {
                    seat: Seat::Delegation(d).name(&model),
                    controller,
                },
            );
        }
    }

    /// The record of the game so far. It keeps who held each seat (the student's name and
    /// seat token), so a class resumed from it gives each returning student their seat.
    pub fn record(&self) -> Option<GameRecord> {
        let s = self.session.as_ref()?;
        let mut r = s.record(&self.cfg.scenario_file, &self.cfg.scenario_source);
        for (d, h) in self.holders.iter().enumerate() {
            if let Some(student) = &h.student {
                r.settings.insert(
                    format!("{HELD_BY}{}", self.public.delegations[d].id),
                    format!("{}\t{student}", h.token),
                );
            }
        }
        if !self.shared_moves.is_empty() {
            // On a shared seat, who made each move: `input index:name`, one per line.
            let by: Vec<String> = self
                .shared_moves
                .iter()
                .map(|(i, name)| format!("{i}:{name}"))
                .collect();
            r.settings.insert(MOVES_BY.into(), by.join("\n"));
        }
        Some(r)
    }

    /// Ends the session as it stands (the facilitator's "end"): the record is written and
    /// every client is told.
    /// Ends the class now, as the teacher's `end` does.
    pub fn end_class(&mut self) {
        self.end_now();
    }

    fn end_now(&mut self) {
        // A lesson that ends before its vote is scored on the text as it stands, so the
        // results and every student's debrief say what was won, not that the report failed.
        if let Some(s) = &mut self.session
            && !s.is_finished()
        {
            let _ = s.input(Seat::Facilitator, Command::EndSession);
        }
        self.ended = true;
        let _ = self.save_now();
    }

    /// Writes the record (on the writing thread: a large record takes the disk a while, and
    /// the other tables play on; the host writes it once more as it exits) and, beside it,
    /// the class results (`<record>.results.csv`).
    fn save_final(&mut self) {
        if let Some(r) = self.record() {
            self.saver.send(r);
        }
        if let Some(p) = &self.cfg.record {
            let path = p.with_extension("results.csv");
            if let Err(e) =
                zero_draft_engine::files::atomic_write(&path, self.results_csv().as_bytes())
            {
                error!("cannot write {}: {e}", path.display());
            }
        }
    }

    /// Writes the record now, on this thread (at exit).
    pub fn save_now(&mut self) -> std::io::Result<()> {
        match self.record() {
            Some(r) => self.saver.write_now(&r),
            None => Ok(()),
        }
    }

    fn delegation_named(&self, id: &str) -> Option<DelegationId> {
        self.cfg.model.delegation(id)
    }
}

/// The server's systems. Add it beside `RepliconPlugins` and a transport.
pub struct ClassroomServerPlugin;

impl Plugin for ClassroomServerPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(
            PreUpdate,
            (
                requests::receive,
                connections::let_silent_go,
                seats::grace,
                publish::publish,
            )
                .chain()
                .after(ServerSystems::Receive),
        )
        .add_systems(
            PreUpdate,
            crate::door::tend_door.run_if(resource_exists::<crate::door::Door>),
        )
        .add_systems(Last, saver::save_on_exit)
        .add_observer(connections::connected)
        .add_observer(connections::disconnected);
    }
}

/// Sends a post to one client.
fn post(out: &mut MessageWriter<ToClients<Post>>, to: Entity, message: Post) {
    out.write(ToClients {
        targets: SendTargets::Single(ClientId::Client(to)),
        message,
    });
}
