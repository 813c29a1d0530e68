//! A client: it says hello, keeps the room it is sent (patches checked by hash, the log by
//! position) and builds its seat's view from that alone. It never runs the engine.

use std::collections::HashMap;
use std::sync::Arc;

use bevy::prelude::*;
use bevy_replicon::prelude::*;
use zero_draft_engine::class::{Farewell, Refusal, RequestKind};
use zero_draft_engine::log::{AmendmentId, Event};
use zero_draft_engine::preferences::Reaction;
use zero_draft_engine::scenario::EditSpec;
use zero_draft_engine::seat::{Command, Seat};
use zero_draft_engine::session::{ActionError, Suggestion};
use zero_draft_engine::view::{Private, PublicScenario, RoomView, SeatView};

use crate::protocol::{Lobby, PROTOCOL_VERSION, Post, Request};
use crate::sync::{apply, log_sha256, read_room};

/// Who this client says it is.
#[derive(Resource, Debug, Clone, Default)]
pub struct Identity {
    pub code: String,
    pub name: String,
    /// A seat token kept from an earlier connection.
    pub token: Option<u64>,
    /// A projector or an observer: it follows the public room and holds no seat.
    pub watching: bool,
    /// The table it asks to sit at, from 1, when the class has several.
    pub table: Option<usize>,
}

/// Everything the client knows of the room.
#[derive(Resource, Debug, Default)]
pub struct RemoteRoom {
    pub scenario: Option<Arc<PublicScenario>>,
    pub facilitator: bool,
    /// For the facilitator: the scenario's scheduled events (id, description).
    pub events: Vec<(String, String)>,
    pub lobby: Option<Lobby>,
    pub seat: Option<Seat>,
    pub token: Option<u64>,
    room_text: String,
    room_version: u64,
    pub room: Option<RoomView>,
    /// The public log as received.
    pub log: Vec<Event>,
    pub private: Option<Private>,
    pub reasons: HashMap<AmendmentId, Vec<Reaction>>,
    pub advice: Option<Command>,
    /// The last prediction and coach's list received.
    pub predicted: Option<(EditSpec, Result<Vec<Reaction>, ActionError>)>,
    pub suggestions: Option<Vec<Suggestion>>,
    /// The coach's corridor offers, each with the predicted answer.
    pub corridor_hints: Option<Vec<(Command, bool)>>,
    /// Counts the private updates (the table refreshes its view when this or the room moves).
    pub private_version: u64,
    reasons_version: u64,
    /// Refusals in order (what, why); the client phrases them in its own language.
    pub refusals: Vec<(RequestKind, Refusal)>,
    /// For the facilitator, at the end: the class results as CSV.
    pub results: Option<String>,
    /// The server's hash of the public log at the end.
    pub ended: Option<String>,
    /// The table's seed, told at the end.
    pub seed: Option<u64>,
    /// This seat's debrief, when asked for and worked out by the host.
    pub debrief: Option<crate::protocol::StudentDebrief>,
    /// Why the server closed the connection, or its door turned this client away (or the
    /// transport found another build).
    pub goodbye: Option<Farewell>,
    /// The table this connection sits at (from 0) and how many the class has, when several.
    pub table: Option<(usize, usize)>,
    /// For the teacher of a class of several tables: each table's progress.
    pub tables: Vec<crate::server::TableProgress>,
    /// Why the class's door could not be reached (the last attempt), until a connection is made.
    pub unreachable: Option<String>,
    /// Posts received on this connection (the bot waits for one after each command).
    pub received: u64,
    /// Connections made so far: a new one starts the room (and `received`) afresh.
    pub connections: u32,
    /// The facilitator freed the seat this client held.
    pub unseated: bool,
    /// Whether a hello was sent on this connection.
    said_hello: bool,
    /// For the facilitator: the whole room's corridor.
    pub corridor: Option<zero_draft_engine::corridor::CorridorView>,
}

impl RemoteRoom {
    /// The seat's view, built from what the server sent.
    pub fn view(&self) -> Option<SeatView> {
        let room = self.public_room()?;
        let seat = self.seat?;
        Some(SeatView {
            to_act: room.pending.contains(&seat),
            room: Arc::new(room),
            seat,
            private: self.private.clone(),
        })
    }

    /// The public room as the server sent it, with its log and the reasons asked for (what a
    /// seat sees of the room, and all a projector sees).
    pub fn public_room(&self) -> Option<RoomView> {
        let mut room = self.room.clone()?;
        crate::sync::with_reactions(&mut room, &self.log);
        // The reasons asked for, where they are known.
        for (a, heard) in &mut room.reactions {
            if let Some(full) = self.reasons.get(a)
                && full.len() == heard.len()
            {
                *heard = full.clone();
            }
        }
        room.log = self.log.clone();
        Some(room)
    }

    /// Whether the room waits for this seat now.
    pub fn to_act(&self) -> bool {
        match (&self.room, self.seat) {
            (Some(r), Some(s)) => r.pending.contains(&s),
            _ => false,
        }
    }

    /// Changes whenever the seat's view does.
    pub fn stamp(&self) -> u64 {
        self.room_version
            .wrapping_mul(1_000_003)
            .wrapping_add(self.private_version.wrapping_mul(1_009))
            .wrapping_add(self.reasons_version)
    }

    /// SHA-256 of the public log this client received.
    pub fn log_sha256(&self) -> String {
        log_sha256(&self.log)
    }

    fn take(&mut self, post: Post, resync: &mut bool) {
        self.received += 1;
        match post {
            Post::Welcome {
                scenario,
                facilitator,
                events,
            } => {
                self.scenario = Some(scenario);
                self.facilitator = facilitator;
                self.events = events;
            }
            Post::Lobby(l) => self.lobby = Some(l),
            Post::Seated { seat, token } => {
                self.seat = Some(seat);
                self.token = Some(token);
                self.private = None;
            }
            Post::Unseated => {
                self.seat = None;
                self.token = None;
                self.private = None;
                self.unseated = true;
            }
            Post::Refused { what, why } => self.refusals.push((what, why)),
            Post::Room(patch) => {
                let base = if patch.base == 0 { "" } else { &self.room_text };
                let fits = patch.base == 0 || patch.base == self.room_version;
                match apply(base, &patch).filter(|_| fits) {
                    Some(text) => {
                        self.room = read_room(&text);
                        self.room_text = text;
                        self.room_version = patch.version;
                        if self.room.is_none() {
                            *resync = true;
                        }
                    }
                    None => *resync = true,
                }
            }
            Post::Log { from, events } => {
                if from == self.log.len() {
                    // The room reacted anew: reasons asked for before are stale.
                    for e in &events {
                        if let Event::Reacted { amendment, .. } = e {
                            self.reasons.remove(amendment);
                        }
                    }
                    self.log.extend(events);
                } else if from < self.log.len() && from == 0 {
                    self.log = events;
                } else {
                    *resync = true;
                }
            }
            Post::Private(p) => {
                self.private = Some(*p);
                self.private_version += 1;
            }
            Post::Predicted { edit, result } => self.predicted = Some((edit, result)),
            Post::Suggestions(list) => self.suggestions = Some(list),
            Post::CorridorHints(list) => self.corridor_hints = Some(list),
            Post::Reasons {
                amendment,
                reactions,
            } => {
                self.reasons.insert(amendment, reactions);
                self.reasons_version += 1;
            }
            Post::Advice(c) => self.advice = Some(c),
            Post::Ended { log_sha256, seed } => {
                self.ended = Some(log_sha256);
                self.seed = Some(seed);
            }
            Post::Debrief(d) => self.debrief = Some(*d),
            Post::Results(csv) => self.results = Some(csv),
            Post::Corridor(c) => self.corridor = Some(*c),
            Post::Goodbye(why) => self.goodbye = Some(why),
            Post::AtTable { table, tables } => {
                // Another table: its room, log and seats replace this one's.
                *self = RemoteRoom {
                    scenario: self.scenario.take(),
                    facilitator: self.facilitator,
                    events: std::mem::take(&mut self.events),
                    connections: self.connections,
                    received: self.received,
                    said_hello: self.said_hello,
                    tables: std::mem::take(&mut self.tables),
                    table: Some((table, tables)),
                    ..RemoteRoom::default()
                };
            }
            Post::Tables(list) => self.tables = list,
        }
    }

    /// Forgets the room (a new connection starts from nothing; the seat token is kept).
    fn reset(&mut self) {
        let token = self.token;
        *self = RemoteRoom {
            token,
            connections: self.connections + 1,
            goodbye: self.goodbye.take(),
            ..RemoteRoom::default()
        };
    }
}

/// The client's systems: hello on connecting, read posts, ask for the room again when a patch
/// did not apply.
pub struct ClassroomClientPlugin;

impl Plugin for ClassroomClientPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<RemoteRoom>()
            .init_resource::<Identity>()
            .add_systems(OnEnter(ClientState::Connected), hello)
            .add_systems(OnExit(ClientState::Connected), forget)
            .add_systems(PreUpdate, receive.after(ClientSystems::Receive))
            .add_observer(mismatch);
    }
}

fn hello(mut out: MessageWriter<Request>, me: Res<Identity>, mut room: ResMut<RemoteRoom>) {
    room.reset();
    room.said_hello = true;
    out.write(Request::Hello {
        version: PROTOCOL_VERSION,
        code: me.code.clone(),
        name: me.name.clone(),
        token: room.token.or(me.token),
        watching: me.watching,
        table: me.table,
    });
}

fn forget(mut room: ResMut<RemoteRoom>) {
    room.said_hello = false;
}

fn receive(
    mut posts: MessageReader<Post>,
    mut out: MessageWriter<Request>,
    mut room: ResMut<RemoteRoom>,
) {
    let mut resync = false;
    for p in posts.read() {
        room.take(p.clone(), &mut resync);
    }
    if resync {
        room.room_version = 0;
        room.room_text.clear();
        room.log.clear();
        out.write(Request::Resync);
    }
}

/// Replicon's protocol check failed: this client comes from another build.
fn mismatch(_: On<ProtocolMismatch>, mut room: ResMut<RemoteRoom>) {
    room.goodbye = Some(Farewell::OtherBuild);
}
