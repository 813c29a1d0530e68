//! The game in progress: the engine session, whose private view is on screen, saving, and
//! routing between the table, the hand-over screen, adoption and the debrief.

use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::*;

use crate::screens::Screen;
use zero_draft_engine::Model;
use zero_draft_engine::files::{atomic_write, read_record};
use zero_draft_engine::log::Action;
use zero_draft_engine::model::DelegationId;
use zero_draft_engine::scenario::parse_str;
use zero_draft_engine::seat::Seat;
use zero_draft_engine::session::{Resumption, Session, Stage};
use zero_draft_engine::signing::sealed_text;
use zero_draft_engine::view::{PublicScenario, RoomView, SeatView};
use zero_draft_text::t;

/// How much the room tells a player before an edit is tabled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Difficulty {
    /// The composer predicts every delegation's stance, with reasons.
    Easy,
    /// The composer predicts how many delegations would object.
    #[default]
    Normal,
    /// No prediction: read the room yourself.
    Hard,
}

impl Difficulty {
    pub const ALL: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Normal, Difficulty::Hard];

    /// Its name in a save's settings.
    fn key(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Normal => "normal",
            Difficulty::Hard => "hard",
        }
    }

    fn from_key(key: &str) -> Option<Difficulty> {
        Difficulty::ALL.into_iter().find(|d| d.key() == key)
    }

    pub fn label(self) -> String {
        match self {
            Difficulty::Easy => t!("play-difficulty-easy"),
            Difficulty::Normal => t!("play-difficulty-normal"),
            Difficulty::Hard => t!("play-difficulty-hard"),
        }
    }
}

/// A scenario being set up: which delegations the players take.
#[derive(Resource, Default)]
pub struct Setup {
    pub scenario: Option<(Arc<Model>, String, String)>,
    pub chosen: Vec<DelegationId>,
    /// The player chairs instead of playing a delegation.
    pub chair: bool,
    pub difficulty: Difficulty,
    pub seed: u64,
}

#[derive(Resource)]
pub struct Match {
    pub session: Session,
    pub file: String,
    pub source: String,
    pub difficulty: Difficulty,
    /// The delegation whose private view is on screen (hot-seat hides the others').
    pub viewer: DelegationId,
    /// The last refusal or confirmation, shown to the player.
    pub notice: Option<String>,
    pub save_path: PathBuf,
    /// The scenario as the room knows it, shared by every view of this match.
    pub public: Arc<PublicScenario>,
    /// The delegations whose players have read their briefing (a hot-seat player sees theirs
    /// behind the hand-over page the first time they sit down).
    pub briefed: Vec<DelegationId>,
    /// For a what-if branch: the game it was cut from, and where.
    pub parent: Option<zero_draft_engine::record::Parent>,
    /// A player chairs the working group (the other delegations are played by the engine,
    /// or by other players at the same screen).
    pub chairing: bool,
    /// In a hot-seat game with a Chair: whether the Chair holds the device now.
    pub at_chair: bool,
    /// The room view of the session as it stood at (events, inputs): screens ask for views
    /// every frame, and the room changes only when the session does.
    room: std::sync::Mutex<Option<(u64, Arc<RoomView>)>>,
}

/// What differs between the ways a match opens (new, chaired, resumed, branched); `Match::open`
/// derives the rest from the session.
struct Opening {
    session: Session,
    file: String,
    source: String,
    difficulty: Difficulty,
    save_path: PathBuf,
    notice: Option<String>,
    briefed: Vec<DelegationId>,
    parent: Option<zero_draft_engine::record::Parent>,
    /// Who sits at the screen when nobody's turn says (before the player delegations).
    viewer: Option<DelegationId>,
}

impl Opening {
    fn new(session: Session, file: &str, source: &str, difficulty: Difficulty) -> Opening {
        Opening {
            session,
            file: file.to_string(),
            source: source.to_string(),
            difficulty,
            save_path: PathBuf::new(),
            notice: None,
            briefed: Vec::new(),
            parent: None,
            viewer: None,
        }
    }
}

impl Match {
    /// The one constructor: the viewer is whoever holds the floor, else the given one, else
    /// the first player delegation; the game is chaired by a player when the session's Chair
    /// is not the engine's.
    fn open(o: Opening) -> Match {
        let s = &o.session;
        let viewer = s
            .turn()
            .map(|t| t.delegation)
            .or(o.viewer)
            .or_else(|| s.humans().first().copied())
            .unwrap_or_default();
        let chairing = s.controller(Seat::Chair).is_external();
        let public = Arc::new(PublicScenario::of(s.model()));
        Match {
            session: o.session,
            file: o.file,
            source: o.source,
            difficulty: o.difficulty,
            viewer,
            notice: o.notice,
            save_path: o.save_path,
            public,
            room: Default::default(),
            briefed: o.briefed,
            parent: o.parent,
            chairing,
            at_chair: false,
        }
    }

    pub fn start(
        model: Arc<Model>,
        file: &str,
        source: &str,
        humans: &[DelegationId],
        seed: u64,
        difficulty: Difficulty,
        saves: &std::path::Path,
    ) -> Result<Match, String> {
        let ids: Vec<&str> = humans
            .iter()
            .map(|&d| model.delegations[d.index()].id.as_str())
            .collect();
        let session = Session::new(model.clone(), seed, &ids)
            .map_err(|e| zero_draft_text::setup_refusal(&e))?;
        let m = Match::open(Opening {
            save_path: new_save_path(saves, &model.scenario.meta.id, "")?,
            // Nobody holds the floor yet: the first player the caller named sits down.
            viewer: humans.first().copied(),
            ..Opening::new(session, file, source, difficulty)
        });
        m.save()
            .map_err(|e| t!("play-save-not-written", error = e.to_string()))?;
        Ok(m)
    }

    /// A game in which the player chairs: the delegations are all played by the engine, and
    /// the session waits for the player's rulings before each revision.
    pub fn start_chair(
        model: Arc<Model>,
        file: &str,
        source: &str,
        humans: &[DelegationId],
        seed: u64,
        difficulty: Difficulty,
        saves: &std::path::Path,
    ) -> Result<Match, String> {
        // The Chair, and any delegations other players take at the same screen.
        let person = zero_draft_engine::seat::Controller::Person;
        let seats: Vec<(Seat, zero_draft_engine::seat::Controller)> =
            std::iter::once((Seat::Chair, person))
                .chain(humans.iter().map(|&d| (Seat::Delegation(d), person)))
                .collect();
        let session = Session::open(model.clone(), seed, &seats);
        let m = Match::open(Opening {
            save_path: new_save_path(saves, &model.scenario.meta.id, "-chair")?,
            ..Opening::new(session, file, source, difficulty)
        });
        m.save()
            .map_err(|e| t!("play-save-not-written", error = e.to_string()))?;
        Ok(m)
    }

    /// The Chair's ruling on a bracketed amendment; a refusal becomes the notice.
    pub fn rule(&mut self, amendment: zero_draft_engine::log::AmendmentId, option: u32) -> bool {
        self.chair_command(zero_draft_engine::seat::Command::Rule { amendment, option })
    }

    /// Any of the Chair's commands (a ruling, a cut, a restoration, the revision).
    pub fn chair_command(&mut self, command: zero_draft_engine::seat::Command) -> bool {
        let result = self.session.input(Seat::Chair, command);
        self.settle(result)
    }

    /// After a move: saves the game, or turns a refusal into the notice.
    fn settle(&mut self, result: Result<(), zero_draft_engine::session::ActionError>) -> bool {
        match result {
            Ok(()) => {
                self.notice = None;
                if let Err(e) = self.save() {
                    self.notice = Some(t!("play-not-saved", error = e.to_string()));
                }
                true
            }
            Err(e) => {
                self.notice = Some(zero_draft_text::refusal(&*self.public, &e));
                false
            }
        }
    }

    /// Resumes a saved game by replaying its record. A corrupt save is reported and left as is.
    pub fn resume(path: &std::path::Path) -> Result<Match, String> {
        let record = read_record(path).map_err(|e| e.to_string())?;
        if zero_draft_engine::signing::provenance(&record).refused() {
            return Err(t!("play-seal-broken", file = path.display().to_string()));
        }
        let scenario = parse_str(&record.scenario_file, &record.scenario_source)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let model = Arc::new(Model::new(scenario));
        // A save of today's rules resumes only when it replays exactly (the command line's
        // `replay` check); one of earlier rules is played again under today's.
        let (session, how) = Session::resume(model.clone(), &record).map_err(|e| {
            let why = zero_draft_text::replay_refusal(&*model, &e);
            format!("{}: {why}", path.display())
        })?;
        let notice = match how {
            Resumption::Exact => None,
            Resumption::Replayed { applied, total } => {
                Some(t!("play-replayed", applied = applied, total = total))
            }
        };
        // A save keeps its difficulty; older ones resume on Normal.
        let difficulty = record
            .settings
            .get("difficulty")
            .and_then(|k| Difficulty::from_key(k))
            .unwrap_or_default();
        let opening = Opening::new(
            session,
            &record.scenario_file,
            &record.scenario_source,
            difficulty,
        );
        Ok(Match::open(Opening {
            notice,
            save_path: path.to_path_buf(),
            // A what-if branch stays linked to the game it was cut from.
            parent: record.parent,
            ..opening
        }))
    }

    /// What the viewer's seat may see: the public room and the viewer's private data only.
    pub fn seat_view(&self) -> SeatView {
        self.seat_view_of(self.viewer)
    }

    /// A delegation's seat view (hot-seat shows each player's own in turn).
    pub fn seat_view_of(&self, d: DelegationId) -> SeatView {
        SeatView::of(self.room_view(), &self.session, Seat::Delegation(d))
    }

    /// Changes whenever the session does (its log and its inputs only grow): every view of
    /// the match is cached against it.
    pub fn stamp(&self) -> u64 {
        ((self.session.inputs().len() as u64) << 32) | self.session.events().len() as u64
    }

    /// The public room, rebuilt only after the session has changed.
    pub fn room_view(&self) -> Arc<RoomView> {
        let key = self.stamp();
        let mut cached = self.room.lock().unwrap_or_else(|e| e.into_inner());
        match &*cached {
            Some((k, room)) if *k == key => room.clone(),
            _ => {
                let room = Arc::new(RoomView::of(&self.session, self.public.clone()));
                *cached = Some((key, room.clone()));
                room
            }
        }
    }

    /// Saves atomically: a crash mid-write leaves the previous save intact.
    pub fn save(&self) -> std::io::Result<()> {
        if let Some(dir) = self.save_path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut record = self.session.record(&self.file, &self.source);
        record.parent = self.parent.clone();
        record
            .settings
            .insert("difficulty".into(), self.difficulty.key().into());
        atomic_write(&self.save_path, sealed_text(&record).as_bytes())
    }

    /// What if: this game as it stood before its `at`th recorded move, to play on
    /// differently. Saved as a new game beside this one, linked to it.
    pub fn branch(&self, at: usize) -> Result<Match, String> {
        let record = self.session.record(&self.file, &self.source);
        let session = Session::fork(self.session.model_arc(), &record, at)
            .map_err(|e| zero_draft_text::replay_refusal(self.session.model(), &e))?;
        let stem = self
            .save_path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let dir = self.save_path.parent().unwrap_or(std::path::Path::new("."));
        let m = Match::open(Opening {
            notice: Some(t!("play-what-if", number = at + 1)),
            save_path: new_save_path(dir, &stem, "-whatif")?,
            briefed: self.briefed.clone(),
            parent: Some(zero_draft_engine::record::Parent {
                file: self.save_path.display().to_string(),
                digest: zero_draft_engine::record::inputs_digest(&record.inputs[..at]),
                at,
            }),
            viewer: Some(self.viewer),
            ..Opening::new(session, &self.file, &self.source, self.difficulty)
        });
        m.save()
            .map_err(|e| t!("play-branch-not-written", error = e.to_string()))?;
        Ok(m)
    }

    /// A command of the viewer's delegation that is not a move on the floor (the corridor's);
    /// refusals become the notice.
    pub fn command(&mut self, command: zero_draft_engine::seat::Command) -> bool {
        let result = self.session.input(
            zero_draft_engine::seat::Seat::Delegation(self.viewer),
            command,
        );
        self.settle(result)
    }

    /// Takes an action for the delegation whose turn it is; refusals become the notice.
    pub fn act(&mut self, action: Action) -> bool {
        let Some(turn) = self.session.turn() else {
            return false;
        };
        let result = self.session.act(turn.delegation, action);
        self.settle(result)
    }
}

/// A new save file in `dir`, named for `name`, a `kind` ("", "-chair", "-whatif") and the
/// moment, that never leads outside the folder.
fn new_save_path(dir: &std::path::Path, name: &str, kind: &str) -> Result<PathBuf, String> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    crate::paths::inside(dir, &format!("{name}{kind}-{stamp}.ron"))
        .ok_or_else(|| t!("play-bad-save-name", name = name))
}

pub(crate) fn plugin(app: &mut App) {
    app.init_resource::<Setup>().add_systems(
        Update,
        // The hand-over page leaves on the player's word only.
        route.run_if(
            (in_state(Screen::Table)
                .or_else(in_state(Screen::Adoption))
                .or_else(in_state(Screen::Chair)))
            .and_then(not(resource_exists::<crate::remote::RemoteSeat>)),
        ),
    );
}

/// Sends the players where the session needs them.
fn route(
    game: Option<ResMut<Match>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(mut game) = game else {
        next.set(Screen::Title);
        return;
    };
    let target = screen_for(&mut game);
    if *screen.get() != target {
        next.set(target);
    }
}

/// The screen the session needs next at this device: the hand-over when another player must
/// take it, the Chair's screen, the table, the adoption vote or the debrief. (A single player
/// is moved to the seat the room waits for.)
pub fn screen_for(game: &mut Match) -> Screen {
    let chair_waits = game
        .session
        .pending()
        .contains(&zero_draft_engine::seat::Seat::Chair);
    // Players at this screen: the delegations taken, and the Chair.
    let players = game.session.humans().len() + usize::from(game.chairing);
    match game.session.turn() {
        None if chair_waits => {
            if players > 1 && !game.at_chair {
                Screen::Handoff
            } else {
                game.at_chair = true;
                Screen::Chair
            }
        }
        None => Screen::Debrief,
        Some(turn) if turn.delegation != game.viewer || game.at_chair => {
            if players > 1 {
                Screen::Handoff
            } else {
                game.viewer = turn.delegation;
                Screen::Table
            }
        }
        Some(turn) if turn.stage == Stage::Adoption => Screen::Adoption,
        Some(_) => Screen::Table,
    }
}

/// A view in the player's language: the scenario's texts where its author translated them.
pub fn shown(view: SeatView) -> SeatView {
    view.translated(zero_draft_text::lang::current().code())
}

/// The room in the player's language.
pub fn shown_room(
    room: &zero_draft_engine::view::RoomView,
) -> Arc<zero_draft_engine::view::RoomView> {
    Arc::new(room.translated(zero_draft_text::lang::current().code()))
}
