//! The tutorial in French: the interface and the scenario's own text (the draft, the names,
//! the cards, the briefing) in the player's language, played to the end.

use bevy_egui::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use zero_draft_engine::log::Action;
use zero_draft_engine::session::Stage;
use zero_draft_game::settings::Settings;
use zero_draft_text::{Lang, lang};

use super::ui::harness;

#[test]
fn the_tutorial_plays_in_french_with_its_own_text_in_french() {
    lang::on_this_thread(Some(Lang::Fr));
    let mut h = harness();
    h.run_steps(3);
    // The zero draft, the section titles and the cards read in French, not as written.
    h.get_by_label_contains("Les États se sont déclarés préoccupés");
    assert!(
        h.query_by_label_contains("States expressed concern")
            .is_none()
    );
    assert!(
        h.query_all_by_label_contains("A. Menaces existantes et potentielles")
            .count()
            >= 2,
        "the outline and the draft"
    );
    // Played to the end: each answer of the player, the table drawn in French throughout.
    for _ in 0..600 {
        let game = &mut h.state_mut().game;
        if game.session.is_finished() {
            break;
        }
        if let Some(turn) = game.session.turn()
            && turn.delegation == game.viewer
        {
            let action = if turn.stage == Stage::Adoption {
                Action::Join
            } else {
                Action::Pass
            };
            assert!(game.act(action), "{:?}", game.notice);
        }
        h.run_steps(1);
    }
    assert!(h.state().game.session.is_finished());
    assert!(
        h.query_by_label_contains("States expressed concern")
            .is_none()
    );
    // The briefing: the player's own instructions from capital, in French.
    let view = zero_draft_game::play::shown(h.state().game.seat_view());
    let mut b = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui(|ui| zero_draft_game::screens::briefing_ui(ui, &view, &Settings::default()));
    b.run();
    b.get_by_label_contains("Pays-Bas");
    b.get_by_label_contains("La Haye veut");
    b.get_by_label_contains("Déplacer le répertoire des menaces");
    assert!(b.query_by_label_contains("est rédigé en").is_none());
    lang::on_this_thread(None);
}

#[test]
fn a_scenario_not_translated_says_so_in_the_briefing() {
    lang::on_this_thread(Some(Lang::Es));
    let source = include_str!("../../../../scenarios/oewg-2022-apr.ron");
    let m = std::sync::Arc::new(zero_draft_engine::Model::new(
        zero_draft_engine::scenario::parse_str("oewg-2022-apr.ron", source).unwrap(),
    ));
    let d = m.delegations.iter().position(|d| d.playable).unwrap();
    let s = zero_draft_engine::session::Session::new(m.clone(), 1, &[]).unwrap();
    let room = std::sync::Arc::new(zero_draft_engine::view::RoomView::of(
        &s,
        std::sync::Arc::new(zero_draft_engine::view::PublicScenario::of(&m)),
    ));
    let view = zero_draft_engine::view::SeatView::of(
        room,
        &s,
        zero_draft_engine::seat::Seat::Delegation(zero_draft_engine::ids::DelegationId::at(d)),
    );
    let view = zero_draft_game::play::shown(view);
    let mut b = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui(|ui| zero_draft_game::screens::briefing_ui(ui, &view, &Settings::default()));
    b.run();
    b.get_by_label_contains("está escrito en inglés y no tiene traducción al español");
    lang::on_this_thread(None);
}
