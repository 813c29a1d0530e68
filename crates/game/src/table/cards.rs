//! The amendment-card drawer: the capital's asks (★) always in view, every other card in a
//! searchable list that follows the selected paragraph. A card that cannot be tabled now
//! (spent, its paragraph held by a pending amendment, its target gone) is shown disabled
//! with the reason.

use bevy_egui::egui;

use super::{Composer, View};
use zero_draft_engine::ids::ParagraphId;
use zero_draft_engine::log::Action;
use zero_draft_engine::scenario::EditSpec;
use zero_draft_engine::session::Stage;
use zero_draft_text::{edit_summary, t};

/// Why a card cannot be tabled now, if it cannot.
fn blocked(v: &View, k: usize, edit: &EditSpec) -> Option<String> {
    let r = v.room;
    if r.cards_spent.get(k).copied().unwrap_or(false) {
        return Some(t!("cards-spent"));
    }
    let paragraph = match r.document.footprint(edit) {
        Ok(p) => p,
        Err(_) => return Some(t!("cards-target-gone")),
    };
    if r.floor
        .iter()
        .chain(&r.brackets)
        .any(|a| a.paragraph == paragraph)
    {
        return Some(t!("cards-paragraph-pending", paragraph = &paragraph));
    }
    None
}

fn card_button(ui: &mut egui::Ui, v: &View, k: usize, ours: bool) -> bool {
    let card = &v.room.scenario.cards[k];
    let why_not = blocked(v, k, &card.edit);
    let can = v.my_turn && v.stage == Stage::Speaking && why_not.is_none();
    let text = if ours {
        format!("★ {}", card.title)
    } else {
        card.title.clone()
    };
    let r = ui.add_enabled(can, egui::Button::new(egui::RichText::new(text).size(12.5)));
    let hover = match &why_not {
        Some(why) => format!(
            "{}\n{}",
            edit_summary(&card.edit),
            t!("cards-cannot-table-now", reason = why)
        ),
        None => edit_summary(&card.edit),
    };
    r.on_hover_text(hover.clone())
        .on_disabled_hover_text(hover)
        .clicked()
}

/// The drawer; returns the card the player tabled, if any.
pub(super) fn cards_ui(ui: &mut egui::Ui, v: &View, composer: &mut Composer) -> Option<Action> {
    let m = &*v.room.scenario;
    let asks: &[usize] = v
        .seat
        .private
        .as_ref()
        .map(|p| p.asks.as_slice())
        .unwrap_or(&[]);
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(t!("cards-capital")).strong());
        if asks.is_empty() {
            ui.label(t!("cards-none"));
        }
        for &k in asks {
            if card_button(ui, v, k, true) {
                action = Some(Action::TableCard(m.cards[k].id.clone()));
            }
        }
    });
    // The paragraph in hand: the composer's, else the selected amendment's.
    let paragraph = if composer.paragraph.is_empty() {
        composer
            .selected
            .and_then(|id| v.room.amendment(id))
            .map(|a| a.paragraph.clone())
    } else {
        Some(ParagraphId::from(composer.paragraph.clone()))
    };
    egui::CollapsingHeader::new(t!("cards-all", count = m.cards.len()))
        .id_salt("all-cards")
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.add(
                    egui::TextEdit::singleline(&mut composer.card_search)
                        .desired_width(220.0)
                        .hint_text(t!("cards-search-hint")),
                );
                if let Some(p) = &paragraph {
                    let only = t!("cards-only-paragraph", paragraph = p);
                    ui.checkbox(&mut composer.cards_here, only);
                }
            });
            let needle = composer.card_search.to_lowercase();
            egui::ScrollArea::vertical()
                .id_salt("cards")
                .max_height(96.0)
                .show(ui, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        for (k, card) in m.cards.iter().enumerate() {
                            let text = format!("{} {}", card.title, edit_summary(&card.edit));
                            if !needle.is_empty() && !text.to_lowercase().contains(&needle) {
                                continue;
                            }
                            if composer.cards_here
                                && paragraph.as_ref().is_some_and(|p| {
                                    v.room.document.footprint(&card.edit).ok().as_ref() != Some(p)
                                })
                            {
                                continue;
                            }
                            if card_button(ui, v, k, asks.contains(&k)) {
                                action = Some(Action::TableCard(card.id.clone()));
                            }
                        }
                    });
                });
        });
    action
}
