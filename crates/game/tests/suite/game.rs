//! The game: a headless app routes a whole tutorial game to the debrief.

use bevy::prelude::*;
use zero_draft_engine::log::Action;
use zero_draft_engine::session::Stage;
use zero_draft_game::play::{Difficulty, Match};
use zero_draft_game::{Screen, headless_app};

use super::{TUTORIAL, tutorial};

#[test]
fn a_headless_app_plays_a_hot_seat_tutorial_to_the_debrief() {
    let m = tutorial();
    let humans = [m.delegation("nl").unwrap(), m.delegation("ru").unwrap()];
    let dir = std::env::temp_dir().join(format!("zero-draft-headless-{}", std::process::id()));
    let game = Match::start(
        m.clone(),
        "tutorial.ron",
        TUTORIAL,
        &humans,
        4,
        Difficulty::Normal,
        &dir,
    )
    .unwrap();
    let mut app = headless_app();
    app.insert_resource(game);
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Table);
    let mut handoffs = 0;
    for _ in 0..2000 {
        app.update();
        let screen = *app.world().resource::<State<Screen>>().get();
        let mut game = app.world_mut().resource_mut::<Match>();
        match screen {
            Screen::Debrief => break,
            Screen::Handoff => {
                // "I am …": the next player takes the device.
                handoffs += 1;
                game.viewer = game.session.turn().unwrap().delegation;
            }
            Screen::Table | Screen::Adoption => {
                let Some(turn) = game.session.turn() else {
                    continue;
                };
                if turn.delegation != game.viewer {
                    continue;
                }
                let action = if turn.stage == Stage::Adoption {
                    Action::Join
                } else {
                    Action::Pass
                };
                assert!(game.act(action), "{:?}", game.notice);
            }
            _ => {}
        }
    }
    let screen = *app.world().resource::<State<Screen>>().get();
    assert_eq!(screen, Screen::Debrief);
    assert!(
        handoffs > 0,
        "two players on one machine hand the device over"
    );
    let game = app.world().resource::<Match>();
    assert!(game.session.is_finished());
    // The save on disk replays to the same game.
    let resumed = Match::resume(&game.save_path).unwrap();
    assert_eq!(resumed.session.events().len(), game.session.events().len());
}

#[test]
fn a_corrupt_save_is_reported_and_left_untouched() {
    let dir = std::env::temp_dir().join(format!("zero-draft-save-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("broken.ron");
    std::fs::write(&path, "(format: 1, scenario_file: \"x\", oops").unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Match::resume(&path)
        .err()
        .expect("a corrupt save cannot be resumed");
    assert!(err.contains("broken.ron:1:"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
