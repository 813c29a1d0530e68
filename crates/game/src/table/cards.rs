//! The amendment-card drawer: the capital's asks (★) always in view, every other card in a
//! searchable list that follows the selected paragraph. A card that cannot be tabled now
//! (spent, its paragraph held by a pending amendment, its target gone) is shown disabled
//! with the reason. K walks the keyboard's focus over the cards that can be tabled.

use bevy_egui::egui;

use super::{Composer, View};
use crate::keys::Shortcut;
use zero_draft_engine::ids::ParagraphId;
use zero_draft_engine::log::Action;
use zero_draft_engine::scenario::EditSpec;
use zero_draft_engine::session::Stage;
use zero_draft_text::{edit_summary_in, t};

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

/// Whether the card can be tabled now.
fn can_table(v: &View, k: usize) -> bool {
    v.my_turn
        && v.stage == Stage::Speaking
        && blocked(v, k, &v.room.scenario.cards[k].edit).is_none()
}

fn card_button(ui: &mut egui::Ui, v: &View, k: usize, ours: bool, composer: &mut Composer) -> bool {
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
            edit_summary_in(&card.edit, &v.room.document),
            t!("cards-cannot-table-now", reason = why)
        ),
        None => edit_summary_in(&card.edit, &v.room.document),
    };
    if composer.card_jump && composer.card_focus == Some(k) {
        composer.card_jump = false;
        r.request_focus();
        r.scroll_to_me(None);
    }
    r.on_hover_text(hover.clone())
        .on_disabled_hover_text(hover)
        .clicked()
}

/// Whether a card is listed under "all cards" with the drawer's search and paragraph filter.
fn listed(v: &View, composer: &Composer, paragraph: Option<&ParagraphId>, k: usize) -> bool {
    let card = &v.room.scenario.cards[k];
    let needle = composer.card_search.to_lowercase();
    if !needle.is_empty() {
        let text = format!(
            "{} {}",
            card.title,
            edit_summary_in(&card.edit, &v.room.document)
        );
        if !text.to_lowercase().contains(&needle) {
            return false;
        }
    }
    !(composer.cards_here
        && paragraph
            .is_some_and(|p| v.room.document.footprint(&card.edit).ok().as_ref() != Some(p)))
}

/// K: the next card that can be tabled, the capital's asks first, then the drawer's list in
/// its order; the focus goes to it, and Enter tables it.
fn next_card(v: &View, composer: &mut Composer, asks: &[usize], paragraph: Option<&ParagraphId>) {
    let order: Vec<usize> = asks
        .iter()
        .copied()
        .chain(
            (0..v.room.scenario.cards.len())
                .filter(|k| !asks.contains(k) && listed(v, composer, paragraph, *k)),
        )
        .filter(|&k| can_table(v, k))
        .collect();
    if order.is_empty() {
        return;
    }
    let at = composer
        .card_focus
        .and_then(|k| order.iter().position(|&x| x == k))
        .map_or(0, |i| (i + 1) % order.len());
    composer.card_focus = Some(order[at]);
    composer.card_jump = true;
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
            if card_button(ui, v, k, true, composer) {
                action = Some(Action::TableCard(m.cards[k].id.clone()));
            }
        }
        let key = Shortcut::NextCard;
        ui.label(egui::RichText::new(key.caption(&key.label())).weak());
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
    if Shortcut::NextCard.pressed(ui.ctx()) {
        next_card(v, composer, asks, paragraph.as_ref());
    }
    // A card K reached in the list opens the list.
    let open = (composer.card_jump && composer.card_focus.is_some_and(|k| !asks.contains(&k)))
        .then_some(true);
    egui::CollapsingHeader::new(t!("cards-all", count = m.cards.len()))
        .id_salt("all-cards")
        .open(open)
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
            egui::ScrollArea::vertical()
                .id_salt("cards")
                .max_height(96.0)
                .show(ui, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        for (k, card) in m.cards.iter().enumerate() {
                            if !listed(v, composer, paragraph.as_ref(), k) {
                                continue;
                            }
                            if card_button(ui, v, k, asks.contains(&k), composer) {
                                action = Some(Action::TableCard(card.id.clone()));
                            }
                        }
                    });
                });
        });
    action
}
