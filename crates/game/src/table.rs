//! The negotiation table: the clock and consensus meter, the outline, the draft with tracked
//! changes, the floor and the room's stances with their reasons, the Chair's announcements,
//! and the composer. Everything shown is read from the engine session; every button is an
//! engine action.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::play::{Difficulty, Match};
use super::settings::Settings;
use super::{Screen, pressed, root_ui};
use zero_draft_engine::document::{ParagraphDiff, Span, tracked_changes};
use zero_draft_engine::log::{Action, AmendmentId, Position};
use zero_draft_engine::model::DelegationId;
use zero_draft_engine::preferences::Stance;
use zero_draft_text::{describe, edit_summary, reason_text};
use zero_draft_engine::scenario::EditSpec;
use zero_draft_engine::session::{ParagraphStatus, Session, Stage};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Composer>().add_systems(
        EguiPrimaryContextPass,
        table.run_if(in_state(Screen::Table)),
    );
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Op {
    #[default]
    Replace,
    Insert,
    Delete,
    Move,
    NewParagraph,
}

impl Op {
    const ALL: [Op; 5] = [
        Op::Replace,
        Op::Insert,
        Op::Delete,
        Op::Move,
        Op::NewParagraph,
    ];
    fn label(self) -> &'static str {
        match self {
            Op::Replace => "Replace a clause",
            Op::Insert => "Insert a clause",
            Op::Delete => "Delete a clause",
            Op::Move => "Move a paragraph",
            Op::NewParagraph => "New paragraph",
        }
    }
}

/// What the player is drafting, and which amendment on the floor is selected.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct Composer {
    pub op: Op,
    pub paragraph: String,
    pub clause: String,
    pub section: String,
    pub new_id: String,
    pub text: String,
    pub selected: Option<AmendmentId>,
}

impl Composer {
    /// The edit the composer describes, if it is complete enough to table.
    pub fn edit(&self) -> Option<EditSpec> {
        let text = self.text.trim().to_string();
        Some(match self.op {
            Op::Replace if !self.clause.is_empty() && !text.is_empty() => EditSpec::Replace {
                clause: self.clause.clone(),
                text,
                tags: vec![],
            },
            Op::Insert if !self.paragraph.is_empty() && !text.is_empty() => EditSpec::Insert {
                paragraph: self.paragraph.clone(),
                after: None,
                text,
                tags: vec![],
            },
            Op::Delete if !self.clause.is_empty() => EditSpec::Delete {
                clause: self.clause.clone(),
            },
            Op::Move if !self.paragraph.is_empty() && !self.section.is_empty() => EditSpec::Move {
                paragraph: self.paragraph.clone(),
                to_section: self.section.clone(),
            },
            Op::NewParagraph
                if !self.section.is_empty()
                    && !self.new_id.trim().is_empty()
                    && !text.is_empty() =>
            {
                EditSpec::NewParagraph {
                    section: self.section.clone(),
                    id: self.new_id.trim().to_string(),
                    after: None,
                    text,
                    tags: vec![],
                }
            }
            _ => return None,
        })
    }
}

/// Derived views, recomputed only when the log grows.
#[derive(Default)]
pub struct Cache {
    events: usize,
    diffs: Vec<ParagraphDiff>,
    joining: f32,
}

pub fn status_badge(status: ParagraphStatus) -> &'static str {
    match status {
        ParagraphStatus::Agreed => "✔ agreed",
        ParagraphStatus::Bracketed => "[…] bracketed",
        ParagraphStatus::Contested => "‼ contested",
        ParagraphStatus::Deleted => "✖ deleted",
    }
}

pub fn stance_badge(s: Stance) -> &'static str {
    match s {
        Stance::Support => "+ support",
        Stance::Accept => "= accept",
        Stance::Reservation => "~ reservation",
        Stance::Object => "✖ object",
    }
}

fn stance_colour(settings: &Settings, s: Stance) -> egui::Color32 {
    match s {
        Stance::Support => settings.good(),
        Stance::Accept => egui::Color32::GRAY,
        Stance::Reservation => settings.warn(),
        Stance::Object => settings.bad(),
    }
}

fn table(
    mut contexts: EguiContexts,
    game: Option<ResMut<Match>>,
    mut composer: ResMut<Composer>,
    settings: Res<Settings>,
    mut cache: Local<Cache>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(mut game) = game else { return Ok(()) };
    if let Some(a) = frame(&ctx, &mut game, &mut composer, &settings, &mut cache) {
        let tabled = matches!(a, Action::Table(_) | Action::TableCard(_));
        if game.act(a) && tabled {
            let keep = Composer {
                op: composer.op,
                ..Default::default()
            };
            *composer = keep;
        }
    }
    Ok(())
}

/// Draws one frame of the table and returns the action the player chose, if any.
pub fn frame(
    ctx: &egui::Context,
    game: &mut Match,
    composer: &mut Composer,
    settings: &Settings,
    cache: &mut Cache,
) -> Option<Action> {
    let events = game.session.events().len();
    if cache.events != events || cache.diffs.is_empty() {
        let revs = game.session.revisions();
        let base = &revs[revs.len().saturating_sub(2)].document;
        cache.diffs = tracked_changes(base, game.session.document());
        cache.joining = joining_share(&game.session);
        cache.events = events;
    }
    draw(ctx, game, composer, settings, cache)
}

/// Share of member states' influence that would join the text as it stands.
fn joining_share(s: &Session) -> f32 {
    let m = s.model();
    let mut total = 0.0;
    let mut join = 0.0;
    for d in 0..m.delegations.len() as DelegationId {
        let info = &m.delegations[d as usize];
        if !info.may_block() {
            continue;
        }
        total += info.influence;
        if s.ai_position(d).0 != Position::Block {
            join += info.influence;
        }
    }
    if total > 0.0 { join / total } else { 1.0 }
}

fn draw(
    ctx: &egui::Context,
    game: &mut Match,
    composer: &mut Composer,
    settings: &Settings,
    cache: &Cache,
) -> Option<Action> {
    let mut action = None;
    let s = &game.session;
    let m = s.model_arc();
    let viewer = game.viewer;
    let my_turn = s.turn().is_some_and(|t| t.delegation == viewer);
    let stage = s.stage();
    // The amendments a player can respond to: on the floor, then those in brackets.
    let floor: Vec<AmendmentId> = s.floor().iter().map(|a| a.id).collect();
    let listed: Vec<AmendmentId> = floor
        .iter()
        .copied()
        .chain(s.brackets().iter().map(|a| a.id))
        .collect();
    if composer.selected.is_none_or(|id| !listed.contains(&id)) {
        composer.selected = listed.last().copied();
    }
    if !listed.is_empty() {
        let at = composer
            .selected
            .and_then(|id| listed.iter().position(|&x| x == id))
            .unwrap_or(0);
        if pressed(ctx, egui::Key::ArrowDown) {
            composer.selected = Some(listed[(at + 1) % listed.len()]);
        }
        if pressed(ctx, egui::Key::ArrowUp) {
            composer.selected = Some(listed[(at + listed.len() - 1) % listed.len()]);
        }
    }
    let selected_on_floor = composer.selected.filter(|id| floor.contains(id));
    if my_turn {
        if pressed(ctx, egui::Key::P) {
            action = Some(Action::Pass);
        }
        if let Some(id) = selected_on_floor {
            if pressed(ctx, egui::Key::C) {
                action = Some(Action::CoSponsor(id));
            }
            if pressed(ctx, egui::Key::O) {
                action = Some(Action::Object(id));
            }
            if pressed(ctx, egui::Key::W) {
                action = Some(Action::Withdraw(id));
            }
        }
        if ctx.input(|i| i.key_pressed(egui::Key::Enter) && i.modifiers.command) {
            if let Some(e) = composer.edit() {
                action = Some(Action::Table(e));
            }
        }
    }

    let mut root = root_ui(ctx);
    // ---- clock and consensus meter
    egui::Panel::top("clock").show(&mut root, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(&m.scenario.meta.title).strong());
            ui.separator();
            let phase = &m.scenario.schedule.phases[s.phase()];
            ui.label(format!(
                "{} — round {} of {}",
                phase.name,
                s.round().min(s.phase_rounds(s.phase())),
                s.phase_rounds(s.phase())
            ));
            ui.separator();
            ui.label(format!(
                "{}: {} intervention(s) left this phase",
                m.name(viewer),
                s.budget(viewer)
            ));
            ui.separator();
            ui.label(match (stage, my_turn) {
                (Stage::Speaking, true) => "You have the floor",
                (Stage::Consensus, true) => "The Chair asks: any objection?",
                (Stage::Adoption, _) => "Adoption",
                _ => "Waiting",
            });
            ui.separator();
            ui.label("Consensus");
            ui.add(
                egui::ProgressBar::new(cache.joining)
                    .desired_width(160.0)
                    .text(format!("{:.0}% would join", cache.joining * 100.0)),
            );
        });
    });
    // ---- composer
    egui::Panel::bottom("composer")
        .resizable(false)
        .show(&mut root, |ui| {
            ui.add_space(4.0);
            composer_ui(
                ui,
                game,
                composer,
                settings,
                my_turn,
                stage,
                selected_on_floor,
                &mut action,
            );
            ui.add_space(4.0);
        });
    let s = &game.session;
    // ---- outline
    egui::Panel::left("outline")
        .default_size(190.0)
        .show(&mut root, |ui| {
            ui.heading("Outline");
            egui::ScrollArea::vertical().show(ui, |ui| {
                for sec in &s.revisions()[0].document.sections {
                    let current = s.document().sections.iter().find(|x| x.id == sec.id);
                    ui.label(egui::RichText::new(&sec.title).strong().size(13.0));
                    let ids: Vec<String> = current
                        .map(|c| c.paragraphs.iter().map(|p| p.id.clone()).collect())
                        .unwrap_or_default();
                    for p in ids.iter().chain(
                        sec.paragraphs
                            .iter()
                            .map(|p| &p.id)
                            .filter(|id| !ids.contains(id)),
                    ) {
                        let st = s.paragraph_status(p);
                        let colour = match st {
                            ParagraphStatus::Agreed => settings.good(),
                            ParagraphStatus::Bracketed => settings.warn(),
                            ParagraphStatus::Contested => settings.bad(),
                            ParagraphStatus::Deleted => egui::Color32::GRAY,
                        };
                        if ui
                            .add(
                                egui::Button::new(
                                    egui::RichText::new(format!("{p}  {}", status_badge(st)))
                                        .color(colour),
                                )
                                .frame(false),
                            )
                            .clicked()
                        {
                            composer.paragraph = p.clone();
                        }
                    }
                }
            });
        });
    // ---- floor, room, Chair
    egui::Panel::right("room")
        .default_size(380.0)
        .show(&mut root, |ui| {
            ui.heading("On the floor");
            if listed.is_empty() {
                ui.label("Nothing is on the floor.");
            }
            for a in s.floor().iter().chain(s.brackets()) {
                let bracketed = !floor.contains(&a.id);
                let label = format!(
                    "#{} {}{}: {}",
                    a.id,
                    m.name(a.proposer),
                    if bracketed { " [bracketed]" } else { "" },
                    edit_summary(&a.edit)
                );
                let selected = composer.selected == Some(a.id);
                if ui
                    .selectable_label(selected, egui::RichText::new(label).size(13.0))
                    .clicked()
                {
                    composer.selected = Some(a.id);
                }
            }
            ui.separator();
            ui.heading("The room");
            let chosen = composer
                .selected
                .and_then(|id| s.floor().iter().chain(s.brackets()).find(|a| a.id == id));
            egui::ScrollArea::vertical()
                .id_salt("room")
                .max_height(ui.available_height() * 0.6)
                .show(ui, |ui| {
                    for b in &m.blocs {
                        ui.label(egui::RichText::new(&b.name).strong().size(13.0));
                        for &d in &b.members {
                            let stance = chosen.and_then(|a| a.stance_of(d));
                            let text = match stance {
                                Some(st) => format!("{} — {}", m.name(d), stance_badge(st)),
                                None if s.is_human(d) => format!("{} — (player)", m.name(d)),
                                None => m.name(d).to_string(),
                            };
                            let colour = stance
                                .map(|st| stance_colour(settings, st))
                                .unwrap_or(ui.visuals().text_color());
                            let response = ui.add(
                                egui::Label::new(
                                    egui::RichText::new(text).color(colour).size(13.0),
                                )
                                .sense(egui::Sense::hover()),
                            );
                            if let Some(a) = chosen {
                                if let Some(r) =
                                    s.reactions_to(a.id).iter().find(|r| r.delegation == d)
                                {
                                    response.on_hover_ui(|ui| {
                                        ui.label(
                                            egui::RichText::new(format!(
                                                "Why {} {} (score {:+.1})",
                                                m.name(d),
                                                stance_badge(r.stance),
                                                r.score
                                            ))
                                            .strong(),
                                        );
                                        for reason in &r.reasons {
                                            ui.label(reason_text(&m, reason));
                                        }
                                    });
                                }
                            }
                        }
                    }
                });
            ui.separator();
            ui.heading("The Chair");
            egui::ScrollArea::vertical()
                .id_salt("chair")
                .stick_to_bottom(true)
                .show(ui, |ui| {
                    let events = s.events();
                    for e in &events[events.len().saturating_sub(40)..] {
                        if matches!(
                            e,
                            zero_draft_engine::log::Event::Reacted { .. }
                                | zero_draft_engine::log::Event::Passed { .. }
                                | zero_draft_engine::log::Event::Scored { .. }
                        ) {
                            continue;
                        }
                        ui.label(egui::RichText::new(describe(&m, e)).size(12.5));
                    }
                });
        });
    // ---- the draft
    egui::CentralPanel::default().show(&mut root, |ui| {
        let revs = s.revisions();
        ui.heading(format!(
            "The draft — changes since {}",
            revs[revs.len().saturating_sub(2)].name
        ));
        egui::ScrollArea::vertical().show(ui, |ui| {
            for sec in &s.document().sections {
                ui.add_space(6.0);
                ui.label(egui::RichText::new(&sec.title).strong().size(16.0));
                for d in cache.diffs.iter().filter(|d| d.section == sec.id) {
                    let status = s.paragraph_status(&d.paragraph);
                    ui.add_space(3.0);
                    let mut job = egui::text::LayoutJob::default();
                    let base = egui::TextFormat {
                        font_id: egui::FontId::proportional(15.0),
                        color: ui.visuals().text_color(),
                        ..Default::default()
                    };
                    job.append(
                        &format!("{}  ", d.paragraph),
                        0.0,
                        egui::TextFormat {
                            font_id: egui::FontId::proportional(15.0),
                            color: ui.visuals().strong_text_color(),
                            ..Default::default()
                        },
                    );
                    if let Some(from) = &d.moved_from {
                        job.append(
                            &format!("(moved from {from}) "),
                            0.0,
                            egui::TextFormat {
                                italics: true,
                                ..base.clone()
                            },
                        );
                    }
                    for (kind, text) in &d.spans {
                        let fmt = match kind {
                            Span::Same => base.clone(),
                            Span::Inserted => egui::TextFormat {
                                underline: egui::Stroke::new(1.5, settings.good()),
                                color: settings.good(),
                                ..base.clone()
                            },
                            Span::Deleted => egui::TextFormat {
                                strikethrough: egui::Stroke::new(1.5, settings.bad()),
                                color: settings.bad(),
                                ..base.clone()
                            },
                        };
                        job.append(text, 0.0, fmt);
                    }
                    for a in s
                        .floor()
                        .iter()
                        .chain(s.brackets())
                        .filter(|a| a.paragraph == d.paragraph)
                    {
                        job.append(
                            &format!(
                                "  [#{} {}: {}]",
                                a.id,
                                m.name(a.proposer),
                                edit_summary(&a.edit)
                            ),
                            0.0,
                            egui::TextFormat {
                                color: settings.warn(),
                                ..base.clone()
                            },
                        );
                    }
                    if status == ParagraphStatus::Deleted {
                        job.append(
                            "  (deleted)",
                            0.0,
                            egui::TextFormat {
                                italics: true,
                                ..base.clone()
                            },
                        );
                    }
                    let r = ui.label(job);
                    if r.interact(egui::Sense::click()).clicked() {
                        composer.paragraph = d.paragraph.clone();
                    }
                }
            }
        });
    });
    action
}

#[allow(clippy::too_many_arguments)]
fn composer_ui(
    ui: &mut egui::Ui,
    game: &mut Match,
    composer: &mut Composer,
    settings: &Settings,
    my_turn: bool,
    stage: Stage,
    selected_on_floor: Option<AmendmentId>,
    action: &mut Option<Action>,
) {
    let s = &game.session;
    let m = s.model_arc();
    let viewer = game.viewer;
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new("Composer").strong());
        egui::ComboBox::from_id_salt("op")
            .selected_text(composer.op.label())
            .show_ui(ui, |ui| {
                for op in Op::ALL {
                    ui.selectable_value(&mut composer.op, op, op.label());
                }
            });
        let paragraphs: Vec<String> = s
            .document()
            .paragraphs()
            .filter(|(_, p)| !p.is_deleted())
            .map(|(_, p)| p.id.clone())
            .collect();
        match composer.op {
            Op::Replace | Op::Delete => {
                let clauses: Vec<(String, String)> = s
                    .document()
                    .clauses()
                    .map(|(_, _, c)| (c.id.to_string(), c.text.clone()))
                    .collect();
                egui::ComboBox::from_id_salt("clause")
                    .width(220.0)
                    .selected_text(if composer.clause.is_empty() {
                        "choose a clause".into()
                    } else {
                        composer.clause.clone()
                    })
                    .show_ui(ui, |ui| {
                        for (id, text) in &clauses {
                            let short: String = text.chars().take(60).collect();
                            if ui
                                .selectable_label(composer.clause == *id, format!("{id}: {short}…"))
                                .clicked()
                            {
                                composer.clause = id.clone();
                                if composer.op == Op::Replace && composer.text.is_empty() {
                                    composer.text = text.clone();
                                }
                            }
                        }
                    });
            }
            Op::Insert | Op::Move => {
                egui::ComboBox::from_id_salt("paragraph")
                    .selected_text(if composer.paragraph.is_empty() {
                        "choose a paragraph".into()
                    } else {
                        composer.paragraph.clone()
                    })
                    .show_ui(ui, |ui| {
                        for p in &paragraphs {
                            ui.selectable_value(&mut composer.paragraph, p.clone(), p);
                        }
                    });
            }
            Op::NewParagraph => {
                ui.label("number");
                ui.add(
                    egui::TextEdit::singleline(&mut composer.new_id)
                        .desired_width(70.0)
                        .hint_text("49 b)"),
                );
            }
        }
        if matches!(composer.op, Op::Move | Op::NewParagraph) {
            ui.label("section");
            egui::ComboBox::from_id_salt("section")
                .selected_text(if composer.section.is_empty() {
                    "choose".into()
                } else {
                    composer.section.clone()
                })
                .show_ui(ui, |ui| {
                    for sec in &s.document().sections {
                        ui.selectable_value(&mut composer.section, sec.id.clone(), &sec.title);
                    }
                });
        }
    });
    if matches!(composer.op, Op::Replace | Op::Insert | Op::NewParagraph) {
        ui.add(
            egui::TextEdit::multiline(&mut composer.text)
                .desired_rows(2)
                .desired_width(f32::INFINITY)
                .hint_text("Wording of your amendment"),
        );
        let tags = m.read_tags(&composer.text);
        let read: Vec<&str> = tags.iter().map(|&t| m.tag_label(t)).collect();
        ui.label(format!(
            "The room will read this as: {}",
            if read.is_empty() {
                "nothing it cares about".to_string()
            } else {
                read.join(", ")
            }
        ));
    }
    // Prediction, as much as the difficulty allows.
    if let (Some(edit), true) = (composer.edit(), game.difficulty != Difficulty::Hard) {
        match s.predict(viewer, &edit) {
            Ok(reactions) => {
                let objecting: Vec<&str> = reactions
                    .iter()
                    .filter(|r| r.stance == Stance::Object)
                    .map(|r| m.name(r.delegation))
                    .collect();
                if game.difficulty == Difficulty::Easy {
                    let support = reactions
                        .iter()
                        .filter(|r| r.stance == Stance::Support)
                        .count();
                    ui.colored_label(
                        if objecting.is_empty() {
                            settings.good()
                        } else {
                            settings.bad()
                        },
                        format!(
                            "Predicted: {support} support; objections from {}",
                            if objecting.is_empty() {
                                "nobody".into()
                            } else {
                                objecting.join(", ")
                            }
                        ),
                    );
                } else {
                    ui.label(format!("Predicted objections: {}", objecting.len()));
                }
            }
            Err(e) => {
                ui.colored_label(settings.bad(), format!("This edit cannot be tabled: {e}"));
            }
        }
    }
    ui.horizontal_wrapped(|ui| {
        let speaking = my_turn && stage == Stage::Speaking;
        if ui
            .add_enabled(
                speaking && composer.edit().is_some(),
                egui::Button::new("Table amendment  [Ctrl+Enter]"),
            )
            .clicked()
        {
            if let Some(e) = composer.edit() {
                *action = Some(Action::Table(e));
            }
        }
        if ui
            .add_enabled(my_turn, egui::Button::new("Pass  [P]"))
            .clicked()
        {
            *action = Some(Action::Pass);
        }
        let respond = my_turn && selected_on_floor.is_some();
        if ui
            .add_enabled(respond, egui::Button::new("Co-sponsor  [C]"))
            .clicked()
        {
            *action = selected_on_floor.map(Action::CoSponsor);
        }
        if ui
            .add_enabled(respond, egui::Button::new("Object  [O]"))
            .clicked()
        {
            *action = selected_on_floor.map(Action::Object);
        }
        if ui
            .add_enabled(respond, egui::Button::new("Withdraw  [W]"))
            .clicked()
        {
            *action = selected_on_floor.map(Action::Withdraw);
        }
        ui.label("Up/Down: select an amendment");
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new("Amendment cards:").strong());
        for (k, card) in m.scenario.cards.iter().enumerate() {
            let ours = m.card_askers[k].contains(&viewer);
            let text = if ours {
                format!("★ {}", card.title)
            } else {
                card.title.clone()
            };
            let r = ui.add_enabled(
                my_turn && stage == Stage::Speaking,
                egui::Button::new(egui::RichText::new(text).size(12.5)),
            );
            let r = r.on_hover_text(edit_summary(&card.edit));
            if r.clicked() {
                *action = Some(Action::TableCard(card.id.clone()));
            }
        }
    });
    if let Some(n) = &game.notice {
        ui.colored_label(settings.bad(), n);
    }
}
