//! The game: a headless app routes a whole tutorial game to the debrief, and the real window
//! renders the table under Xvfb.

use std::process::Command;

use bevy::prelude::*;
use zero_draft::game::play::{Difficulty, Match};
use zero_draft::game::{Screen, headless_app};
use zero_draft::log::Action;
use zero_draft::session::Stage;

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

/// Renders the table in a real window. Needs Xvfb and Mesa's Vulkan driver; `.ci/run`
/// installs both and sets ZERO_DRAFT_REQUIRE_WINDOW so that CI never skips it.
#[test]
fn the_table_renders_in_a_real_window() {
    let has_xvfb = Command::new("sh")
        .args(["-c", "command -v xvfb-run"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_xvfb {
        assert!(
            std::env::var_os("ZERO_DRAFT_REQUIRE_WINDOW").is_none(),
            "xvfb-run is required"
        );
        eprintln!("skipped: xvfb-run is not installed");
        return;
    }
    let dir = std::env::temp_dir().join(format!("zero-draft-window-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("table.png");
    let status = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1280x800x24"])
        .arg(env!("CARGO_BIN_EXE_zero-draft"))
        .args([
            "screenshot",
            "--scenario",
            "scenarios/tutorial.ron",
            "--screen",
            "table",
            "--out",
        ])
        .arg(&out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("WGPU_BACKEND", "vulkan")
        .env("XDG_DATA_HOME", &dir)
        .env("XDG_CONFIG_HOME", &dir)
        .output()
        .expect("xvfb-run starts");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let png = std::fs::read(&out).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
    assert_eq!((width, height), (1280, 800));
    // A blank window compresses to almost nothing; the table is full of text.
    assert!(
        png.len() > 60_000,
        "the screenshot is only {} bytes",
        png.len()
    );
}
