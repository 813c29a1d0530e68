//! `zero-draft screenshot`: opens the real window at 1280×800 on one screen, saves a PNG of
//! it and exits. Used for the docs and the real-window test.

use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use super::Screen;
use super::play::{Difficulty, Match};
use zero_draft_engine::Model;
use zero_draft_engine::log::Action;
use zero_draft_engine::scenario::load_file;
use zero_draft_engine::session::Stage;

#[derive(Resource, Debug, Clone)]
pub struct ScreenshotRequest {
    pub scenario: PathBuf,
    pub screen: Screen,
    pub out: PathBuf,
}

#[derive(Resource, Default)]
struct Progress {
    frames: u32,
    taken: bool,
    shown: bool,
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
            .add_systems(Update, capture);
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
    let (scenario, source) = match load_file(&request.scenario) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{e}");
            exit.write(AppExit::error());
            return;
        }
    };
    let model = Arc::new(Model::new(scenario));
    let Some(first) =
        (0..model.delegations.len() as u16).find(|&d| model.delegations[d as usize].playable)
    else {
        eprintln!("{}: no playable delegation", request.scenario.display());
        exit.write(AppExit::error());
        return;
    };
    let mut game = match Match::start(
        model,
        &request.scenario.display().to_string(),
        &source,
        &[first],
        1,
        Difficulty::Easy,
        &super::play::saves_dir(),
    ) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{e}");
            exit.write(AppExit::error());
            return;
        }
    };
    match request.screen {
        Screen::Table => {
            // Table the player's first card so the floor and the room have something to show.
            let cards: Vec<String> = game
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
    if !progress.shown && *screen.get() == request.screen {
        progress.shown = true;
        let ms = super::LAUNCHED.get().map_or(0, |t| t.elapsed().as_millis());
        println!("{:?} screen reached {ms} ms after launch", request.screen);
    }
    if progress.frames == SETTLE_FRAMES && !progress.taken {
        progress.taken = true;
        commands
            .spawn(Screenshot::primary_window())
            .observe(save_to_disk(request.out.clone()));
    }
    let done = progress.taken && std::fs::metadata(&request.out).is_ok_and(|m| m.len() > 0);
    if done && progress.frames > SETTLE_FRAMES + 5 {
        println!("screenshot saved to {}", request.out.display());
        exit.write(AppExit::Success);
    } else if progress.frames > GIVE_UP_FRAMES {
        eprintln!("no screenshot after {GIVE_UP_FRAMES} frames");
        exit.write(AppExit::error());
    }
}
