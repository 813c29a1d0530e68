//! The composer at the foot of the table: the kind of edit, its target and wording, how the
//! room will read it, the predicted reaction (by difficulty), the action buttons with their
//! keys, and the amendment cards.

use bevy::prelude::*;
use bevy_egui::egui;

use super::View;
use crate::keys::{Shortcut, shortcut_button};
use crate::play::Difficulty;
use zero_draft_engine::ids::DelegationId;
use zero_draft_engine::ids::{ClauseId, ParagraphId};
use zero_draft_engine::log::{Action, AmendmentId};
use zero_draft_engine::preferences::Stance;
use zero_draft_engine::scenario::EditSpec;
use zero_draft_engine::session::Stage;
use zero_draft_text::t;

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
    fn label(self) -> String {
        match self {
            Op::Replace => t!("composer-op-replace"),
            Op::Insert => t!("composer-op-insert"),
            Op::Delete => t!("composer-op-delete"),
            Op::Move => t!("composer-op-move"),
            Op::NewParagraph => t!("composer-op-new-paragraph"),
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
    /// The card drawer's search, and whether it shows only the selected paragraph's cards.
    pub card_search: String,
    pub cards_here: bool,
    /// The card K last moved the keyboard's focus to, and whether the drawer still has to
    /// give it the focus (done once, where the card is first drawn).
    pub card_focus: Option<usize>,
    pub card_jump: bool,
    /// The delegation whose reasons the room panel shows.
    pub seat: Option<DelegationId>,
    /// Whether the player's instructions are open over the table.
    pub show_briefing: bool,
    /// Whether the coach's suggestions are open (on Easy they start open).
    pub coach: Option<bool>,
    /// Whether the list of keys is open.
    pub show_keys: bool,
    /// What the right-hand column shows under its tabs.
    pub side: Side,
    /// The offer being set up in the corridor: what the player gives and what it asks.
    pub offer_give: Option<zero_draft_engine::corridor::Pledge>,
    pub offer_want: Option<zero_draft_engine::corridor::Pledge>,
    /// The options ticked, per bracket, for the Chair's consultations.
    pub consult: Vec<(AmendmentId, Vec<zero_draft_engine::log::ChairOutcome>)>,
    /// The card the player means to bring to each consultation as its own wording.
    pub bring: Vec<(AmendmentId, Option<String>)>,
}

/// The right-hand column's tabs: the floor with the room's stances, or the Chair's feed. (The
/// player's objectives stay in view under either.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Side {
    #[default]
    Floor,
    Feed,
    Corridor,
}

impl Composer {
    /// The edit the composer describes, if it is complete enough to table.
    pub fn edit(&self) -> Option<EditSpec> {
        let text = self.text.trim().to_string();
        Some(match self.op {
            Op::Replace if !self.clause.is_empty() && !text.is_empty() => EditSpec::Replace {
                clause: ClauseId::from(self.clause.clone()),
                text: text.into(),
                tags: vec![],
            },
            Op::Insert if !self.paragraph.is_empty() && !text.is_empty() => EditSpec::Insert {
                paragraph: ParagraphId::from(self.paragraph.clone()),
                after: None,
                text: text.into(),
                tags: vec![],
            },
            Op::Delete if !self.clause.is_empty() => EditSpec::Delete {
                clause: ClauseId::from(self.clause.clone()),
            },
            Op::Move if !self.paragraph.is_empty() && !self.section.is_empty() => EditSpec::Move {
                paragraph: ParagraphId::from(self.paragraph.clone()),
                to_section: self.section.clone(),
            },
            Op::NewParagraph
                if !self.section.is_empty()
                    && !self.new_id.trim().is_empty()
                    && !text.is_empty() =>
            {
                EditSpec::NewParagraph {
                    section: self.section.clone(),
                    id: ParagraphId::from(self.new_id.trim()),
                    after: None,
                    text: text.into(),
                    tags: vec![],
                }
            }
            _ => return None,
        })
    }
}

/// Draws the composer and returns the action its buttons, keys or cards chose, if any.
pub(super) fn composer_ui(ui: &mut egui::Ui, v: &View, composer: &mut Composer) -> Option<Action> {
    let mut action = None;
    ui.horizontal(|ui| target_ui(ui, v, composer));
    if matches!(composer.op, Op::Replace | Op::Insert | Op::NewParagraph) {
        wording_ui(ui, v, composer);
    }
    if v.difficulty != Difficulty::Hard {
        prediction_ui(ui, v, composer);
    }
    ui.horizontal_wrapped(|ui| {
        let speaking = v.my_turn && v.stage == Stage::Speaking;
        let table = Shortcut::Table;
        if shortcut_button(
            ui,
            speaking && composer.edit().is_some(),
            table,
            table.label(),
        ) && let Some(e) = composer.edit()
        {
            action = Some(Action::Table(e));
        }
        if shortcut_button(ui, v.my_turn, Shortcut::Pass, Shortcut::Pass.label()) {
            action = Some(Action::Pass);
        }
        let on_floor = v.selected_on_floor;
        let respond = v.my_turn && on_floor.is_some();
        for (s, act) in [
            (
                Shortcut::CoSponsor,
                Action::CoSponsor as fn(AmendmentId) -> Action,
            ),
            (Shortcut::Object, Action::Object),
            (Shortcut::Threaten, Action::Threaten),
            (Shortcut::Withdraw, Action::Withdraw),
        ] {
            let enabled = respond && (s != Shortcut::Threaten || v.can_block);
            if shortcut_button(ui, enabled, s, s.label()) {
                action = on_floor.map(act);
            }
        }
        // Lobbying the picked seat on the selected amendment, if it objects to it.
        let lobby = composer.selected.zip(composer.seat).filter(|(a, d)| {
            v.room
                .amendment(*a)
                .is_some_and(|am| am.objections.contains(d))
        });
        let lobby_caption = match lobby {
            Some((a, d)) => {
                let name = v.room.scenario.name(d);
                t!("composer-lobby-on", delegation = name, amendment = a)
            }
            None => Shortcut::Lobby.label(),
        };
        if shortcut_button(
            ui,
            speaking && lobby.is_some(),
            Shortcut::Lobby,
            lobby_caption,
        ) && let Some((amendment, delegation)) = lobby
        {
            action = Some(Action::Lobby {
                amendment,
                delegation,
            });
        }
        if v.can_block {
            // The threat is a lever with a price: say what it costs before it is used.
            let left = v.credible_threats_left;
            ui.label(t!("composer-threats-believed", count = left))
                .on_hover_text(t!("composer-threats-hint"));
        }
        ui.label(t!("composer-select-hint"));
    });
    if let Some(card) = super::cards::cards_ui(ui, v, composer) {
        action = Some(card);
    }
    if let Some(n) = v.notice {
        ui.colored_label(v.settings.bad(), n);
    }
    action
}

/// The kind of edit and what it applies to: a clause, a paragraph, a section, a new number.
fn target_ui(ui: &mut egui::Ui, v: &View, composer: &mut Composer) {
    let r = v.room;
    ui.label(egui::RichText::new(t!("composer-title")).strong());
    let before = composer.op;
    egui::ComboBox::from_id_salt("op")
        .selected_text(composer.op.label())
        .show_ui(ui, |ui| {
            for op in Op::ALL {
                picked(ui.selectable_value(&mut composer.op, op, op.label()), ui);
            }
        });
    if composer.op != before {
        // Another kind of edit starts from a blank page; what it applies to stays picked.
        composer.text.clear();
        composer.new_id.clear();
    }
    match composer.op {
        Op::Replace | Op::Delete => {
            let clauses: Vec<(String, String)> = r
                .document
                .clauses()
                .map(|(_, _, c)| (c.id.to_string(), c.text.clone()))
                .collect();
            egui::ComboBox::from_id_salt("clause")
                .width(220.0)
                .selected_text(if composer.clause.is_empty() {
                    t!("composer-choose-clause")
                } else {
                    zero_draft_text::clause_words(&composer.clause)
                })
                .show_ui(ui, |ui| {
                    for (id, text) in &clauses {
                        let short: String = text.chars().take(60).collect();
                        let r = ui.selectable_label(
                            composer.clause == *id,
                            format!("{}: {short}…", zero_draft_text::clause_words(id)),
                        );
                        if picked(r, ui) {
                            composer.clause = id.clone();
                            if composer.op == Op::Replace && composer.text.is_empty() {
                                composer.text = text.clone();
                            }
                        }
                    }
                });
        }
        Op::Insert | Op::Move => {
            let paragraphs: Vec<ParagraphId> = r
                .document
                .paragraphs()
                .filter(|(_, p)| !p.is_deleted())
                .map(|(_, p)| p.id.clone())
                .collect();
            egui::ComboBox::from_id_salt("paragraph")
                .selected_text(choice(
                    &composer.paragraph,
                    &t!("composer-choose-paragraph"),
                ))
                .show_ui(ui, |ui| {
                    for p in &paragraphs {
                        let r =
                            ui.selectable_value(&mut composer.paragraph, p.to_string(), p.as_str());
                        picked(r, ui);
                    }
                });
        }
        Op::NewParagraph => {
            ui.label(t!("composer-number"));
            ui.add(
                egui::TextEdit::singleline(&mut composer.new_id)
                    .desired_width(70.0)
                    .hint_text("49 b)"),
            );
        }
    }
    if matches!(composer.op, Op::Move | Op::NewParagraph) {
        ui.label(t!("composer-section"));
        egui::ComboBox::from_id_salt("section")
            .selected_text(choice(&composer.section, &t!("composer-choose")))
            .show_ui(ui, |ui| {
                for sec in &r.document.sections {
                    let r = ui.selectable_value(&mut composer.section, sec.id.clone(), &sec.title);
                    picked(r, ui);
                }
            });
    }
}

/// An item of a drop-down: when chosen (by the mouse, or by Enter or Space on the item the
/// arrows reached) the list closes, so the keyboard player is back on the composer.
fn picked(item: egui::Response, ui: &egui::Ui) -> bool {
    let chosen = item.clicked();
    if chosen {
        ui.close();
    }
    chosen
}

/// The current choice, or the invitation to make one.
fn choice(current: &str, empty: &str) -> String {
    if current.is_empty() {
        empty.into()
    } else {
        current.to_string()
    }
}

/// The wording field and how the room will read it.
fn wording_ui(ui: &mut egui::Ui, v: &View, composer: &mut Composer) {
    let m = &*v.room.scenario;
    ui.add(
        egui::TextEdit::multiline(&mut composer.text)
            .desired_rows(2)
            .desired_width(f32::INFINITY)
            .hint_text(t!("composer-wording-hint")),
    );
    let tags = m.read_tags(&composer.text);
    let read: Vec<&str> = tags.iter().map(|&t| m.tag_label(t)).collect();
    ui.label(if read.is_empty() {
        t!("composer-read-as-nothing")
    } else {
        t!("composer-read-as", tags = read.join(", "))
    });
}

/// The room's predicted reaction to the edit: in full on Easy, a count on Normal.
fn prediction_ui(ui: &mut egui::Ui, v: &View, composer: &Composer) {
    if composer.edit().is_none() {
        return;
    }
    let Some(prediction) = v.prediction else {
        return;
    };
    let m = &*v.room.scenario;
    let settings = v.settings;
    match prediction {
        Ok(reactions) => {
            let objecting: Vec<&str> = reactions
                .iter()
                .filter(|r| r.stance == Stance::Object)
                .map(|r| m.name(r.delegation))
                .collect();
            if v.difficulty == Difficulty::Easy {
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
                    if objecting.is_empty() {
                        t!("composer-predicted-none", support = support)
                    } else {
                        let objectors = objecting.join(", ");
                        t!(
                            "composer-predicted",
                            support = support,
                            objectors = objectors
                        )
                    },
                );
            } else {
                ui.label(t!("composer-predicted-objections", count = objecting.len()));
            }
        }
        Err(e) => {
            ui.colored_label(settings.bad(), zero_draft_text::refusal(m, e));
        }
    }
}
