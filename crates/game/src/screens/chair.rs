//! The player as Chair: before each revision, a ruling on every bracketed amendment, choosing
//! among the same options the engine's Chair weighs (keep, take, compromise, agreed language,
//! delete), each with the member states predicted unable to live with it. The scenario's own
//! Chair's pick is marked, for comparison.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::Screen;
use crate::keys::{Shortcut, shortcut_button};
use crate::play::Match;
use crate::settings::Settings;
use crate::theme::root_ui;
use zero_draft_engine::ids::ClauseId;
use zero_draft_engine::log::{AmendmentId, ChairOutcome, Event};
use zero_draft_engine::seat::Command;
use zero_draft_engine::session::{ChairOption, ParagraphStatus};
use zero_draft_text::{Names, decimal, describe, edit_summary_in, t};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        chair.run_if(in_state(Screen::Chair)),
    );
}

/// An option in the player's words.
pub(crate) fn option_words<N: zero_draft_text::Names + ?Sized>(
    m: &N,
    outcome: &ChairOutcome,
) -> String {
    match outcome {
        ChairOutcome::Proposal => t!("chair-option-proposal"),
        ChairOutcome::Kept => t!("chair-option-kept"),
        ChairOutcome::Compromise(id) => t!(
            "chair-option-compromise",
            wording = m.chair_wording(id).unwrap_or(id)
        ),
        ChairOutcome::AgreedLanguage(id) => t!(
            "chair-option-agreed",
            wording = m.chair_wording(id).unwrap_or(id)
        ),
        ChairOutcome::Deleted => t!("chair-option-deleted"),
        ChairOutcome::FriendsWording { card, by } => t!(
            "chair-option-friends",
            delegation = m.delegation_name(*by),
            wording = m.card_title(card).unwrap_or(card)
        ),
    }
}

/// What the Chair's screen shows beyond the room: each bracket's options (a full weighing of
/// the room) and the persona's pick, what may be restored, whether a block is being answered.
/// Computed once per change of the session, not every frame.
struct ChairView {
    key: (u64, std::path::PathBuf),
    options: Vec<(AmendmentId, Vec<ChairOption>, Option<usize>)>,
    restorable: Vec<ClauseId>,
    answering_block: bool,
}

impl ChairView {
    fn of(game: &Match) -> ChairView {
        let s = &game.session;
        ChairView {
            key: (game.stamp(), game.save_path.clone()),
            options: s
                .brackets()
                .iter()
                .map(|a| (a.id, s.chair_options(a), s.persona_ruling(a)))
                .collect(),
            restorable: s.restorable(),
            answering_block: s.answering_block(),
        }
    }
}

fn chair(
    mut contexts: EguiContexts,
    game: Option<ResMut<Match>>,
    settings: Res<Settings>,
    mut next: ResMut<NextState<Screen>>,
    mut cached: Local<ChairCache>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(mut game) = game else {
        next.set(Screen::Title);
        return Ok(());
    };
    if chair_frame(&ctx, &mut game, &settings, &mut cached) {
        next.set(Screen::Title);
    }
    Ok(())
}

/// The Chair's weighing of the room, kept between frames until the session changes.
#[derive(Default)]
pub struct ChairCache(Option<ChairView>);

/// Draws the Chair's screen and carries out the ruling or command chosen (by a click, or by
/// keys: 1 to 9 rule on the first bracket, Enter issues the revision once none is left).
/// Returns whether the player left for the title.
pub fn chair_frame(
    ctx: &egui::Context,
    game: &mut Match,
    settings: &Settings,
    cached: &mut ChairCache,
) -> bool {
    let fresh = cached
        .0
        .as_ref()
        .is_some_and(|c| c.key.0 == game.stamp() && c.key.1 == game.save_path);
    if !fresh {
        cached.0 = Some(ChairView::of(game));
    }
    let Some(chair_view) = cached.0.as_ref() else {
        return false;
    };
    let mut leave = false;
    let room = crate::play::shown_room(&game.room_view());
    let m = &*room.scenario;
    let mut ruling: Option<(AmendmentId, u32)> = None;
    let mut command: Option<Command> = None;
    let mut root = root_ui(ctx);
    egui::Panel::top("chair-top").show(&mut root, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.heading(t!("chair-heading"));
            ui.separator();
            ui.label(format!(
                "{} — {}",
                m.title,
                m.phases.get(room.phase).cloned().unwrap_or_default()
            ));
            ui.separator();
            let share = decimal(100.0 * room.joining, 0);
            ui.label(t!("chair-joining", share = share));
            if shortcut_button(ui, true, Shortcut::Back, t!("chair-leave")) {
                leave = true;
            }
        });
        if let Some(n) = &game.notice {
            ui.colored_label(settings.bad(), n);
        }
    });
    egui::Panel::right("chair-log")
        .default_size(380.0)
        .show(&mut root, |ui| {
            ui.label(egui::RichText::new(t!("chair-room")).strong());
            egui::ScrollArea::vertical()
                .stick_to_bottom(true)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    let shown = room.log.iter().filter(|e| {
                        !matches!(
                            e,
                            Event::Reacted { .. }
                                | Event::Passed { .. }
                                | Event::CoSponsored { .. }
                        )
                    });
                    let shown: Vec<&Event> = shown.collect();
                    for e in &shown[shown.len().saturating_sub(80)..] {
                        ui.label(egui::RichText::new(describe(m, e)).size(12.0));
                    }
                });
        });
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.label(t!("chair-instructions"));
        ui.add_space(6.0);
        egui::ScrollArea::vertical().show(ui, |ui| {
            for (at, a) in room.brackets.iter().enumerate() {
                let Some((_, options, persona)) =
                    chair_view.options.iter().find(|(id, ..)| *id == a.id)
                else {
                    continue;
                };
                let persona = *persona;
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.label(
                        egui::RichText::new(format!(
                            "#{} {}: {}",
                            a.id,
                            m.name(a.proposer),
                            edit_summary_in(&a.edit, &room.document)
                        ))
                        .strong(),
                    );
                    if !a.objections.is_empty() {
                        let who: Vec<&str> = a.objections.iter().map(|&d| m.name(d)).collect();
                        ui.label(t!("chair-objected-by", delegations = who.join(", ")));
                    }
                    for (k, o) in options.iter().enumerate() {
                        ui.horizontal_wrapped(|ui| {
                            // The first bracket's options answer to the digits.
                            let rule = if at == 0 && k < 9 {
                                shortcut_button(ui, true, Shortcut::Rule(k as u8), t!("chair-rule"))
                            } else {
                                ui.button(t!("chair-rule")).clicked()
                            };
                            if rule {
                                ruling = Some((a.id, k as u32));
                            }
                            ui.label(option_words(m, &o.outcome));
                            let against = if o.objectors.is_empty() {
                                t!("chair-everyone-can-live")
                            } else {
                                let who: Vec<&str> =
                                    o.objectors.iter().map(|&d| m.name(d)).collect();
                                t!("chair-cannot-live", delegations = who.join(", "))
                            };
                            let colour = if o.objectors.is_empty() {
                                settings.good()
                            } else {
                                settings.warn()
                            };
                            ui.colored_label(colour, against);
                            if !o.over_groups.is_empty() {
                                let names = m.bloc_names();
                                let groups: Vec<&str> = o
                                    .over_groups
                                    .iter()
                                    .filter_map(|b| names.get(b.index()).copied())
                                    .collect();
                                ui.colored_label(
                                    settings.bad(),
                                    t!("chair-over-groups", groups = groups.join(", ")),
                                );
                            }
                            if persona == Some(k) {
                                ui.label(egui::RichText::new(t!("chair-persona-choice")).weak());
                            }
                        });
                    }
                });
                ui.add_space(6.0);
            }
            if room.brackets.is_empty() {
                ui.add_space(6.0);
                if chair_view.answering_block {
                    let blockers: Vec<&str> = room
                        .log
                        .iter()
                        .filter_map(|e| match e {
                            Event::PositionTaken {
                                delegation,
                                position: zero_draft_engine::log::Position::Block,
                                ..
                            } => Some(m.name(*delegation)),
                            _ => None,
                        })
                        .collect();
                    ui.colored_label(
                        settings.bad(),
                        t!("chair-blocked", delegations = blockers.join(", ")),
                    );
                }
                ui.label(egui::RichText::new(t!("chair-own-edits")).strong());
                ui.label(t!("chair-own-edits-hint"));
                let contested: Vec<&str> = room
                    .statuses
                    .iter()
                    .filter(|(_, st)| *st == ParagraphStatus::Contested)
                    .map(|(p, _)| p.as_str())
                    .collect();
                for (_, par) in room.document.paragraphs() {
                    if !contested.contains(&par.id.as_str()) {
                        continue;
                    }
                    for c in &par.clauses {
                        ui.horizontal_wrapped(|ui| {
                            if ui.button(t!("chair-cut")).clicked() {
                                command = Some(Command::Cut {
                                    clause: c.id.clone(),
                                });
                            }
                            ui.label(t!(
                                "chair-contested-clause",
                                paragraph = &par.id,
                                text = &c.text
                            ));
                        });
                    }
                }
                for clause in &chair_view.restorable {
                    ui.horizontal_wrapped(|ui| {
                        if ui.button(t!("chair-restore")).clicked() {
                            command = Some(Command::Restore {
                                clause: clause.clone(),
                            });
                        }
                        let words = zero_draft_text::clause_words(clause);
                        let zero = &game.session.revisions()[0].document;
                        let text = zero
                            .find_clause(clause)
                            .map(|(s, p, c)| zero.sections[s].paragraphs[p].clauses[c].text.clone())
                            .unwrap_or_default();
                        ui.label(t!("chair-restore-clause", clause = words, text = text));
                    });
                }
                ui.add_space(8.0);
                let again = chair_view.answering_block;
                let caption = if again {
                    t!("chair-vote-again")
                } else {
                    t!("chair-issue-revision")
                };
                if shortcut_button(ui, true, Shortcut::Confirm, caption) {
                    command = Some(Command::IssueRevision);
                }
            }
        });
    });
    if ruling.is_some() || command.is_some() {
        // The button pressed goes with its bracket; the focus must not pass to the next
        // ruling's button, where Enter would rule again instead of issuing the revision.
        ctx.memory_mut(|m| {
            if let Some(id) = m.focused() {
                m.surrender_focus(id);
            }
        });
    }
    if let Some((amendment, option)) = ruling {
        game.rule(amendment, option);
    }
    if let Some(c) = command {
        game.chair_command(c);
    }
    leave
}
