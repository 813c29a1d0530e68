//! The debrief: the outcome and everyone's position, each objective with the moment that
//! decided it, every paragraph's fate, each bloc's satisfaction per round, what happened
//! historically, and exports of the final report and the replay.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use egui_plot::{Legend, Line, Plot, PlotPoints};

use super::{Screen, scoped};
use crate::keys::{Shortcut, shortcut_button};
use crate::paths::data_dir;
use crate::play::Match;
use crate::settings::Settings;
use crate::theme::root_ui;
use zero_draft_engine::document::{Span, tracked_changes};
use zero_draft_engine::files::atomic_write;
use zero_draft_engine::log::{Event, Position};
use zero_draft_engine::signing::sealed_text;
use zero_draft_engine::view::{Private, RoomView, SeatView};
use zero_draft_text::{Format, decimal, describe, export, reason_text, t};

pub(super) fn plugin(app: &mut App) {
    scoped::<DebriefState>(app, Screen::Debrief);
    app.add_systems(
        EguiPrimaryContextPass,
        debrief.run_if(in_state(Screen::Debrief)),
    );
}

/// What the last export wrote, or why it failed.
#[derive(Resource, Default)]
struct DebriefState {
    exported: Option<Result<Vec<std::path::PathBuf>, String>>,
    /// For a what-if branch: how it ended beside the game it was cut from (computed once).
    branches: Option<Vec<String>>,
    /// For a Chair's game: its rulings beside each persona's (computed once).
    chair_review: Option<Vec<(bool, String)>>,
    /// What the coach would have had the players do before each missed objective (once).
    hindsight: Option<Vec<String>>,
}

/// Writes the report (Markdown and HTML) and the replay into the user's data folder.
pub fn export_all(game: &Match) -> Result<Vec<std::path::PathBuf>, String> {
    let dir = data_dir().join("exports");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let stem = game
        .save_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "game".into());
    let files = [
        (
            dir.join(format!("{stem}-report.md")),
            export(&game.session, Format::Markdown),
        ),
        (
            dir.join(format!("{stem}-report.html")),
            export(&game.session, Format::Html),
        ),
        (
            dir.join(format!("{stem}-replay.ron")),
            sealed_text(&game.session.record(&game.file, &game.source)),
        ),
    ];
    let mut written = Vec::new();
    for (path, text) in files {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let path = name
            .and_then(|n| crate::paths::inside(&dir, &n))
            .ok_or_else(|| t!("debrief-not-a-file-name", path = path.display().to_string()))?;
        atomic_write(&path, text.as_bytes()).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

fn debrief(
    mut contexts: EguiContexts,
    game: Option<Res<Match>>,
    settings: Res<Settings>,
    mut next: ResMut<NextState<Screen>>,
    mut state: ResMut<DebriefState>,
    mut commands: Commands,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(game) = game else {
        next.set(Screen::Title);
        return Ok(());
    };
    let views: Vec<SeatView> = game
        .session
        .humans()
        .into_iter()
        .map(|h| crate::play::shown(game.seat_view_of(h)))
        .collect();
    if views.is_empty() && !game.chairing {
        next.set(Screen::Title);
        return Ok(());
    }
    let room = views
        .first()
        .map(|v| v.room.clone())
        .unwrap_or_else(|| crate::play::shown_room(&game.room_view()));
    let mut root = root_ui(&ctx);
    egui::Panel::top("debrief-top").show(&mut root, |ui| {
        ui.horizontal_wrapped(|ui| {
            heading_ui(ui, &room, &settings);
            if shortcut_button(ui, true, Shortcut::Export, Shortcut::Export.label()) {
                state.exported = Some(export_all(&game));
            }
            if shortcut_button(ui, true, Shortcut::Back, t!("debrief-title")) {
                next.set(Screen::Title);
            }
        });
        match &state.exported {
            Some(Ok(paths)) => {
                let files = paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ");
                ui.label(t!("debrief-written", files = files));
            }
            Some(Err(e)) => {
                ui.colored_label(settings.bad(), t!("debrief-export-failed", error = e));
            }
            None => {}
        }
    });
    egui::Panel::right("debrief-right")
        .default_size(520.0)
        .show(&mut root, |ui| {
            outcome_ui(ui, &room, &settings);
        });
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            for view in &views {
                let Some(me) = &view.private else { continue };
                objectives_ui(ui, &room, me, &settings);
                ui.add_space(8.0);
                super::debrief_corridor::corridor_ui(ui, &room, me, &settings);
            }
            if game.chairing {
                let review = state
                    .chair_review
                    .get_or_insert_with(|| super::chair_debrief::chair_review(&game));
                super::chair_debrief::rulings_ui(ui, &game, review, &settings);
                ui.add_space(8.0);
            }
            if game.parent.is_some() {
                let lines = state
                    .branches
                    .get_or_insert_with(|| super::whatif::branch_comparison(&game));
                ui.heading(t!("debrief-branch"));
                for l in lines.iter() {
                    ui.label(l);
                }
                ui.add_space(8.0);
            }
            match super::whatif::whatif_ui(ui, &game) {
                Some(Ok(branch)) => {
                    let hot_seat = branch.session.humans().len() > 1;
                    commands.insert_resource(branch);
                    next.set(if hot_seat {
                        Screen::Handoff
                    } else {
                        Screen::Table
                    });
                }
                Some(Err(e)) => state.exported = Some(Err(e)),
                None => {}
            }
            if !game.chairing {
                let lines = state
                    .hindsight
                    .get_or_insert_with(|| super::hindsight::hindsight(&game));
                if !lines.is_empty() {
                    ui.add_space(8.0);
                    ui.heading(t!("debrief-hindsight"));
                    for l in lines.iter() {
                        ui.label(l);
                    }
                }
            }
            ui.add_space(8.0);
            fates_ui(ui, &room);
        });
    });
    Ok(())
}

/// The debrief's heading: whether the report was adopted, and after how many rounds.
pub(crate) fn heading_ui(ui: &mut egui::Ui, room: &RoomView, settings: &Settings) {
    let adopted = room.outcome.as_ref().is_some_and(|o| o.adopted);
    let early = room.outcome.as_ref().is_some_and(|o| o.ended_early);
    ui.heading(t!("debrief-heading"));
    ui.separator();
    let (colour, words) = match (adopted, early) {
        (true, _) => (settings.good(), t!("debrief-adopted")),
        (false, true) => (settings.warn(), t!("debrief-ended-early")),
        (false, false) => (settings.bad(), t!("debrief-failed")),
    };
    ui.colored_label(colour, words);
    ui.separator();
    ui.label(t!("debrief-rounds", count = room.rounds_played));
    ui.separator();
}

/// The outcome beside the room: each bloc's satisfaction per round, what happened in
/// history, and every delegation's position at the vote.
pub(crate) fn outcome_ui(ui: &mut egui::Ui, room: &RoomView, settings: &Settings) {
    let m = &*room.scenario;
    ui.heading(t!("debrief-satisfaction"));
    let mut series: Vec<Vec<[f64; 2]>> = vec![Vec::new(); m.blocs.len()];
    let mut round = 0.0;
    for e in &room.log {
        if let Event::RoundEnded { satisfaction, .. } = e {
            round += 1.0;
            for (b, v) in satisfaction.iter().enumerate() {
                series[b].push([round, *v as f64]);
            }
        }
    }
    // One colour per bloc, the same as at the table; with many blocs the key goes
    // below the plot so that it covers no line.
    let n = m.blocs.len().max(1);
    let colour = crate::theme::bloc_colour;
    let many = n > 4;
    // Whole rounds on the x axis, every one labelled.
    let mut plot = Plot::new("satisfaction")
        .height(260.0)
        .x_axis_label(t!("debrief-axis-round"))
        .y_axis_label(t!("debrief-axis-utility"))
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 5.0, 10.0]))
        .x_axis_formatter(|mark, _| {
            let round = mark.value.round();
            if (mark.value - round).abs() < 1e-6 && round >= 1.0 {
                format!("{round}")
            } else {
                String::new()
            }
        });
    if !many {
        plot = plot.legend(Legend::default());
    }
    plot.show(ui, |plot| {
        for (b, points) in series.into_iter().enumerate() {
            plot.line(
                Line::new(m.blocs[b].name.clone(), PlotPoints::from(points))
                    .color(colour(b))
                    .width(2.0),
            );
        }
    });
    if many {
        ui.horizontal_wrapped(|ui| {
            for (b, bloc) in m.blocs.iter().enumerate() {
                ui.colored_label(colour(b), format!("■ {}", bloc.name));
            }
        });
    }
    ui.add_space(8.0);
    ui.heading(t!("debrief-history"));
    if room.history.is_empty() {
        ui.label(t!("debrief-no-history"));
    }
    for (description, same) in &room.history {
        let same = *same;
        ui.colored_label(
            if same {
                settings.good()
            } else {
                settings.warn()
            },
            format!(
                "{} {} — {}",
                if same { "✔" } else { "≠" },
                description,
                if same {
                    t!("debrief-history-same")
                } else {
                    t!("debrief-history-different")
                }
            ),
        );
    }
    ui.add_space(8.0);
    ui.heading(t!("debrief-positions"));
    egui::ScrollArea::vertical()
        .id_salt("positions")
        .show(ui, |ui| {
            let last_call = room
                .log
                .iter()
                .rposition(|e| matches!(e, Event::AdoptionCalled { .. }))
                .unwrap_or(0);
            for e in &room.log[last_call..] {
                if let Event::PositionTaken {
                    position, reasons, ..
                } = e
                {
                    let r = ui.label(describe(m, e));
                    if !matches!(position, Position::Join) && !reasons.is_empty() {
                        r.on_hover_ui(|ui| {
                            for reason in reasons.iter().take(8) {
                                ui.label(reason_text(m, reason));
                            }
                        });
                    }
                }
            }
        });
}

/// One delegation's score and objectives, each with the moment that decided it.
pub(crate) fn objectives_ui(ui: &mut egui::Ui, room: &RoomView, me: &Private, settings: &Settings) {
    let m = &*room.scenario;
    ui.heading(t!(
        "debrief-your-objectives",
        delegation = m.name(me.delegation)
    ));
    if let Some(score) = &me.score {
        ui.label(t!(
            "debrief-score",
            total = decimal(score.total, 1),
            objectives = decimal(score.objective_points, 0),
            consensus = decimal(score.consensus_points, 0),
            relationships = decimal(score.relationship_points, 0)
        ))
        .on_hover_text(zero_draft_text::scoring_in_words());
        ui.label(
            egui::RichText::new(zero_draft_text::scoring_in_words())
                .size(12.0)
                .weak(),
        );
        for (o, res) in me.objectives.iter().zip(&score.objectives) {
            let moment = res
                .decided_at
                .and_then(|i| room.log.get(i))
                // The opening is not a moment anyone decided anything.
                .filter(|e| !matches!(e, Event::SessionOpened { .. }))
                .map(|e| describe(m, e))
                // Nothing changed it: the draft met it from the start, or nothing the game did
                // ever met it (a ruling that kept the text as it was changed nothing).
                .unwrap_or_else(|| {
                    if res.met {
                        t!("debrief-decided-by-draft")
                    } else {
                        t!("debrief-never-met")
                    }
                });
            ui.colored_label(
                if res.met {
                    settings.good()
                } else {
                    settings.bad()
                },
                if res.met {
                    let line = t!(
                        "debrief-objective-met",
                        objective = &o.description,
                        moment = moment
                    );
                    // The room met it without the player's floor work: it earned half.
                    if res.about_text && !res.worked {
                        format!("{line} {}", t!("debrief-objective-handed-over"))
                    } else {
                        line
                    }
                } else {
                    t!(
                        "debrief-objective-missed",
                        objective = &o.description,
                        moment = moment
                    )
                },
            );
        }
    }
}

/// Every paragraph's fate against the zero draft.
pub(crate) fn fates_ui(ui: &mut egui::Ui, room: &RoomView) {
    ui.heading(t!("debrief-fates"));
    let zero = &room.revisions[0].document;
    for d in tracked_changes(zero, &room.document) {
        let deleted = d.spans.iter().all(|(k, _)| *k == Span::Deleted);
        let added = d.spans.iter().all(|(k, _)| *k == Span::Inserted);
        let fate = if deleted {
            t!("debrief-fate-deleted")
        } else if added {
            t!("debrief-fate-added")
        } else if d.moved_from.is_some() {
            t!("debrief-fate-moved")
        } else if d.changed() {
            t!("debrief-fate-amended")
        } else {
            t!("debrief-fate-kept")
        };
        ui.label(format!("{} — {fate}", d.paragraph));
    }
}
