//! The composer and the room panel, driven like a player would: find by label, click, type,
//! press keys (egui_kittest, no window).

use bevy_egui::egui;
use bevy_egui::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use zero_draft_engine::log::Event;
use zero_draft_engine::session::Stage;
use zero_draft_game::play::{Difficulty, Match};
use zero_draft_game::settings::Settings;
use zero_draft_game::table::{Cache, Composer, Exit, Intent, Op, frame, settle};

use super::tutorial;
use zero_draft_engine::ids::ParagraphId;

pub(super) struct Table {
    pub(super) game: Match,
    pub(super) composer: Composer,
    settings: Settings,
    cache: Cache,
    /// The way out the player took, if any.
    pub(super) exit: Option<Exit>,
}

/// The Netherlands at the table of the tutorial, with the floor open to it.
pub(super) fn harness() -> Harness<'static, Table> {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let dir = std::env::temp_dir().join(format!("zero-draft-ui-{}", std::process::id()));
    let game = super::tutorial_match(m, &[nl], 2, Difficulty::Easy, false, &dir);
    assert_eq!(game.session.turn().unwrap().stage, Stage::Speaking);
    harness_of(game)
}

/// The table of a game under way, as the game draws it.
pub(super) fn harness_of(game: Match) -> Harness<'static, Table> {
    let state = Table {
        game,
        composer: Composer::default(),
        settings: Settings::default(),
        cache: Cache::default(),
        exit: None,
    };
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(
            |ui, t: &mut Table| {
                let intent = frame(
                    ui.ctx(),
                    &mut t.game,
                    &mut t.composer,
                    &mut t.settings,
                    &mut t.cache,
                );
                if let Some(way) = settle(intent, &mut t.game, &mut t.composer) {
                    t.exit = Some(way);
                }
            },
            state,
        )
}

fn tabled_by_nl(t: &Table) -> bool {
    let nl = t.game.session.model().delegation("nl").unwrap();
    t.game
        .session
        .events()
        .iter()
        .any(|e| matches!(e, Event::Tabled { proposer, .. } if *proposer == nl))
}

#[test]
fn the_composer_reads_typed_wording_and_tables_it() {
    let mut h = harness();
    h.state_mut().composer.op = Op::Insert;
    h.state_mut().composer.paragraph = "15".into();
    h.run_steps(2);
    h.get_by_role(Role::MultilineTextInput).click();
    h.run_steps(2);
    h.get_by_role(Role::MultilineTextInput)
        .type_text("States stressed implementing the norms.");
    // The prediction follows the wording a frame later; let the layout settle.
    h.run_steps(4);
    assert_eq!(
        h.state().composer.text,
        "States stressed implementing the norms."
    );
    h.get_by_label_contains("The room will read this as: implementing existing norms");
    h.get_by_label_contains("Predicted:");
    h.get_by_label("Table amendment  [Ctrl+Enter]").click();
    h.run_steps(3);
    assert!(
        tabled_by_nl(h.state()),
        "clicking Table tabled the amendment ({:?})",
        h.state().game.notice
    );
    assert!(
        h.state().composer.text.is_empty(),
        "the composer is cleared after tabling"
    );
}

#[test]
fn the_room_panel_shows_each_stance_and_its_reasons() {
    let mut h = harness();
    h.get_by_label("★ Move the threat repository to the dialogue section")
        .click();
    h.run_steps(3);
    assert!(tabled_by_nl(h.state()));
    // The new amendment is selected; the seating shows every delegation's seat.
    h.get_by_label_contains("The room on #");
    for code in ["RU", "CN", "BR"] {
        h.get_by_label_contains(code);
    }
    assert!(
        h.query_by_label_contains("Russian Federation on #")
            .is_none()
    );
    // Picking a seat (a click, not a hover) shows its reasons in their own panel.
    h.get_by_label_contains("RU").click();
    h.run_steps(3);
    h.get_by_label_contains("Russian Federation on #");
    h.get_by_label_contains("tolerates losses up to");
    // The keys move to the next seat.
    h.key_press(egui::Key::Period);
    h.run_steps(3);
    assert!(
        h.query_by_label_contains("Russian Federation on #")
            .is_none()
    );
}

/// A delegation at the flagship table, as on a classroom projector.
fn oewg_2023_harness() -> Harness<'static, Table> {
    let source = include_str!("../../../../scenarios/oewg-2023-apr.ron");
    let m = std::sync::Arc::new(zero_draft_engine::Model::new(
        zero_draft_engine::scenario::parse_str("oewg-2023-apr.ron", source).unwrap(),
    ));
    let au = m.delegation("au").unwrap();
    let dir = std::env::temp_dir().join(format!("zero-draft-ui23-{}", std::process::id()));
    let game = Match::start(
        m,
        "oewg-2023-apr.ron",
        source,
        &[au],
        2,
        Difficulty::Normal,
        &dir,
    )
    .unwrap();
    let state = Table {
        game,
        composer: Composer::default(),
        settings: Settings::default(),
        cache: Cache::default(),
        exit: None,
    };
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(
            |ui, t: &mut Table| {
                if let Some(Intent::Act(a)) = frame(
                    ui.ctx(),
                    &mut t.game,
                    &mut t.composer,
                    &mut t.settings,
                    &mut t.cache,
                ) {
                    t.game.act(a);
                }
            },
            state,
        )
}

#[test]
fn the_flagship_table_fits_a_projector() {
    let mut h = oewg_2023_harness();
    h.run_steps(3);
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0));
    for label in [
        "On the floor (",
        "The room on #",
        "Your objectives",
        "Composer",
        "The Chair and the room",
    ] {
        let rect = h.get_by_label_contains(label).rect();
        assert!(
            window.contains_rect(rect),
            "{label} lies outside the window: {rect:?}"
        );
    }
    // Every objective is in view.
    let au = h.state().game.session.model().delegation("au").unwrap();
    for o in &h.state().game.session.model().delegations[au.index()].objectives {
        let rect = h.get_by_label_contains(&o.description).rect();
        assert!(
            window.contains_rect(rect),
            "objective {} is off-screen: {rect:?}",
            o.id
        );
    }
    // The Chair's feed is one key away, in the same column, and F1 brings the floor back.
    h.key_press(egui::Key::F2);
    h.run_steps(3);
    assert!(h.query_by_label_contains("The room on #").is_none());
    let line = h
        .query_all_by_label_contains(" tables ")
        .last()
        .expect("the feed shows the tablings")
        .rect();
    assert!(window.contains_rect(line), "the feed's last line: {line:?}");
    h.key_press(egui::Key::F1);
    h.run_steps(3);
    h.get_by_label_contains("The room on #");
}

#[test]
fn the_flagship_table_fits_a_projector_in_french() {
    // French runs longer than English: the same panels must still fit.
    zero_draft_text::lang::on_this_thread(Some(zero_draft_text::Lang::Fr));
    let mut h = oewg_2023_harness();
    h.run_steps(3);
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0));
    for label in [
        "En discussion (",
        "La salle sur #",
        "Vos objectifs",
        "Rédaction",
        "Le Président et la salle",
        "Passer",
    ] {
        let rect = h.get_by_label_contains(label).rect();
        assert!(
            window.contains_rect(rect),
            "{label} lies outside the window: {rect:?}"
        );
    }
    zero_draft_text::lang::on_this_thread(None);
}

#[test]
fn keys_play_the_table_without_a_mouse() {
    let mut h = harness();
    let before = h.state().game.session.events().len();
    h.key_press(egui::Key::P);
    h.run_steps(2);
    let nl = h.state().game.session.model().delegation("nl").unwrap();
    let passed = h.state().game.session.events()[before..]
        .iter()
        .any(|e| matches!(e, Event::Passed { delegation } if *delegation == nl));
    assert!(passed, "P passes");
    // Keep passing with the keyboard until the Chair calls for adoption.
    for _ in 0..200 {
        let turn = h.state().game.session.turn();
        match turn {
            Some(t) if t.stage == Stage::Adoption => break,
            Some(_) => {
                h.key_press(egui::Key::P);
                h.run_steps(2);
            }
            None => break,
        }
    }
    assert_eq!(
        h.state().game.session.turn().map(|t| t.stage),
        Some(Stage::Adoption)
    );
}

#[test]
fn the_coach_suggests_moves_and_makes_the_one_chosen() {
    // On Easy the coach is open at the table.
    let mut h = harness();
    h.run_steps(2);
    h.get_by_label_contains("The coach");
    let before = h.state().game.session.inputs().len();
    h.get_by_label("Do this  [1]");
    // Key 1 makes the first suggestion.
    h.key_press(egui::Key::Num1);
    h.run_steps(3);
    assert!(
        h.state().game.session.inputs().len() > before,
        "the chosen move was made: {:?}",
        h.state().game.notice
    );
    // H hides it.
    h.key_press(egui::Key::H);
    h.run_steps(2);
    assert!(h.query_by_label_contains("The coach").is_none());
}

/// The tutorial for the Netherlands, drawn as the game draws it: the table, or the adoption
/// screen once the Chair calls for adoption.
fn whole_game_harness() -> Harness<'static, (Table, Vec<ParagraphId>)> {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let dir = std::env::temp_dir().join(format!("zero-draft-keys-{}", std::process::id()));
    let game = super::tutorial_match(m, &[nl], 4, Difficulty::Normal, false, &dir);
    let state = Table {
        game,
        composer: Composer::default(),
        settings: Settings::default(),
        cache: Cache::default(),
        exit: None,
    };
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(
            |ui, (t, picked): &mut (Table, Vec<ParagraphId>)| {
                let adoption = t
                    .game
                    .session
                    .turn()
                    .is_some_and(|turn| turn.stage == Stage::Adoption);
                let action = if adoption {
                    let view = t.game.seat_view();
                    let mut root = ui.new_child(egui::UiBuilder::new());
                    zero_draft_game::screens::adoption_ui(
                        &mut root,
                        &view,
                        None,
                        &t.settings,
                        picked,
                    )
                } else {
                    match frame(
                        ui.ctx(),
                        &mut t.game,
                        &mut t.composer,
                        &mut t.settings,
                        &mut t.cache,
                    ) {
                        Some(Intent::Act(a)) => Some(a),
                        _ => None,
                    }
                };
                if let Some(a) = action {
                    t.game.act(a);
                }
            },
            (state, Vec::new()),
        )
}

#[test]
fn a_whole_game_is_played_by_key_events_alone() {
    let mut h = whole_game_harness();
    for _ in 0..400 {
        if h.state().0.game.session.is_finished() {
            break;
        }
        let adoption = h
            .state()
            .0
            .game
            .session
            .turn()
            .is_some_and(|t| t.stage == Stage::Adoption);
        // P passes (and ends an answer at "any objection?"); J joins at adoption.
        h.key_press(if adoption { egui::Key::J } else { egui::Key::P });
        h.run_steps(2);
    }
    let s = &h.state().0.game.session;
    assert!(s.is_finished(), "the game reached its end by keys alone");
    let nl = s.model().delegation("nl").unwrap();
    assert!(
        s.events()
            .iter()
            .any(|e| matches!(e, Event::PositionTaken { delegation, .. } if *delegation == nl))
    );
}

#[test]
fn the_tables_menu_holds_the_settings_the_keys_and_the_ways_out() {
    let mut h = harness();
    h.get_by_label_contains("Menu  [?]").click();
    h.run_steps(2);
    for label in ["Language", "Colour-blind-safe palette", "Next delegation"] {
        let _ = h.get_by_label_contains(label);
    }
    h.get_by_label("Quit the game").click();
    h.run_steps(2);
    assert_eq!(h.state().exit, Some(Exit::Quit), "the menu quits the game");
}
