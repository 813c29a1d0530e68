//! `zero-draft screenshot`: the screens it can show (`ScreenName`), and `screenshot`, which
//! opens the real window at 1280×800 on one screen, saves a PNG of it and exits. Used for the
//! docs and the real-window test; the CLI only parses the arguments.

use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use crate::play::{Difficulty, Match};
use crate::screens::Screen;
use zero_draft_engine::Model;
use zero_draft_engine::ids::CardId;
use zero_draft_engine::ids::DelegationId;
use zero_draft_engine::log::Action;
use zero_draft_engine::scenario::load_file;
use zero_draft_engine::session::Stage;

/// The screens a screenshot can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScreenName {
    Title,
    Library,
    Choose,
    Handoff,
    Briefing,
    Table,
    Adoption,
    Debrief,
    Chair,
    /// The table with its corridor tab open, after a few talks.
    Corridor,
    /// A class's projector: the public room, large.
    Projector,
    /// A class's student at the end: their debrief, worked out by the host.
    ClassDebrief,
}

impl ScreenName {
    pub const ALL: [ScreenName; 12] = [
        ScreenName::Title,
        ScreenName::Library,
        ScreenName::Choose,
        ScreenName::Handoff,
        ScreenName::Briefing,
        ScreenName::Table,
        ScreenName::Adoption,
        ScreenName::Debrief,
        ScreenName::Chair,
        ScreenName::Corridor,
        ScreenName::Projector,
        ScreenName::ClassDebrief,
    ];

    /// The name on the command line: `title`, `library`, `choose`, `handoff`, `briefing`,
    /// `table`, `adoption`, `debrief`, `chair`, `corridor`, `projector`, `class-debrief`.
    pub fn name(&self) -> &'static str {
        match self {
            ScreenName::Title => "title",
            ScreenName::Library => "library",
            ScreenName::Choose => "choose",
            ScreenName::Handoff => "handoff",
            ScreenName::Briefing => "briefing",
            ScreenName::Table => "table",
            ScreenName::Adoption => "adoption",
            ScreenName::Debrief => "debrief",
            ScreenName::Chair => "chair",
            ScreenName::Corridor => "corridor",
            ScreenName::Projector => "projector",
            ScreenName::ClassDebrief => "class-debrief",
        }
    }

    /// The game state that shows this screen.
    pub fn screen(self) -> Screen {
        match self {
            ScreenName::Title => Screen::Title,
            ScreenName::Library => Screen::Library,
            ScreenName::Choose => Screen::Choose,
            ScreenName::Handoff => Screen::Handoff,
            ScreenName::Briefing => Screen::Briefing,
            ScreenName::Table => Screen::Table,
            ScreenName::Adoption => Screen::Adoption,
            ScreenName::Debrief => Screen::Debrief,
            ScreenName::Chair => Screen::Chair,
            ScreenName::Corridor => Screen::Table,
            ScreenName::Projector => Screen::Projector,
            ScreenName::ClassDebrief => Screen::Lobby,
        }
    }
}

impl std::fmt::Display for ScreenName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for ScreenName {
    type Err = String;

    /// Reads a screen's name, ignoring case.
    fn from_str(s: &str) -> Result<ScreenName, String> {
        ScreenName::ALL
            .into_iter()
            .find(|n| n.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                let names: Vec<&str> = ScreenName::ALL.iter().map(|n| n.name()).collect();
                format!("unknown screen `{s}`; expected one of {}", names.join(", "))
            })
    }
}

/// Renders `screen` of a game of `scenario` in a real window and saves it to `out` as PNG.
/// A bad scenario is reported before any window opens.
/// The picture is taken into a temporary file beside `out` and renamed over it only once
/// complete, so a failed run leaves any earlier `out` as it was.
pub fn screenshot(scenario: PathBuf, screen: ScreenName, out: PathBuf) -> Result<(), String> {
    load_file(&scenario).map_err(|e| e.to_string())?;
    if !crate::paths::has_display() {
        return Err(crate::paths::NO_DISPLAY.into());
    }
    zero_draft_engine::files::check_writable(&out)
        .map_err(|e| format!("{}: {e}", out.display()))?;
    let dir = out
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "screenshot".into());
    let taken = dir.join(format!(".{name}.tmp{}.png", std::process::id()));
    crate::run(Some(ScreenshotRequest {
        scenario,
        screen: screen.screen(),
        corridor: screen == ScreenName::Corridor,
        class: screen == ScreenName::ClassDebrief,
        out: taken.clone(),
    }));
    if std::fs::metadata(&taken).is_ok_and(|m| m.len() > 0) {
        std::fs::rename(&taken, &out).map_err(|e| format!("{}: {e}", out.display()))?;
        println!("screenshot saved to {}", out.display());
        Ok(())
    } else {
        let _ = std::fs::remove_file(&taken);
        Err(format!("{}: no screenshot was written", out.display()))
    }
}

/// What `run` is asked to capture: a game of `scenario` on `screen`, saved to `out`.
#[derive(Resource, Debug, Clone)]
pub struct ScreenshotRequest {
    pub scenario: PathBuf,
    pub screen: Screen,
    pub out: PathBuf,
    /// At the table: open the corridor tab, after the player has talked to the room.
    pub corridor: bool,
    /// A class's student debrief: a class played in this process first.
    pub class: bool,
}

#[derive(Resource, Default)]
struct Progress {
    frames: u32,
    taken: bool,
    shown: bool,
    /// Milliseconds from launch to the first frame of the screen whose pixels show it drawn,
    /// read back from the window (set by a probe's observer), and whether it was printed.
    first_drawn: std::sync::Arc<std::sync::OnceLock<u128>>,
    reported: bool,
}

/// Whether a captured frame shows something drawn: a frame still blank (the clear colour
/// alone, or the panel's fill before any text) has a handful of colours, drawn text and
/// widgets many (antialiasing). Samples a grid of pixels.
fn drawn(image: &Image) -> bool {
    let Some(data) = image.data.as_ref() else {
        return false;
    };
    let mut colours = std::collections::HashSet::new();
    for px in data.chunks_exact(4).step_by(97) {
        colours.insert([px[0], px[1], px[2]]);
        if colours.len() >= 24 {
            return true;
        }
    }
    false
}

/// Frames to let the window and egui settle before capturing.
const SETTLE_FRAMES: u32 = 40;
/// Give up after this many frames.
const GIVE_UP_FRAMES: u32 = 400;

pub(super) fn plugin(request: ScreenshotRequest) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_resource(request.clone())
            .init_resource::<Progress>()
            .add_systems(Startup, prepare)
            .add_systems(Update, (capture, open_corridor));
    }
}

/// The player sounds out the two delegations with most at stake in another's amendment on
/// the floor, and offers one of them its own objection dropped against a vote to join.
fn talk_in_the_corridor(game: &mut Match, me: DelegationId) {
    use zero_draft_engine::corridor::{Pledge, Sounding};
    use zero_draft_engine::seat::Command;
    let s = &game.session;
    let Some(a) = s.floor().iter().find(|a| a.proposer != me).cloned() else {
        return;
    };
    let mut asked: Vec<DelegationId> = a
        .objections
        .iter()
        .chain(&a.cosponsors)
        .copied()
        .filter(|&d| d != me && !s.is_human(d))
        .collect();
    asked.truncate(2);
    for &d in &asked {
        let about = Sounding::Amendment(a.id);
        game.command(Command::Sound { to: d, about });
    }
    game.command(Command::Offer {
        to: a.proposer,
        give: vec![Pledge::NoObjection(a.id)],
        want: vec![Pledge::Join],
    });
    game.notice = None;
}

/// Plays on, the player objecting to others' amendments, until the Chair invites it to
/// consultations where it could bring a card of its own as wording (or a bounded number of
/// moves has passed), so that the corridor tab shows the invitation.
fn reach_consultations(game: &mut Match, me: DelegationId) {
    for _ in 0..400 {
        let s = &game.session;
        let invited = zero_draft_engine::view::Private::of(s, me)
            .corridor
            .invitations
            .iter()
            .any(|i| !i.cards.is_empty());
        let Some(turn) = s.turn() else { return };
        let last_phase = s.phase() + 1 >= s.model().scenario.schedule.phases.len();
        if invited || last_phase || turn.stage == Stage::Adoption {
            return;
        }
        let objection = (turn.stage == Stage::Consensus)
            .then(|| {
                s.floor()
                    .iter()
                    .find(|a| a.proposer != me && !a.objections.contains(&me))
                    .map(|a| Action::Object(a.id))
            })
            .flatten();
        if !game.act(objection.unwrap_or(Action::Pass)) {
            game.act(Action::Pass);
        }
    }
}

/// With a corridor screenshot, the table opens on its corridor tab, talking to the
/// delegation the player last made an offer to.
fn open_corridor(
    request: Res<ScreenshotRequest>,
    game: Option<Res<Match>>,
    composer: Option<ResMut<crate::table::Composer>>,
) {
    let (true, Some(game), Some(mut composer)) = (request.corridor, game, composer) else {
        return;
    };
    if composer.side != crate::table::Side::Corridor {
        composer.side = crate::table::Side::Corridor;
        composer.seat = game.session.corridor().1.last().map(|o| o.to);
    }
}

/// Sets up the game so the requested screen has something real to show.
fn prepare(
    request: Res<ScreenshotRequest>,
    mut commands: Commands,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) {
    if matches!(request.screen, Screen::Title | Screen::Library) {
        next.set(request.screen);
        return;
    }
    if request.class {
        match crate::remote::sample::played_class(&request.scenario) {
            Ok(room) => {
                crate::remote::sample::show(&mut commands, room);
                next.set(Screen::Lobby);
            }
            Err(e) => {
                eprintln!("{e}");
                exit.write(AppExit::error());
            }
        }
        return;
    }
    let (scenario, source) = match load_file(&request.scenario) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{e}");
            exit.write(AppExit::error());
            return;
        }
    };
    let model = Arc::new(Model::new(scenario));
    let Some(first) = model
        .delegation_ids()
        .find(|&d| model.delegations[d.index()].playable)
    else {
        eprintln!("{}: no playable delegation", request.scenario.display());
        exit.write(AppExit::error());
        return;
    };
    // A screenshot's game is not the player's: keep its save out of their saves.
    let saves = std::env::temp_dir().join(format!("zero-draft-screenshot-{}", std::process::id()));
    let file = request.scenario.display().to_string();
    if request.screen == Screen::Choose {
        // The delegation screen of this scenario, the first playable delegation ticked.
        commands.insert_resource(crate::play::Setup {
            scenario: Some((model, source, file)),
            chosen: vec![first],
            chair: false,
            difficulty: Difficulty::Normal,
            seed: 1,
        });
        next.set(Screen::Choose);
        return;
    }
    // The hand-over shows in hot-seat play: take the first two playable delegations.
    let players: Vec<DelegationId> = if request.screen == Screen::Handoff {
        model
            .delegation_ids()
            .filter(|&d| model.delegations[d.index()].playable)
            .take(2)
            .collect()
    } else {
        vec![first]
    };
    let started = if request.screen == Screen::Chair {
        Match::start_chair(model, &file, &source, &[], 1, Difficulty::Easy, &saves)
    } else {
        Match::start(model, &file, &source, &players, 1, Difficulty::Easy, &saves)
    };
    let mut game = match started {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{e}");
            exit.write(AppExit::error());
            return;
        }
    };
    match request.screen {
        Screen::Table | Screen::Projector => {
            // Table the player's first card so the floor and the room have something to show.
            let cards: Vec<CardId> = game
                .session
                .model()
                .scenario
                .cards
                .iter()
                .enumerate()
                .filter(|(k, _)| game.session.model().card_askers[*k].contains(&first))
                .map(|(_, c)| c.id.clone())
                .collect();
            for c in cards {
                if game.act(Action::TableCard(c)) {
                    break;
                }
            }
            if request.corridor {
                talk_in_the_corridor(&mut game, first);
                reach_consultations(&mut game, first);
            }
        }
        Screen::Debrief | Screen::Adoption => {
            while let Some(t) = game.session.turn() {
                if request.screen == Screen::Adoption && t.stage == Stage::Adoption {
                    break;
                }
                let a = if t.stage == Stage::Adoption {
                    Action::Join
                } else {
                    Action::Pass
                };
                if !game.act(a) {
                    break;
                }
            }
            // The debrief of a what-if branch: the same game played again from its first
            // move, this time tabling the capital's first card, compared with the original.
            if request.screen == Screen::Debrief
                && let Ok(mut branch) = game.branch(0)
            {
                let card = branch
                    .session
                    .model()
                    .scenario
                    .cards
                    .iter()
                    .enumerate()
                    .find(|(k, _)| branch.session.model().card_askers[*k].contains(&first))
                    .map(|(_, c)| c.id.clone());
                let mut tabled = card.is_none();
                while let Some(t) = branch.session.turn() {
                    let a = match (t.stage, &card) {
                        (Stage::Adoption, _) => Action::Join,
                        (Stage::Speaking, Some(c)) if !tabled => {
                            tabled = true;
                            Action::TableCard(c.clone())
                        }
                        _ => Action::Pass,
                    };
                    if !branch.act(a) && !branch.act(Action::Pass) {
                        break;
                    }
                }
                game = branch;
            }
        }
        _ => {}
    }
    commands.insert_resource(game);
    next.set(request.screen);
}

fn capture(
    mut progress: ResMut<Progress>,
    request: Res<ScreenshotRequest>,
    screen: Res<State<Screen>>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) {
    progress.frames += 1;
    let here = *screen.get() == request.screen;
    if !progress.shown && here {
        progress.shown = true;
        let ms = crate::LAUNCHED.get().map_or(0, |t| t.elapsed().as_millis());
        println!("{:?} screen reached {ms} ms after launch", request.screen);
    }
    // Until a frame of the screen is seen drawn, every frame is read back from the window
    // and looked at: the launch time is that of the first frame a player could read.
    if here && progress.first_drawn.get().is_none() && !progress.taken {
        let first = progress.first_drawn.clone();
        commands.spawn(Screenshot::primary_window()).observe(
            move |captured: On<bevy::render::view::screenshot::ScreenshotCaptured>| {
                if drawn(&captured.image) {
                    let ms = crate::LAUNCHED.get().map_or(0, |t| t.elapsed().as_millis());
                    let _ = first.set(ms);
                }
            },
        );
    }
    if !progress.reported
        && let Some(ms) = progress.first_drawn.get().copied()
    {
        progress.reported = true;
        println!(
            "{:?} screen first presented drawn {ms} ms after launch",
            request.screen
        );
    }
    if progress.frames >= SETTLE_FRAMES && progress.first_drawn.get().is_some() && !progress.taken {
        progress.taken = true;
        commands
            .spawn(Screenshot::primary_window())
            .observe(save_to_disk(request.out.clone()));
    }
    let done = progress.taken && std::fs::metadata(&request.out).is_ok_and(|m| m.len() > 0);
    if done && progress.frames > SETTLE_FRAMES + 5 {
        exit.write(AppExit::Success);
    } else if progress.frames > GIVE_UP_FRAMES {
        eprintln!("no screenshot after {GIVE_UP_FRAMES} frames");
        exit.write(AppExit::error());
    }
}
