//! A student's debrief at the end of a class: the same outcome, objectives and fates as solo
//! play, drawn from the seat view, with the class's results beside them; what the student could
//! have done and what their moves changed, which the host works out (only it runs the engine);
//! and the export of the table's report and log into the student's own folder.

use std::path::{Path, PathBuf};

use bevy_egui::egui;
use zero_draft_engine::files::atomic_write;
use zero_draft_engine::view::SeatView;
use zero_draft_net::client::RemoteRoom;
use zero_draft_text::{
    Format, Report, export_report, missed_text, move_weight_text, t, transcript,
};

use super::RemoteSeat;
use crate::keys::{Shortcut, shortcut_button};
use crate::screens::{fates_ui, heading_ui, objectives_ui, outcome_ui};
use crate::settings::Settings;

/// Draws the debrief; true when the student closes it.
pub fn debrief_ui(
    root: &mut egui::Ui,
    room: &RemoteRoom,
    seat: &mut RemoteSeat,
    view: &SeatView,
    settings: &Settings,
) -> bool {
    let mut close = false;
    let r = &*view.room;
    egui::Panel::top("class-debrief-top").show(root, |ui| {
        ui.horizontal_wrapped(|ui| {
            heading_ui(ui, r, settings);
            if shortcut_button(ui, true, Shortcut::Export, t!("class-debrief-export")) {
                let dir = crate::paths::data_dir().join("exports");
                seat.exported = Some(export_table(room, view, &dir));
            }
            close = shortcut_button(ui, true, Shortcut::Back, t!("lobby-close"));
        });
        match &seat.exported {
            Some(Ok(paths)) => {
                let files: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
                ui.label(t!("debrief-written", files = files.join(", ")));
            }
            Some(Err(e)) => {
                ui.colored_label(settings.bad(), t!("debrief-export-failed", error = e));
            }
            None => {}
        }
    });
    egui::Panel::right("class-debrief-right")
        .default_size(520.0)
        .show(root, |ui| outcome_ui(ui, r, settings));
    egui::CentralPanel::default().show(root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            if let Some(me) = &view.private {
                objectives_ui(ui, r, me, settings);
            }
            ui.add_space(8.0);
            own_debrief_ui(ui, room, view);
            super::lobby::results_ui(ui, room);
            ui.add_space(8.0);
            fates_ui(ui, r);
            if let Some(sha) = &room.ended {
                ui.add_space(8.0);
                ui.small(t!("lobby-log-sha", sha = sha));
            }
        });
    });
    close
}

/// What the student could have done, and what their moves changed, once the host sent them.
fn own_debrief_ui(ui: &mut egui::Ui, room: &RemoteRoom, view: &SeatView) {
    let Some(me) = &view.private else {
        return;
    };
    let names = &*view.room.scenario;
    let delegation = zero_draft_text::Names::delegation_name(names, me.delegation).to_string();
    ui.heading(t!("class-debrief-own-heading"));
    let Some(debrief) = &room.debrief else {
        ui.label(t!("class-debrief-own-waiting"));
        return;
    };
    if debrief.missed.is_empty() {
        ui.label(t!("class-debrief-own-nothing-missed"));
    }
    for m in &debrief.missed {
        let objective = me
            .objectives
            .iter()
            .find(|o| o.id == m.objective_id)
            .map_or(m.objective_id.as_str(), |o| o.description.as_str());
        ui.label(format!(
            "• {}",
            missed_text(names, &delegation, objective, m)
        ));
    }
    ui.add_space(6.0);
    ui.strong(t!("class-debrief-own-moves"));
    if debrief.moves.is_empty() {
        ui.label(t!("class-debrief-own-no-moves"));
        return;
    }
    ui.small(t!(
        "class-debrief-own-moves-note",
        tried = debrief.moves.len(),
        made = debrief.moves_made
    ));
    for w in &debrief.moves {
        ui.label(format!("• {}", move_weight_text(names, w)));
    }
    ui.add_space(8.0);
}

/// Writes the table's report and its log (each as Markdown and HTML), in the student's language, into
/// `dir` (the game's exports folder).
pub fn export_table(
    room: &RemoteRoom,
    view: &SeatView,
    dir: &Path,
) -> Result<Vec<PathBuf>, String> {
    let r = &*view.room;
    let report = Report::public(r, &room.log, room.seed.unwrap_or(0))
        .ok_or_else(|| t!("class-debrief-export-no-room"))?;
    let names = &*r.scenario;
    let delegation = view
        .private
        .as_ref()
        .map(|me| zero_draft_text::Names::delegation_name(names, me.delegation).to_string())
        .unwrap_or_default();
    let table = room.table.map_or(1, |(t, _)| t + 1);
    let stem: String = format!("{}-table{table}-{delegation}", r.scenario.id)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let files = [
        (
            format!("{stem}-report.md"),
            export_report(&report, Format::Markdown),
        ),
        (
            format!("{stem}-report.html"),
            export_report(&report, Format::Html),
        ),
        (
            format!("{stem}-log.md"),
            transcript(names, &r.scenario.title, &room.log, Format::Markdown),
        ),
        (
            format!("{stem}-log.html"),
            transcript(names, &r.scenario.title, &room.log, Format::Html),
        ),
    ];
    let mut written = Vec::new();
    for (name, text) in files {
        let path = crate::paths::inside(dir, &name)
            .ok_or_else(|| t!("debrief-not-a-file-name", path = name.clone()))?;
        atomic_write(&path, text.as_bytes()).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}
