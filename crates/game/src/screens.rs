//! The screens around the table: title, scenario library, choosing delegations, the
//! briefing, the hot-seat hand-over and adoption.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::library::Library;
use super::play::{Difficulty, Match, Setup, saves};
use super::settings::{Settings, settings_ui};
use super::{Screen, pressed, root_ui};
use zero_draft_engine::log::Action;
use zero_draft_engine::model::DelegationId;
use zero_draft_engine::scenario::Condition;
use zero_draft_engine::session::Session;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TitleState>().add_systems(
        EguiPrimaryContextPass,
        (
            title.run_if(in_state(Screen::Title)),
            library.run_if(in_state(Screen::Library)),
            choose.run_if(in_state(Screen::Choose)),
            briefing.run_if(in_state(Screen::Briefing)),
            handoff.run_if(in_state(Screen::Handoff)),
            adoption.run_if(in_state(Screen::Adoption)),
        ),
    );
}

#[derive(Resource, Default)]
struct TitleState {
    error: Option<String>,
    saves: Option<Vec<std::path::PathBuf>>,
}

fn centered(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui)) {
    egui::CentralPanel::default().show(ui, |ui| {
        let margin = ((ui.available_width() - width) / 2.0).max(0.0);
        ui.horizontal_top(|ui| {
            ui.add_space(margin);
            ui.vertical(|ui| {
                ui.set_max_width(width);
                add(ui);
            });
        });
    });
}

fn title(
    mut contexts: EguiContexts,
    mut next: ResMut<NextState<Screen>>,
    mut state: ResMut<TitleState>,
    mut settings: ResMut<Settings>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut ui = root_ui(&ctx);
    let saves = state.saves.get_or_insert_with(saves).clone();
    centered(&mut ui, 620.0, |ui| {
        ui.add_space(60.0);
        ui.heading(egui::RichText::new("Zero Draft").size(48.0));
        ui.label(
            egui::RichText::new("A consensus-drafting negotiation game")
                .size(20.0)
                .italics(),
        );
        ui.add_space(12.0);
        ui.label("You are a national delegation in a UN working group. Table amendments, build coalitions and offer face-saving wording; the Chair will bracket, compromise and delete to reach consensus.");
        ui.add_space(24.0);
        if ui
            .button(egui::RichText::new("New game  [N]").size(20.0))
            .clicked()
            || pressed(&ctx, egui::Key::N)
        {
            next.set(Screen::Library);
        }
        ui.add_space(8.0);
        if !saves.is_empty() {
            ui.label(egui::RichText::new("Resume a saved game").strong());
            for (i, path) in saves.iter().take(5).enumerate() {
                let name = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let key = [
                    egui::Key::Num1,
                    egui::Key::Num2,
                    egui::Key::Num3,
                    egui::Key::Num4,
                    egui::Key::Num5,
                ][i];
                if ui.button(format!("{name}  [{}]", i + 1)).clicked() || pressed(&ctx, key) {
                    match Match::resume(path) {
                        Ok(m) => {
                            commands.insert_resource(m);
                            next.set(Screen::Table);
                        }
                        Err(e) => {
                            state.error = Some(format!(
                                "This save cannot be resumed (it was left untouched): {e}"
                            ))
                        }
                    }
                }
            }
        }
        if let Some(e) = &state.error {
            ui.colored_label(settings.bad(), e);
        }
        ui.add_space(16.0);
        ui.separator();
        settings_ui(ui, &mut settings);
        ui.add_space(16.0);
        if ui.button("Quit  [Q]").clicked() || pressed(&ctx, egui::Key::Q) {
            exit.write(AppExit::Success);
        }
    });
    Ok(())
}

fn library(
    mut contexts: EguiContexts,
    mut next: ResMut<NextState<Screen>>,
    library: Res<Library>,
    mut setup: ResMut<Setup>,
    mut selected: Local<usize>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut ui = root_ui(&ctx);
    let count = library.entries.len();
    if count > 0 {
        if pressed(&ctx, egui::Key::ArrowDown) {
            *selected = (*selected + 1) % count;
        }
        if pressed(&ctx, egui::Key::ArrowUp) {
            *selected = (*selected + count - 1) % count;
        }
        *selected = (*selected).min(count - 1);
    }
    let mut open = None;
    centered(&mut ui, 900.0, |ui| {
        ui.add_space(20.0);
        ui.heading("Scenario library");
        ui.label(format!(
            "Scenarios from {}. Files are re-read when they change. Up/Down to choose, Enter to open, Esc to go back.",
            Library::folders().iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(" and ")
        ));
        ui.add_space(10.0);
        egui::ScrollArea::vertical().show(ui, |ui| {
            for (i, e) in library.entries.iter().enumerate() {
                let frame = egui::Frame::group(ui.style()).fill(if i == *selected {
                    ui.visuals().selection.bg_fill.gamma_multiply(0.35)
                } else {
                    ui.visuals().panel_fill
                });
                frame.show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    match &e.loaded {
                        Ok((m, _)) => {
                            let s = &m.scenario;
                            let rounds: u32 = s.schedule.phases.iter().map(|p| p.rounds).sum();
                            let playable = m.delegations.iter().filter(|d| d.playable).count();
                            ui.horizontal(|ui| {
                                if ui.button(egui::RichText::new(&s.meta.title).strong().size(17.0)).clicked() {
                                    open = Some(i);
                                }
                                if let Some(y) = s.meta.year {
                                    ui.label(y.to_string());
                                }
                            });
                            ui.label(format!(
                                "{} · {} phases, {rounds} rounds · {} delegations in {} blocs ({playable} playable) · {}",
                                s.meta.body,
                                s.schedule.phases.len(),
                                m.delegations.len(),
                                m.blocs.len(),
                                e.path.display()
                            ));
                        }
                        Err(err) => {
                            ui.label(egui::RichText::new(format!("✖ {} — cannot be played", e.title())).strong());
                            ui.label(egui::RichText::new(err).monospace().size(12.0));
                        }
                    }
                });
            }
            if library.entries.is_empty() {
                ui.label("No scenarios found.");
            }
        });
    });
    if pressed(&ctx, egui::Key::Enter) && count > 0 {
        open = Some(*selected);
    }
    if pressed(&ctx, egui::Key::Escape) {
        next.set(Screen::Title);
    }
    if let Some(i) = open {
        if let Ok((m, source)) = &library.entries[i].loaded {
            *setup = Setup {
                scenario: Some((
                    m.clone(),
                    source.clone(),
                    library.entries[i].path.display().to_string(),
                )),
                chosen: Vec::new(),
                difficulty: Difficulty::Normal,
                seed: std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or(1),
            };
            next.set(Screen::Choose);
        }
    }
    Ok(())
}

fn choose(
    mut contexts: EguiContexts,
    mut next: ResMut<NextState<Screen>>,
    mut setup: ResMut<Setup>,
    mut commands: Commands,
    mut error: Local<Option<String>>,
    mut cursor: Local<usize>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some((model, source, file)) = setup.scenario.clone() else {
        next.set(Screen::Library);
        return Ok(());
    };
    let playable: Vec<DelegationId> = (0..model.delegations.len() as DelegationId)
        .filter(|&d| model.delegations[d as usize].playable)
        .collect();
    if pressed(&ctx, egui::Key::ArrowDown) {
        *cursor = (*cursor + 1) % playable.len().max(1);
    }
    if pressed(&ctx, egui::Key::ArrowUp) {
        *cursor = (*cursor + playable.len().max(1) - 1) % playable.len().max(1);
    }
    if pressed(&ctx, egui::Key::Space) {
        if let Some(&d) = playable.get(*cursor) {
            toggle(&mut setup.chosen, d);
        }
    }
    let mut start = pressed(&ctx, egui::Key::Enter);
    let mut ui = root_ui(&ctx);
    centered(&mut ui, 820.0, |ui| {
        ui.add_space(20.0);
        ui.heading(&model.scenario.meta.title);
        ui.label(&model.scenario.meta.briefing);
        ui.add_space(12.0);
        ui.label(
            egui::RichText::new(
                "Choose your delegation — several for hot-seat play (Up/Down, Space to pick)",
            )
            .strong(),
        );
        for (k, &d) in playable.iter().enumerate() {
            let info = &model.delegations[d as usize];
            let mut on = setup.chosen.contains(&d);
            let label = format!(
                "{}{} — {}",
                if k == *cursor { "> " } else { "" },
                info.name,
                model.blocs[info.bloc].name
            );
            if ui.checkbox(&mut on, label).changed() {
                toggle(&mut setup.chosen, d);
            }
        }
        ui.add_space(12.0);
        ui.label(egui::RichText::new("Difficulty").strong());
        for d in Difficulty::ALL {
            ui.radio_value(&mut setup.difficulty, d, d.label());
        }
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            ui.label("Seed");
            ui.add(egui::DragValue::new(&mut setup.seed));
        });
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            if ui.button("Back  [Esc]").clicked() {
                next.set(Screen::Library);
            }
            if ui
                .add_enabled(
                    !setup.chosen.is_empty(),
                    egui::Button::new("Read the briefing  [Enter]"),
                )
                .clicked()
            {
                start = true;
            }
        });
        if let Some(e) = &*error {
            ui.label(e);
        }
    });
    if pressed(&ctx, egui::Key::Escape) {
        next.set(Screen::Library);
    }
    if start && !setup.chosen.is_empty() {
        match Match::start(
            model.clone(),
            &file,
            &source,
            &setup.chosen,
            setup.seed,
            setup.difficulty,
            &super::play::saves_dir(),
        ) {
            Ok(m) => {
                commands.insert_resource(m);
                next.set(Screen::Briefing);
            }
            Err(e) => *error = Some(e),
        }
    }
    Ok(())
}

fn toggle(list: &mut Vec<DelegationId>, d: DelegationId) {
    if let Some(i) = list.iter().position(|&x| x == d) {
        list.remove(i);
    } else {
        list.push(d);
    }
}

/// The viewer's instructions: public briefing, private briefing, priorities, red lines, allies.
pub fn briefing_ui(ui: &mut egui::Ui, s: &Session, d: DelegationId, settings: &Settings) {
    let m = s.model();
    let info = &m.delegations[d as usize];
    ui.heading(format!("Instructions for {}", info.name));
    ui.label(
        egui::RichText::new(format!(
            "{} · {}",
            m.blocs[info.bloc].name, m.scenario.meta.body
        ))
        .italics(),
    );
    ui.add_space(8.0);
    ui.label(egui::RichText::new("The situation").strong());
    ui.label(&m.scenario.meta.briefing);
    ui.add_space(8.0);
    ui.label(egui::RichText::new("From your capital (private)").strong());
    ui.label(&info.briefing);
    ui.add_space(8.0);
    ui.label(egui::RichText::new("Priorities").strong());
    for o in &info.objectives {
        let met = s.holds(&o.condition);
        ui.label(format!(
            "{} {} (weight {}) — {}",
            if met { "✔" } else { "○" },
            o.description,
            o.weight,
            if met {
                "met by the text as it stands"
            } else {
                "not met yet"
            }
        ));
    }
    let red: Vec<String> = info
        .red_lines
        .iter()
        .map(|r| {
            let scope = r
                .section
                .map(|x| format!(" in {}", m.scenario.draft[x as usize].title))
                .unwrap_or_default();
            if r.weight > 0.0 {
                format!("{} must stay in the text{scope}", m.tag_label(r.tag))
            } else {
                format!("{} must never enter the text{scope}", m.tag_label(r.tag))
            }
        })
        .collect();
    if !red.is_empty() {
        ui.add_space(8.0);
        ui.label(egui::RichText::new("Red lines").strong());
        for r in red {
            ui.colored_label(settings.bad(), format!("✖ {r}"));
        }
    }
    ui.add_space(8.0);
    ui.label(egui::RichText::new("Allies").strong());
    let allies: Vec<&str> = m.blocs[info.bloc]
        .members
        .iter()
        .filter(|&&x| x != d)
        .map(|&x| m.name(x))
        .collect();
    ui.label(if allies.is_empty() {
        "none in your bloc".to_string()
    } else {
        allies.join(", ")
    });
    let watch: Vec<String> = info
        .objectives
        .iter()
        .filter_map(|o| match &o.condition {
            Condition::Includes { tag, .. } | Condition::Excludes { tag, .. } => {
                m.tag(tag).map(|t| m.tag_label(t).to_string())
            }
            _ => None,
        })
        .collect();
    if !watch.is_empty() {
        ui.label(format!("Ideas to watch: {}", watch.join(", ")));
    }
}

fn briefing(
    mut contexts: EguiContexts,
    mut next: ResMut<NextState<Screen>>,
    game: Option<Res<Match>>,
    settings: Res<Settings>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(game) = game else {
        next.set(Screen::Title);
        return Ok(());
    };
    let mut ui = root_ui(&ctx);
    centered(&mut ui, 820.0, |ui| {
        ui.add_space(20.0);
        egui::ScrollArea::vertical()
            .max_height(ui.available_height() - 60.0)
            .show(ui, |ui| {
                briefing_ui(ui, &game.session, game.viewer, &settings);
            });
        ui.add_space(10.0);
        if ui
            .button(egui::RichText::new("Take your seat  [Enter]").size(18.0))
            .clicked()
            || pressed(&ctx, egui::Key::Enter)
        {
            next.set(Screen::Table);
        }
    });
    Ok(())
}

fn handoff(
    mut contexts: EguiContexts,
    game: Option<ResMut<Match>>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(mut game) = game else { return Ok(()) };
    let Some(turn) = game.session.turn() else {
        return Ok(());
    };
    let name = game.session.model().name(turn.delegation).to_string();
    let mut ui = root_ui(&ctx);
    centered(&mut ui, 600.0, |ui| {
        ui.add_space(200.0);
        ui.heading(format!("Pass the device to {name}"));
        ui.label(
            "The previous delegation's instructions are hidden. When the next player is seated:",
        );
        ui.add_space(12.0);
        if ui
            .button(egui::RichText::new(format!("I am {name}  [Enter]")).size(18.0))
            .clicked()
            || pressed(&ctx, egui::Key::Enter)
        {
            game.viewer = turn.delegation;
            next.set(if turn.stage == zero_draft_engine::session::Stage::Adoption {
                Screen::Adoption
            } else {
                Screen::Table
            });
        }
    });
    Ok(())
}

fn adoption(
    mut contexts: EguiContexts,
    game: Option<ResMut<Match>>,
    settings: Res<Settings>,
    mut picked: Local<Vec<String>>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(mut game) = game else { return Ok(()) };
    let d = game.viewer;
    let m = game.session.model_arc();
    let mut action = None;
    let mut ui = root_ui(&ctx);
    centered(&mut ui, 900.0, |ui| {
        ui.add_space(16.0);
        ui.heading("The Chair calls for adoption");
        ui.label(format!("{}: the final text is before the room. Join consensus, join and dissociate from paragraphs, or block. [J] join · [D] dissociate from the ticked paragraphs · [B] block", m.name(d)));
        ui.add_space(8.0);
        egui::ScrollArea::vertical()
            .max_height(ui.available_height() - 90.0)
            .show(ui, |ui| {
                let doc = game.session.document();
                for sec in &doc.sections {
                    ui.label(egui::RichText::new(&sec.title).strong());
                    for p in sec.paragraphs.iter().filter(|p| !p.is_deleted()) {
                        ui.horizontal_wrapped(|ui| {
                            let mut on = picked.contains(&p.id);
                            if ui.checkbox(&mut on, p.id.as_str()).changed() {
                                if on {
                                    picked.push(p.id.clone());
                                } else {
                                    picked.retain(|x| x != &p.id);
                                }
                            }
                            ui.label(p.text());
                        });
                    }
                }
                ui.add_space(8.0);
                ui.label(egui::RichText::new("Your priorities in this text").strong());
                for o in &m.delegations[d as usize].objectives {
                    let met = game.session.holds(&o.condition);
                    ui.colored_label(
                        if met { settings.good() } else { settings.bad() },
                        format!(
                            "{} {}",
                            if met { "✔ met:" } else { "✘ missed:" },
                            o.description
                        ),
                    );
                }
            });
        ui.horizontal(|ui| {
            if ui.button("Join consensus  [J]").clicked() || pressed(&ctx, egui::Key::J) {
                action = Some(Action::Join);
            }
            if ui
                .add_enabled(
                    !picked.is_empty(),
                    egui::Button::new("Join and dissociate  [D]"),
                )
                .clicked()
                || (pressed(&ctx, egui::Key::D) && !picked.is_empty())
            {
                action = Some(Action::Dissociate(picked.clone()));
            }
            if ui.button("Block  [B]").clicked() || pressed(&ctx, egui::Key::B) {
                action = Some(Action::Block);
            }
        });
        if let Some(n) = &game.notice {
            ui.colored_label(settings.bad(), n);
        }
    });
    if let Some(a) = action {
        if game.act(a) {
            picked.clear();
        }
    }
    Ok(())
}
