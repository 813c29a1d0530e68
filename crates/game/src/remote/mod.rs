//! The game as a student's client in a class: the lobby, then the same briefing, table and
//! adoption screens as solo play, drawn from the seat view the server sends. Moves, previews
//! and the coach are requests to the server, which alone runs the engine.

pub mod console;
pub mod debrief;
mod lobby;
pub mod sample;
mod screens;

use std::net::SocketAddr;

use bevy::prelude::*;
use bevy_replicon::prelude::*;
use bevy_replicon_renet::RepliconRenetPlugins;
use zero_draft_engine::class::Refusal;
use zero_draft_engine::scenario::EditSpec;
use zero_draft_engine::session::{ActionError, Suggestion};
use zero_draft_engine::view::SeatView;
use zero_draft_net::Request;
use zero_draft_net::client::{ClassroomClientPlugin, Identity, RemoteRoom};
use zero_draft_text::t;

use crate::play::Difficulty;
use crate::screens::Screen;
use crate::table::TableSource;

/// The class this window joined and what the player has done at it.
#[derive(Resource, Debug)]
pub struct RemoteSeat {
    pub server: SocketAddr,
    /// The player read the briefing and sat down.
    pub briefed: bool,
    /// Requests the screens made this frame.
    pub outbox: Vec<Request>,
    asked_prediction: Option<(EditSpec, u64)>,
    asked_coach: Option<u64>,
    asked_corridor: Option<u64>,
    pub(crate) asked_reasons: Option<(zero_draft_engine::log::AmendmentId, u64)>,
    /// Refusals already shown when the player last moved.
    pub refusals_seen: usize,
    /// Connection problems (cannot reach the host).
    pub problem: Option<String>,
    /// The connection dropped and is being made again: the attempts so far.
    pub reconnecting: Option<u32>,
    /// This window is the class's projector: it takes no seat and shows the public room.
    pub projector: bool,
    /// The seat view as of a stamp of the room (rebuilt when the room moves).
    pub view: Option<(u64, SeatView)>,
    /// The connection (by its count) on which this seat's debrief was asked for.
    asked_debrief: Option<u32>,
    /// What the debrief's export wrote, or why it failed.
    pub exported: Option<Result<Vec<std::path::PathBuf>, String>>,
}

impl RemoteSeat {
    /// A window's part in a class at `server` (as a student, the teacher or the projector).
    pub fn new(server: SocketAddr, projector: bool) -> RemoteSeat {
        RemoteSeat {
            server,
            briefed: false,
            outbox: Vec::new(),
            asked_prediction: None,
            asked_coach: None,
            asked_corridor: None,
            asked_reasons: None,
            refusals_seen: 0,
            problem: None,
            reconnecting: None,
            projector,
            view: None,
            asked_debrief: None,
            exported: None,
        }
    }

    /// The seat view, rebuilt only when the room has moved.
    pub fn refresh(&mut self, room: &RemoteRoom) -> Option<SeatView> {
        let stamp = room.stamp();
        if self.view.as_ref().map(|v| v.0) != Some(stamp) {
            self.view = room.view().map(|v| (stamp, crate::play::shown(v)));
        }
        self.view.as_ref().map(|v| v.1.clone())
    }
}

pub(crate) fn plugin(server: SocketAddr, projector: bool) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.add_plugins(RepliconPlugins.set(ServerPlugin::new(PostUpdate)));
        zero_draft_net::protocol::register(app);
        app.add_plugins((
            RepliconRenetPlugins,
            ClassroomClientPlugin,
            zero_draft_net::rejoin::RejoinPlugin,
        ))
        .insert_resource(RemoteSeat::new(server, projector))
        .init_resource::<console::ConsoleState>()
        .add_systems(Startup, connect)
        .add_systems(Update, (watch_connection, ask_debrief, route, send).chain())
        .add_plugins((lobby::plugin, screens::plugin));
    }
}

/// Knocks at the class's door in the background; the rejoin plugin connects with the token.
fn connect(mut commands: Commands, me: Res<Identity>, seat: Res<RemoteSeat>) {
    let host = zero_draft_net::rejoin::Host {
        address: seat.server,
        code: me.code.clone(),
    };
    commands.insert_resource(zero_draft_net::rejoin::Knocking::start(&host));
    commands.insert_resource(host);
}

/// Keeps the seat told whether the connection is being made again (the screens show it).
fn watch_connection(
    state: Res<zero_draft_net::rejoin::Reconnecting>,
    room: Res<RemoteRoom>,
    mut seat: ResMut<RemoteSeat>,
) {
    let now = state.active().then_some(state.attempts);
    if seat.reconnecting != now {
        seat.reconnecting = now;
    }
    // Nobody answered at the door: said in the lobby, until a connection is made.
    let problem = room
        .unreachable
        .as_ref()
        .filter(|_| !state.active())
        .map(|error| {
            let (server, error) = (seat.server.to_string(), error.clone());
            t!("class-cannot-reach", server = server, error = error)
        });
    if seat.problem != problem {
        seat.problem = problem;
    }
}

impl RemoteSeat {
    /// The banner while the connection is being made again.
    pub fn reconnect_banner(&self) -> Option<String> {
        self.reconnecting.map(|attempts| {
            t!(
                "class-reconnecting",
                server = self.server.to_string(),
                attempts = attempts
            )
        })
    }
}

/// Once seated, asks the host for this seat's debrief at the end (once per connection: a new
/// one starts afresh at the host).
fn ask_debrief(room: Res<RemoteRoom>, mut seat: ResMut<RemoteSeat>) {
    if room.seat.is_some() && !seat.projector && seat.asked_debrief != Some(room.connections) {
        seat.asked_debrief = Some(room.connections);
        seat.outbox.push(Request::Debrief);
    }
}

/// Sends what the screens asked for.
fn send(mut seat: ResMut<RemoteSeat>, mut out: MessageWriter<Request>) {
    for r in seat.outbox.drain(..) {
        out.write(r);
    }
}

/// Sends the player where the class needs them.
fn route(
    room: Res<RemoteRoom>,
    seat: Res<RemoteSeat>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    if seat.projector {
        // The projector stays on its screen; the lobby says why when the host is gone.
        let target = if room.goodbye.is_none() && seat.problem.is_none() {
            Screen::Projector
        } else {
            Screen::Lobby
        };
        if *screen.get() != target {
            next.set(target);
        }
        return;
    }
    let target = match &room.room {
        Some(r) if room.seat.is_some() && room.ended.is_none() && room.goodbye.is_none() => {
            if !seat.briefed {
                Screen::Briefing
            } else if room.to_act() && r.stage == zero_draft_engine::session::Stage::Adoption {
                Screen::Adoption
            } else {
                Screen::Table
            }
        }
        _ => Screen::Lobby,
    };
    // The player may step back to the lobby from the table (Esc); the route then waits.
    let stays_in_lobby = *screen.get() == Screen::Lobby && seat.briefed && target == Screen::Table;
    if *screen.get() != target && !stays_in_lobby {
        next.set(target);
    }
}

/// The table's source over the network.
pub struct Source<'a> {
    pub room: &'a mut RemoteRoom,
    pub seat: &'a mut RemoteSeat,
    pub view: SeatView,
}

impl TableSource for Source<'_> {
    fn seat_view(&self) -> SeatView {
        self.view.clone()
    }
    fn seat(&self) -> zero_draft_engine::seat::Seat {
        self.view.seat
    }
    fn stamp(&self) -> u64 {
        self.room.stamp()
    }
    fn difficulty(&self) -> Difficulty {
        Difficulty::Normal
    }
    fn notice(&self) -> Option<String> {
        if let Some(banner) = self.seat.reconnect_banner() {
            return Some(banner);
        }
        if self.room.refusals.len() > self.seat.refusals_seen {
            self.room
                .refusals
                .last()
                .map(|(_, why)| t!("class-refused", reason = refusal_words(self.room, why)))
        } else {
            None
        }
    }
    fn predict(
        &mut self,
        edit: &EditSpec,
    ) -> Option<Result<Vec<zero_draft_engine::preferences::Reaction>, ActionError>> {
        let key = (edit.clone(), self.room.stamp());
        if self.seat.asked_prediction.as_ref() == Some(&key) {
            return match &self.room.predicted {
                Some((e, r)) if e == edit => Some(r.clone()),
                _ => None,
            };
        }
        self.room.predicted = None;
        self.seat.outbox.push(Request::Predict(edit.clone()));
        self.seat.asked_prediction = Some(key);
        None
    }
    fn suggest(&mut self, k: usize) -> Option<Vec<Suggestion>> {
        let stamp = self.room.stamp();
        if self.seat.asked_coach == Some(stamp) {
            return self.room.suggestions.clone();
        }
        self.room.suggestions = None;
        self.seat.outbox.push(Request::Suggest(k.min(5) as u8));
        self.seat.asked_coach = Some(stamp);
        None
    }
    fn corridor_hints(&mut self) -> Option<Vec<crate::table::CorridorHint>> {
        let stamp = self.room.stamp();
        if self.seat.asked_corridor == Some(stamp) {
            return self.room.corridor_hints.clone();
        }
        self.room.corridor_hints = None;
        self.seat.outbox.push(Request::CorridorHints);
        self.seat.asked_corridor = Some(stamp);
        None
    }
    fn act(&mut self, action: zero_draft_engine::log::Action) -> bool {
        // A refusal arrives later; the notice shows those after this move.
        self.seat.refusals_seen = self.room.refusals.len();
        self.seat
            .outbox
            .push(Request::Command(zero_draft_engine::seat::Command::Act(
                action,
            )));
        true
    }
    fn command(&mut self, command: zero_draft_engine::seat::Command) -> bool {
        self.seat.refusals_seen = self.room.refusals.len();
        self.seat.outbox.push(Request::Command(command));
        true
    }
}

/// A refusal from the class's host, in this student's language.
pub fn refusal_words(room: &RemoteRoom, why: &Refusal) -> String {
    match &room.scenario {
        Some(sc) => zero_draft_text::class_refusal(sc.as_ref(), why),
        None => zero_draft_text::class_refusal(&zero_draft_text::NoNames, why),
    }
}
