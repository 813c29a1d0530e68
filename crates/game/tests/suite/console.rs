//! The teacher's console in the window, drawn from what a real class's host sent it: the
//! whole corridor, every seat's soundings, offers and promises, in a section of its own.

use std::sync::Arc;

use bevy_egui::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use zero_draft_game::remote::RemoteSeat;
use zero_draft_game::remote::console::{ConsoleState, console_ui};
use zero_draft_game::settings::Settings;
use zero_draft_net::bot::{Bot, Strategy};
use zero_draft_net::client::RemoteRoom;
use zero_draft_net::loopback::{CODE, Class};
use zero_draft_net::server::HostConfig;

#[test]
fn the_teachers_console_lists_the_whole_corridor() {
    let source = include_str!("../../../../scenarios/tutorial.ron");
    let model = Arc::new(zero_draft_engine::Model::new(
        zero_draft_engine::scenario::parse_str("tutorial.ron", source).unwrap(),
    ));
    let mut cfg = HostConfig::new(model, "tutorial.ron", source);
    cfg.code = CODE.into();
    cfg.facilitator_code = "TEACH-CODE".into();
    cfg.start_when = Some(1);
    cfg.seed = 3;
    let mut class = Class::new(cfg);
    let teacher = class.join("teacher", "TEACH-CODE", None);
    class.join(
        "ana",
        CODE,
        Some(Bot::named(Some("nl".into()), Strategy::Passive, "ana")),
    );
    assert!(class.play_out(5_000));
    let room: RemoteRoom = class.clients[teacher]
        .world_mut()
        .remove_resource::<RemoteRoom>()
        .unwrap();
    let corridor = room
        .corridor
        .clone()
        .expect("the teacher receives the corridor");
    let count = corridor.soundings.len() + corridor.offers.len();
    assert!(count > 0, "the AI talked in the corridor");
    let mut seat = RemoteSeat::new("127.0.0.1:5740".parse().unwrap(), false);
    let mut state = ConsoleState::default();
    let settings = Settings::default();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui(move |ui| console_ui(ui, &room, &mut seat, &mut state, &settings));
    h.run();
    let header = format!("The corridor ({count} soundings and offers)");
    h.get_by_label_contains(&header).click();
    h.run();
    // An offer of the room, in words, is listed once the section is open.
    let names = zero_draft_engine::view::PublicScenario::of(&zero_draft_engine::Model::new(
        zero_draft_engine::scenario::parse_str("tutorial.ron", source).unwrap(),
    ));
    if let Some(o) = corridor.offers.first() {
        h.get_by_label_contains(&zero_draft_text::offer_words(&names, o));
    } else {
        let s = &corridor.soundings[0];
        h.get_by_label_contains(&zero_draft_text::sounding_words(&names, s));
    }
}
