//! The table by keys and what it shows as the game moves: Esc in a text field, letter keys
//! beside a focused button, answers held at "any objection?", the Chair's feed after a
//! revision (egui_kittest, no window).

use bevy_egui::egui;
use bevy_egui::egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use zero_draft_engine::log::Event;
use zero_draft_engine::session::Stage;
use zero_draft_game::table::{Exit, Op};

use super::ui::harness;

#[test]
fn esc_in_the_composer_leaves_the_field_not_the_table() {
    let mut h = harness();
    h.state_mut().composer.op = Op::Insert;
    h.state_mut().composer.paragraph = "15".into();
    h.run_steps(2);
    h.get_by_role(Role::MultilineTextInput).click();
    h.run_steps(2);
    h.get_by_role(Role::MultilineTextInput)
        .type_text("States stressed the norms.");
    h.run_steps(2);
    h.key_press(egui::Key::Escape);
    h.run_steps(3);
    assert_eq!(
        h.state().exit,
        None,
        "the first Esc only left the text field"
    );
    assert_eq!(h.state().composer.text, "States stressed the norms.");
    // With no field holding the keyboard, Esc leaves the table.
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert_eq!(h.state().exit, Some(Exit::Leave));
}

#[test]
fn an_answer_held_at_any_objection_shows_on_the_floor() {
    use zero_draft_engine::log::Action;
    let mut h = harness();
    // Pass until the Chair asks "any objection?" with an amendment of another's pending.
    for _ in 0..200 {
        let t = h.state();
        let s = &t.game.session;
        let nl = s.model().delegation("nl").unwrap();
        if s.turn().is_some_and(|x| x.stage == Stage::Consensus)
            && s.floor().iter().any(|a| a.proposer != nl)
        {
            break;
        }
        let action = match s.turn().map(|x| x.stage) {
            Some(Stage::Adoption) => Action::Join,
            _ => Action::Pass,
        };
        assert!(h.state_mut().game.act(action));
    }
    let nl = h.state().game.session.model().delegation("nl").unwrap();
    assert_eq!(
        h.state().game.session.turn().map(|x| x.stage),
        Some(Stage::Consensus)
    );
    let id = h
        .state()
        .game
        .session
        .floor()
        .iter()
        .find(|a| a.proposer != nl)
        .unwrap()
        .id;
    h.state_mut().composer.selected = Some(id);
    h.run_steps(2);
    h.key_press(egui::Key::O);
    h.run_steps(3);
    h.get_by_label_contains("you object (held until every answer is in)");
}

#[test]
fn letter_keys_still_act_when_a_button_has_the_focus() {
    let mut h = harness();
    h.run_steps(2);
    // Tab gives the focus to a widget (a button), as a keyboard player moving around would.
    h.key_press(egui::Key::Tab);
    h.run_steps(2);
    assert!(
        h.ctx.memory(|m| m.focused().is_some()),
        "a widget has the focus"
    );
    let before = h.state().game.session.inputs().len();
    h.key_press(egui::Key::P);
    h.run_steps(3);
    assert!(
        h.state().game.session.inputs().len() > before,
        "P passed with a button focused ({:?})",
        h.state().game.notice
    );
}

#[test]
fn the_chairs_feed_says_what_each_revision_did() {
    use zero_draft_engine::log::Action;
    let mut h = harness();
    for _ in 0..300 {
        let s = &h.state().game.session;
        if s.events()
            .iter()
            .any(|e| matches!(e, Event::RevisionIssued { .. }))
            || s.turn().is_none()
        {
            break;
        }
        let action = match s.turn().map(|x| x.stage) {
            Some(Stage::Adoption) => Action::Join,
            _ => Action::Pass,
        };
        assert!(h.state_mut().game.act(action));
    }
    h.run_steps(2);
    h.key_press(egui::Key::F2);
    h.run_steps(3);
    h.get_by_label_contains("In this revision the Chair took in");
}

#[test]
fn a_paused_room_says_so_in_the_header() {
    use zero_draft_engine::seat::{Command, Seat};
    let mut h = harness();
    h.state_mut()
        .game
        .session
        .input(Seat::Facilitator, Command::Pause)
        .unwrap();
    h.run_steps(3);
    h.get_by_label_contains("paused the room");
    h.get_by_label_contains("until the room resumes");
}
