//! A student's debrief at the end of a class, drawn from what their client received: their
//! own hindsight and moves from the host, and the table's report and log exported from it.

use std::path::Path;

use bevy_egui::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use zero_draft_game::remote::RemoteSeat;
use zero_draft_game::remote::debrief::{debrief_ui, export_table};
use zero_draft_game::remote::sample::played_class;
use zero_draft_game::settings::Settings;

#[test]
fn a_students_debrief_shows_their_moves_and_exports_the_tables_report_and_log() {
    let tutorial = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios/tutorial.ron");
    let room = played_class(&tutorial).unwrap();
    let debrief = room.debrief.clone().expect("the host sent the debrief");
    assert!(!debrief.moves.is_empty(), "the coach's student made moves");
    let view = room.view().expect("the seat's view");

    // The export: the report and the log, written from the public room and log.
    let dir = std::env::temp_dir().join(format!("zero-draft-class-export-{}", std::process::id()));
    let written = export_table(&room, &view, &dir).unwrap();
    assert_eq!(written.len(), 4);
    assert!(written.iter().all(|p| p.parent() == Some(dir.as_path())));
    let read = |k: usize| std::fs::read_to_string(&written[k]).unwrap();
    let title = &view.room.scenario.title;
    assert!(read(0).starts_with(&format!("# {title}")));
    assert!(read(0).contains("Outcome: the report was"));
    assert!(read(1).starts_with("<!DOCTYPE html>"));
    assert!(read(2).contains("### Round 1"));
    assert_eq!(
        read(2).lines().filter(|l| l.starts_with("- ")).count(),
        room.log
            .iter()
            .filter(|e| !matches!(
                e,
                zero_draft_engine::log::Event::PhaseStarted { .. }
                    | zero_draft_engine::log::Event::RoundStarted { .. }
            ))
            .count(),
        "every public event in words"
    );
    assert!(read(3).starts_with("<!DOCTYPE html>") && read(3).contains("<h3>Round 1</h3>"));
    let _ = std::fs::remove_dir_all(&dir);

    // The screen: their own part of the debrief, a line per move tried.
    let settings = Settings::default();
    let mut seat = RemoteSeat::new("127.0.0.1:5740".parse().unwrap(), false);
    let moves = debrief.moves.len();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui(move |ui| {
            debrief_ui(ui, &room, &mut seat, &view, &settings);
        });
    h.run();
    h.get_by_label("What you could have done");
    h.get_by_label("What your moves changed");
    assert_eq!(h.query_all_by_label_contains("• Round ").count(), moves);
}

/// At the end of a room, the projector says how it ended and strikes out what was deleted.
#[test]
fn the_projector_shows_the_outcome_and_the_deleted_paragraphs() {
    use std::sync::Arc;
    use zero_draft_engine::session::ParagraphStatus;
    use zero_draft_engine::view::{PublicScenario, RoomView};
    let source = include_str!("../../../../scenarios/oewg-2023-apr.ron");
    let model = Arc::new(zero_draft_engine::Model::new(
        zero_draft_engine::scenario::parse_str("oewg-2023-apr.ron", source).unwrap(),
    ));
    let s = zero_draft_engine::simulate::play(&model, 1);
    let room = RoomView::of(&s, Arc::new(PublicScenario::of(&model)));
    let adopted = room.outcome.as_ref().unwrap().adopted;
    let deleted = room
        .statuses
        .iter()
        .filter(|(_, st)| *st == ParagraphStatus::Deleted)
        .count();
    assert!(deleted > 0, "the Chair deleted something in this game");
    let settings = Settings::default();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui(move |ui| {
            zero_draft_game::screens::projector_ui(ui, &room, &settings, Some((1, 2)));
        });
    h.run();
    h.get_by_label("Table 2 of 2");
    h.get_by_label(if adopted {
        "✔ The report was adopted"
    } else {
        "✖ The report failed"
    });
    assert!(h.query_all_by_label_contains("  deleted").count() >= 1);
    assert!(h.query_by_label("The session is over").is_none());
}
