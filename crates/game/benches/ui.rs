//! CPU time of one frame of the negotiation table with the whole 2023 report on screen: our
//! UI code plus egui's layout and tessellation (no GPU). Run: `cargo bench --bench ui`.

use std::hint::black_box;
use std::sync::Arc;

use bevy_egui::egui;
use criterion::{Criterion, criterion_group, criterion_main};
use zero_draft_engine::Model;
use zero_draft_engine::scenario::load_file;
use zero_draft_game::play::{Difficulty, Match};
use zero_draft_game::settings::Settings;
use zero_draft_game::table::{Cache, Composer, frame};

fn bench(c: &mut Criterion) {
    let (scenario, source) = load_file(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../scenarios/oewg-2023-apr.ron"
    )))
    .expect("the scenario is valid");
    let model = Arc::new(Model::new(scenario));
    let player = model.delegation("au").expect("Australia is playable");
    let mut game = Match::start(
        model,
        "oewg-2023-apr.ron",
        &source,
        &[player],
        1,
        Difficulty::Easy,
        // Keep the save the match writes out of the user's data folder.
        &std::env::temp_dir().join("zero-draft-bench"),
    )
    .expect("the game starts");
    let mut composer = Composer::default();
    let mut settings = Settings::default();
    let mut cache = Cache::default();
    let ctx = egui::Context::default();
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    // Warm the caches and egui's font atlas.
    for _ in 0..3 {
        let _ = ctx.run_ui(input(), |ui| {
            frame(
                ui.ctx(),
                &mut game,
                &mut composer,
                &mut settings,
                &mut cache,
            );
        });
    }
    c.bench_function("table frame, 2023 report", |b| {
        b.iter(|| {
            let out = ctx.run_ui(input(), |ui| {
                black_box(frame(
                    ui.ctx(),
                    &mut game,
                    &mut composer,
                    &mut settings,
                    &mut cache,
                ));
            });
            black_box(ctx.tessellate(out.shapes, out.pixels_per_point))
        })
    });
}

criterion_group!(ui, bench);
criterion_main!(ui);
