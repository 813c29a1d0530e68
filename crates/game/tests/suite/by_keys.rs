//! Whole screens driven by key events alone, as a player without a mouse would: a card tabled
//! with K and Enter, the composer's drop-downs, a hot-seat game between the Chair and a
//! delegation (hand-overs, briefing, the Chair's rulings and revisions, the vote), and a
//! what-if branch from the debrief (egui_kittest, no window).

use bevy_egui::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use zero_draft_engine::log::Event;
use zero_draft_engine::seat::SeatName;
use zero_draft_game::Screen;
use zero_draft_game::play::{Difficulty, Match, screen_for};
use zero_draft_game::screens::{
    ChairCache, adoption_ui, briefing_frame, chair_frame, handoff_frame, whatif_ui,
};
use zero_draft_game::settings::Settings;
use zero_draft_game::table::{Cache, Composer, Op, frame, settle};

use super::tutorial;
use super::ui::harness;

#[test]
fn k_reaches_a_card_and_enter_tables_it() {
    let mut h = harness();
    h.run_steps(2);
    h.key_press(egui::Key::K);
    h.run_steps(3);
    assert!(
        h.state().composer.card_focus.is_some(),
        "K found a card that can be tabled"
    );
    assert!(
        h.ctx.memory(|m| m.focused().is_some()),
        "the card has the focus"
    );
    h.key_press(egui::Key::Enter);
    h.run_steps(3);
    let s = &h.state().game.session;
    let nl = s.model().delegation("nl").unwrap();
    assert!(
        s.events().iter().any(|e| matches!(
            e,
            Event::Tabled { proposer, card: Some(_), .. } if *proposer == nl
        )),
        "Enter tabled the card: {:?}",
        h.state().game.notice
    );
}

#[test]
fn the_composers_drop_down_opens_chooses_and_closes_by_keys() {
    let mut h = harness();
    h.run_steps(2);
    assert_eq!(h.state().composer.op, Op::Replace);
    h.get_by_value("Replace a clause").focus();
    h.run_steps(2);
    h.key_press(egui::Key::Space);
    h.run_steps(2);
    assert!(egui::Popup::is_any_open(&h.ctx), "Space opened the list");
    // Down reaches the first item, Down again the second ("Insert a clause"); Enter takes it.
    h.key_press(egui::Key::ArrowDown);
    h.run_steps(2);
    h.key_press(egui::Key::ArrowDown);
    h.run_steps(2);
    h.key_press(egui::Key::Enter);
    h.run_steps(3);
    assert_eq!(h.state().composer.op, Op::Insert, "Enter chose the item");
    assert!(!egui::Popup::is_any_open(&h.ctx), "and closed the list");
    // Esc on an open list closes it and stays at the table.
    h.get_by_value("Insert a clause").focus();
    h.run_steps(2);
    h.key_press(egui::Key::Space);
    h.run_steps(2);
    assert!(egui::Popup::is_any_open(&h.ctx));
    h.key_press(egui::Key::Escape);
    h.run_steps(3);
    assert!(!egui::Popup::is_any_open(&h.ctx), "Esc closed the list");
    assert_eq!(h.state().exit, None, "and did not leave the table");
    assert_eq!(h.state().composer.op, Op::Insert);
}

/// One device shared by the players of a hot-seat game, drawn screen by screen as the game
/// draws them and routed as the game routes them.
struct Device {
    game: Match,
    screen: Screen,
    composer: Composer,
    settings: Settings,
    cache: Cache,
    chair: ChairCache,
    picked: Vec<zero_draft_engine::ids::ParagraphId>,
    handoffs: usize,
}

fn draw(ui: &mut egui::Ui, d: &mut Device) {
    let ctx = &ui.ctx().clone();
    let to = match d.screen {
        Screen::Handoff => {
            let to = handoff_frame(ctx, &mut d.game);
            d.handoffs += usize::from(to.is_some());
            to
        }
        Screen::Briefing => briefing_frame(ctx, &mut d.game, &d.settings),
        Screen::Table => {
            let intent = frame(
                ctx,
                &mut d.game,
                &mut d.composer,
                &mut d.settings,
                &mut d.cache,
            );
            settle(intent, &mut d.game, &mut d.composer);
            Some(screen_for(&mut d.game))
        }
        Screen::Adoption => {
            let view = d.game.seat_view();
            let mut root = ui.new_child(egui::UiBuilder::new());
            if let Some(a) = adoption_ui(&mut root, &view, None, &d.settings, &mut d.picked) {
                d.game.act(a);
            }
            Some(screen_for(&mut d.game))
        }
        Screen::Chair => {
            chair_frame(ctx, &mut d.game, &d.settings, &mut d.chair);
            Some(screen_for(&mut d.game))
        }
        other => Some(other),
    };
    if let Some(to) = to {
        d.screen = to;
    }
}

#[test]
fn a_hot_seat_game_with_the_chair_is_played_by_keys_and_branched_from_its_debrief() {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let dir = std::env::temp_dir().join(format!("zero-draft-by-keys-{}", std::process::id()));
    let game = super::tutorial_match(m, &[nl], 2, Difficulty::Normal, true, &dir);
    let device = Device {
        game,
        screen: Screen::Handoff,
        composer: Composer::default(),
        settings: Settings::default(),
        cache: Cache::default(),
        chair: ChairCache::default(),
        picked: Vec::new(),
        handoffs: 0,
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, d: &mut Device| draw(ui, d), device);
    h.run_steps(2);
    for _ in 0..3000 {
        let d = h.state();
        let key = match d.screen {
            Screen::Debrief => break,
            // "I am …", "Take the seat", "Issue the revision" once no bracket is left.
            Screen::Handoff | Screen::Briefing => egui::Key::Enter,
            Screen::Chair if d.game.session.brackets().is_empty() => egui::Key::Enter,
            // The first option on the first bracket.
            Screen::Chair => egui::Key::Num1,
            Screen::Adoption => egui::Key::J,
            _ => egui::Key::P,
        };
        h.key_press(key);
        h.run_steps(2);
    }
    let d = h.state();
    assert_eq!(d.screen, Screen::Debrief, "the game reached its debrief");
    assert!(d.handoffs >= 2, "the device changed hands: {}", d.handoffs);
    let s = &d.game.session;
    assert!(s.is_finished());
    let chair_moves = s
        .inputs()
        .iter()
        .filter(|i| i.seat == SeatName::Chair)
        .count();
    let revisions = s
        .events()
        .iter()
        .filter(|e| matches!(e, Event::RevisionIssued { .. }))
        .count();
    assert!(
        chair_moves > 0 && revisions > 0,
        "{chair_moves} {revisions}"
    );
    assert!(
        s.events()
            .iter()
            .any(|e| matches!(e, Event::ChairDecision { .. })),
        "the player ruled on a bracket with a digit"
    );
    assert!(
        s.events()
            .iter()
            .any(|e| matches!(e, Event::PositionTaken { delegation, .. } if *delegation == nl)),
        "the Netherlands took its position at the vote"
    );

    // What if: from the debrief's list, Down reaches the first move and Enter plays on.
    let finished = h.into_state().game;
    let mut w = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(
            |ui, (game, branch): &mut (Match, Option<Result<Match, String>>)| {
                if let Some(b) = whatif_ui(ui, game) {
                    *branch = Some(b);
                }
            },
            (finished, None),
        );
    w.run_steps(2);
    w.key_press(egui::Key::ArrowDown);
    w.run_steps(2);
    w.key_press(egui::Key::ArrowDown);
    w.run_steps(2);
    w.key_press(egui::Key::Enter);
    w.run_steps(2);
    let (game, branch) = w.into_state();
    let branch = branch
        .expect("Enter played on")
        .expect("the branch was made");
    let parent = branch.parent.as_ref().expect("the branch names its game");
    assert_eq!(
        parent.at, 1,
        "Down, Down, Enter: from before the second move"
    );
    assert_eq!(branch.session.inputs().len(), 1);
    assert_eq!(
        format!("{:?}", branch.session.inputs()[0]),
        format!("{:?}", game.session.inputs()[0])
    );
    assert!(!branch.session.is_finished(), "the branch plays on");
}

/// A tutorial game of the Netherlands, played by passing until an engine-played delegation
/// has made it an offer that waits for its answer.
fn an_offer_waiting() -> Match {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let dir = std::env::temp_dir().join(format!("zero-draft-offer-{}", std::process::id()));
    for seed in 1..60 {
        let mut game =
            super::tutorial_match(m.clone(), &[nl], seed, Difficulty::Normal, false, &dir);
        for _ in 0..200 {
            let waiting =
                game.session.corridor().1.iter().any(|o| {
                    o.to == nl && o.state == zero_draft_engine::corridor::OfferState::Open
                });
            if waiting {
                return game;
            }
            let Some(turn) = game.session.turn() else {
                break;
            };
            let a = if turn.stage == zero_draft_engine::session::Stage::Adoption {
                zero_draft_engine::log::Action::Join
            } else {
                zero_draft_engine::log::Action::Pass
            };
            if !game.act(a) {
                break;
            }
        }
    }
    panic!("no offer reached the Netherlands in 59 tutorial games");
}

#[test]
fn f3_opens_the_corridor_and_y_accepts_the_offer_waiting() {
    use zero_draft_engine::corridor::OfferState;
    let mut h = super::ui::harness_of(an_offer_waiting());
    h.run_steps(2);
    h.key_press(egui::Key::F3);
    h.run_steps(2);
    h.get_by_label_contains("waiting)");
    let nl = h.state().game.session.model().delegation("nl").unwrap();
    let state_of = |h: &Harness<'_, super::ui::Table>, id: usize| {
        h.state().game.session.corridor().1[id].state.clone()
    };
    // Y answers the first offer waiting, as the tab lists them.
    let first = h
        .state()
        .game
        .session
        .corridor()
        .1
        .iter()
        .position(|o| o.to == nl && o.state == OfferState::Open)
        .unwrap();
    h.key_press(egui::Key::Y);
    h.run_steps(3);
    let answered = state_of(&h, first);
    assert!(
        matches!(answered, OfferState::Accepted | OfferState::Lapsed),
        "Y answered the offer: {answered:?} ({:?})",
        h.state().game.notice
    );
}

#[test]
fn s_sounds_out_the_delegation_picked_in_the_room() {
    let mut h = super::ui::harness_of(an_offer_waiting());
    h.run_steps(2);
    h.key_press(egui::Key::F3);
    h.run_steps(2);
    // Pick the first seat of the room with `.`, then ask about the selected amendment.
    h.key_press(egui::Key::Period);
    h.run_steps(2);
    let before = h.state().game.session.corridor().0.len();
    if h.state().composer.seat == h.state().game.session.model().delegation("nl") {
        h.key_press(egui::Key::Period);
        h.run_steps(2);
    }
    h.key_press(egui::Key::S);
    h.run_steps(3);
    let after = h.state().game.session.corridor().0.len();
    assert_eq!(
        after,
        before + 1,
        "S sounded out the delegation: {:?}",
        h.state().game.notice
    );
    // The answer shows in the corridor's history.
    h.get_by_label_contains(" on amendment #");
}
