//! The game: a headless app routes a whole tutorial game to the debrief.

use bevy::prelude::*;
use zero_draft_engine::log::Action;
use zero_draft_engine::session::Stage;
use zero_draft_game::play::{Difficulty, Match};
use zero_draft_game::{Screen, headless_app};

use super::tutorial;

#[test]
fn a_headless_app_plays_a_hot_seat_tutorial_to_the_debrief() {
    let m = tutorial();
    let humans = [m.delegation("nl").unwrap(), m.delegation("ru").unwrap()];
    let dir = std::env::temp_dir().join(format!("zero-draft-headless-{}", std::process::id()));
    let game = super::tutorial_match(m.clone(), &humans, 4, Difficulty::Normal, false, &dir);
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
                // "I am …": the next player takes the device (and, the first time, reads
                // their briefing before taking the seat).
                handoffs += 1;
                let turn = game.session.turn().unwrap();
                game.viewer = turn.delegation;
                game.briefed.push(turn.delegation);
                let to = if turn.stage == Stage::Adoption {
                    Screen::Adoption
                } else {
                    Screen::Table
                };
                app.world_mut().resource_mut::<NextState<Screen>>().set(to);
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

#[test]
fn a_format_1_save_of_the_previous_version_resumes_and_plays_on() {
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../engine/tests/fixtures/v1-tutorial-hotseat-save.ron");
    let dir = std::env::temp_dir().join(format!("zero-draft-v1-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("v1-save.ron");
    std::fs::copy(&fixture, &path).unwrap();
    let mut game = Match::resume(&path).expect("a format-1 save resumes");
    let turn = game.session.turn().expect("the save was taken mid-game");
    assert_eq!(game.viewer, turn.delegation);
    let before = game.session.inputs().len();
    assert!(game.act(Action::Pass), "{:?}", game.notice);
    // The save is written again, now in format 2, and still replays.
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("format: 2"));
    let again = Match::resume(&path).unwrap();
    assert_eq!(again.session.inputs().len(), before + 1);
}

#[test]
fn names_from_files_never_lead_outside_their_folder() {
    use zero_draft_game::paths::inside;
    let dir = std::path::Path::new("/tmp/zero-draft-saves");
    assert_eq!(
        inside(dir, "tutorial-1.ron"),
        Some(dir.join("tutorial-1.ron"))
    );
    for bad in [
        "../escaped.ron",
        "a/b.ron",
        "..",
        ".hidden",
        "",
        "/etc/passwd",
    ] {
        assert_eq!(inside(dir, bad), None, "{bad}");
    }
}

#[test]
fn a_finished_game_branches_from_any_move_into_a_new_linked_save() {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let dir = std::env::temp_dir().join(format!("zero-draft-whatif-{}", std::process::id()));
    let mut game = super::tutorial_match(m, &[nl], 5, Difficulty::Normal, false, &dir);
    while let Some(turn) = game.session.turn() {
        let action = if turn.stage == Stage::Adoption {
            Action::Join
        } else {
            Action::Pass
        };
        assert!(game.act(action));
    }
    let moves = game.session.inputs().len();
    assert!(moves > 3);
    let branch = game.branch(2).unwrap();
    assert_eq!(branch.session.inputs(), &game.session.inputs()[..2]);
    assert!(!branch.session.is_finished(), "the branch plays on");
    assert_ne!(
        branch.save_path, game.save_path,
        "the original game is kept"
    );
    let saved = std::fs::read_to_string(&branch.save_path).unwrap();
    assert!(
        saved.contains("parent: Some(") && saved.contains("at: 2"),
        "linked to its parent"
    );
    // Resumed, it is the same branch, still linked.
    let resumed = Match::resume(&branch.save_path).unwrap();
    assert_eq!(resumed.session.inputs().len(), 2);
    assert_eq!(resumed.parent.as_ref().map(|p| p.at), Some(2));
    // Played differently (the Netherlands tables its own card), the branch is compared with
    // the original paragraph by paragraph.
    let mut branch = branch;
    let mut tabled = false;
    while let Some(turn) = branch.session.turn() {
        let action = match turn.stage {
            Stage::Adoption => Action::Join,
            Stage::Speaking if !tabled => {
                tabled = true;
                Action::TableCard("repository-move".into())
            }
            _ => Action::Pass,
        };
        if !branch.act(action) {
            assert!(branch.act(Action::Pass));
        }
    }
    let lines = zero_draft_game::screens::branch_comparison(&branch);
    let last = lines.last().expect("a summary line");
    assert!(last.contains("Branched before move 3"), "{lines:?}");
}

#[test]
fn the_player_chairs_a_game_to_the_vote_and_its_save_resumes() {
    let m = tutorial();
    let dir = std::env::temp_dir().join(format!("zero-draft-chair-{}", std::process::id()));
    let mut game = super::tutorial_match(m, &[], 6, Difficulty::Normal, true, &dir);
    assert!(game.chairing);
    let mut rulings = 0;
    while !game.session.is_finished() {
        let Some(a) = game.session.brackets().first().cloned() else {
            assert!(game.chair_command(zero_draft_engine::seat::Command::IssueRevision));
            continue;
        };
        // Rule for the option everyone can best live with.
        let options = game.session.chair_options(&a);
        let pick = (0..options.len())
            .min_by_key(|&k| options[k].objectors.len())
            .unwrap();
        assert!(game.rule(a.id, pick as u32), "{:?}", game.notice);
        rulings += 1;
        assert!(rulings < 200);
    }
    // The debrief sets each ruling beside what each persona would have done.
    let review = zero_draft_game::screens::chair_review(&game);
    assert!(review.len() >= 3, "{review:?}");
    assert!(
        review
            .iter()
            .any(|(_, l)| l.contains("a surgical Chair would")
                && l.contains("a clean-text Chair would")
                && l.contains("a balanced-package Chair would")),
        "{review:?}"
    );
    assert!(review.iter().any(|(_, l)| l.contains("cases")));
    let resumed = Match::resume(&game.save_path).unwrap();
    assert!(resumed.chairing && resumed.session.is_finished());
    assert_eq!(resumed.session.events(), game.session.events());
}

#[test]
fn the_debrief_says_what_the_coach_would_have_done_for_a_missed_objective() {
    // A passive Netherlands misses moving the threat repository (only it tables that card).
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let dir = std::env::temp_dir().join(format!("zero-draft-hindsight-{}", std::process::id()));
    let mut game = super::tutorial_match(m, &[nl], 3, Difficulty::Normal, false, &dir);
    while let Some(turn) = game.session.turn() {
        let action = if turn.stage == Stage::Adoption {
            Action::Join
        } else {
            Action::Pass
        };
        assert!(game.act(action));
    }
    let lines = zero_draft_game::screens::hindsight(&game);
    assert!(
        lines
            .iter()
            .any(|l| l.contains("threat repository") && l.contains("coach")),
        "{lines:?}"
    );
}

#[test]
fn a_hot_seat_game_with_a_chair_and_a_delegation_hands_the_device_between_them() {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let dir = std::env::temp_dir().join(format!("zero-draft-chair-hot-{}", std::process::id()));
    let game = super::tutorial_match(m, &[nl], 2, Difficulty::Normal, true, &dir);
    let mut app = headless_app();
    app.insert_resource(game);
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Handoff);
    let (mut to_chair, mut to_nl) = (0, 0);
    for _ in 0..4000 {
        app.update();
        let screen = *app.world().resource::<State<Screen>>().get();
        let mut game = app.world_mut().resource_mut::<Match>();
        match screen {
            Screen::Debrief => break,
            Screen::Handoff => {
                // "I am …": the seat the room waits for takes the device.
                let to = match game.session.turn() {
                    Some(turn) => {
                        to_nl += 1;
                        game.viewer = turn.delegation;
                        game.at_chair = false;
                        game.briefed.push(turn.delegation);
                        if turn.stage == Stage::Adoption {
                            Screen::Adoption
                        } else {
                            Screen::Table
                        }
                    }
                    None => {
                        to_chair += 1;
                        game.at_chair = true;
                        Screen::Chair
                    }
                };
                app.world_mut().resource_mut::<NextState<Screen>>().set(to);
            }
            Screen::Chair => {
                if !game
                    .session
                    .pending()
                    .contains(&zero_draft_engine::seat::Seat::Chair)
                {
                    continue;
                }
                let command = match game.session.brackets().first() {
                    Some(a) => zero_draft_engine::seat::Command::Rule {
                        amendment: a.id,
                        option: 0,
                    },
                    None => zero_draft_engine::seat::Command::IssueRevision,
                };
                assert!(game.chair_command(command), "{:?}", game.notice);
            }
            Screen::Table | Screen::Adoption => {
                let Some(turn) = game.session.turn() else {
                    continue;
                };
                if turn.delegation != game.viewer || game.at_chair {
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
    let game = app.world().resource::<Match>();
    assert!(game.session.is_finished(), "the game reached its end");
    assert!(to_chair > 0 && to_nl > 0, "chair {to_chair}, nl {to_nl}");
}

#[test]
fn a_save_resumes_on_its_difficulty() {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let dir = std::env::temp_dir().join(format!("zero-draft-difficulty-{}", std::process::id()));
    let game = super::tutorial_match(m, &[nl], 8, Difficulty::Hard, false, &dir);
    let resumed = Match::resume(&game.save_path).unwrap();
    assert_eq!(resumed.difficulty, Difficulty::Hard);
}
