//! What server and clients say to each other. Both sides register the same messages in the same
//! order (`register`), so replicon's protocol check refuses a client from another build.
//!
//! A client never names its delegation in a command: the server knows the seat from the
//! connection. The server sends ids and numbers, never sentences, so every student reads the
//! room in their own language and the log hashes the same everywhere.

use std::sync::Arc;

use bevy::prelude::*;
use bevy_replicon::prelude::*;
use serde::{Deserialize, Serialize};
use zero_draft_engine::class::{Farewell, Refusal, RequestKind};
use zero_draft_engine::log::{AmendmentId, Event};
use zero_draft_engine::preferences::Reaction;
use zero_draft_engine::scenario::EditSpec;
use zero_draft_engine::seat::{Command, Seat};
use zero_draft_engine::session::{ActionError, Suggestion};
use zero_draft_engine::view::{Private, PublicScenario};

use crate::sync::RoomPatch;

/// Bumped whenever a message changes shape or meaning.
pub const PROTOCOL_VERSION: u32 = 9;

/// The netcode protocol id. It stays the same across versions on purpose: a client of another
/// version then reaches replicon's protocol check and the server's `Hello` check, which say
/// what is wrong, instead of timing out in silence.
pub const NETCODE_PROTOCOL: u64 = 0x5A45_524F_4452_4654;

/// The longest name, code or free text a client may send; longer is refused.
pub const MAX_TEXT: usize = 2_000;

/// From a client to the server.
#[derive(Message, Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// The first message: who the client is and which room it means. `token` reclaims a seat
    /// held before a dropped connection; `watching`: a projector or observer, which holds no
    /// seat; `table`: the table asked for (from 1) in a class of several.
    Hello {
        version: u32,
        code: String,
        name: String,
        token: Option<u64>,
        watching: bool,
        table: Option<usize>,
    },
    /// Take a delegation (by its scenario id); first come wins.
    Claim {
        delegation: String,
    },
    /// Share a delegation another student holds: both see the seat and either may act (one
    /// partner per seat).
    Share {
        delegation: String,
    },
    /// A command for the seat this connection holds (or, from the facilitator, the room).
    Command(Command),
    /// The facilitator plays a delegation itself until it releases it.
    TakeOver {
        delegation: String,
    },
    Release {
        delegation: String,
    },
    /// The facilitator's command for a delegation it has taken over.
    ActAs {
        delegation: String,
        command: Command,
    },
    /// The facilitator seats a student (by the name it joined with) at a delegation.
    Assign {
        student: String,
        delegation: String,
    },
    /// The facilitator frees a seat: its student (connected or gone) no longer holds it, its
    /// token no longer reclaims it, and the AI plays it until someone is seated.
    Free {
        delegation: String,
    },
    /// The facilitator starts the game (seats claimed so far play; the rest are AI).
    Start,
    /// The facilitator ends the session now: the record is written and everyone is told.
    End,
    /// The full reasons the room gave for its stances on an amendment (sent on request only,
    /// to keep every update small).
    Reasons(AmendmentId),
    /// The engine's advice for this seat: its own AI's move, or the coach's best.
    Advise {
        coach: bool,
    },
    /// The room's predicted reactions if this seat tabled the edit (the composer's preview).
    Predict(EditSpec),
    /// The coach's `k` best moves for this seat (at most 5).
    Suggest(u8),
    /// The coach's offers to make in the corridor now, each with its predicted answer.
    CorridorHints,
    /// Send the whole room again (after a patch did not apply).
    Resync,
    /// Sit at another table of the class (numbered from 1): the teacher at any time, a student
    /// while holding no seat.
    Table(usize),
    /// The teacher's request at every table at once (pause, resume, announce, start, end).
    Everywhere(Box<Request>),
    /// This seat's debrief at the end (what it could have done, what its moves changed):
    /// sent when the table has ended and the host has worked it out.
    Debrief,
}

/// A student's own debrief, worked out by the host from the table's game.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudentDebrief {
    /// Objectives the seat missed, each with the move that might have met it.
    pub missed: Vec<zero_draft_engine::hindsight::Missed>,
    /// The seat's floor moves (a few, spread over the game), each with what the game became
    /// without it.
    pub moves: Vec<zero_draft_engine::hindsight::MoveWeight>,
    /// How many floor moves the seat made in all.
    pub moves_made: usize,
}

/// One seat in the lobby.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LobbySeat {
    pub delegation: String,
    /// The student holding it, if any.
    pub student: Option<String>,
    pub connected: bool,
    /// Held by the facilitator.
    pub taken_over: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lobby {
    pub seats: Vec<LobbySeat>,
    pub started: bool,
    /// Students connected without a seat.
    pub waiting: Vec<String>,
}

/// From the server to one client.
#[derive(Message, Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Post {
    /// The room's scenario as everyone knows it; `facilitator` when the code was the teacher's.
    Welcome {
        scenario: Arc<PublicScenario>,
        facilitator: bool,
        /// For the facilitator only: the scenario's scheduled events (id, description), which
        /// it may fire early.
        events: Vec<(String, String)>,
    },
    Lobby(Lobby),
    /// This connection now holds the seat; keep the token to reclaim it after a drop.
    Seated {
        seat: Seat,
        token: u64,
    },
    /// The facilitator freed this connection's seat.
    Unseated,
    /// A request was refused; nothing changed. `what` names the request, `why` the rule.
    Refused {
        what: RequestKind,
        why: Refusal,
    },
    /// The room (everything public but the log) as a patch of its last version.
    Room(RoomPatch),
    /// Public events from index `from` of the public log.
    Log {
        from: usize,
        events: Vec<Event>,
    },
    /// This seat's private data (briefing, objectives, rules, predictions, score).
    Private(Box<Private>),
    Reasons {
        amendment: AmendmentId,
        reactions: Vec<Reaction>,
    },
    Advice(Command),
    Predicted {
        edit: EditSpec,
        result: Result<Vec<Reaction>, ActionError>,
    },
    Suggestions(Vec<Suggestion>),
    /// The coach's corridor offers for this seat, each with whether the other side would
    /// accept (the engine's prediction).
    CorridorHints(Vec<(Command, bool)>),
    /// The session is over; the public log's hash, for checking, and the table's seed (the
    /// report names it).
    Ended {
        log_sha256: String,
        seed: u64,
    },
    /// To the facilitator at the end: the class results (CSV, one row per student).
    Results(String),
    /// The server closes this connection, and why.
    Goodbye(Farewell),
    /// For the facilitator only: everything said and agreed in the corridor, by every seat.
    Corridor(Box<zero_draft_engine::corridor::CorridorView>),
    /// This connection now sits at table `table` (from 0) of `tables`: what it knew of the
    /// room before is forgotten, the table's room follows.
    AtTable {
        table: usize,
        tables: usize,
    },
    /// For the facilitator of a class of several tables: each table's progress.
    Tables(Vec<crate::server::TableProgress>),
    /// This seat's debrief, to the seat's own connections only.
    Debrief(Box<StudentDebrief>),
}

/// Registers the messages; identical on server and client.
pub fn register(app: &mut App) {
    app.add_client_message::<Request>(Channel::Ordered)
        .add_server_message::<Post>(Channel::Ordered)
        // No replicated entities carry what posts refer to: a post never waits for a tick.
        .make_message_independent::<Post>();
}
