//! The corridor tab (F3): private talks with the delegation picked in the room. Sound it out
//! on the selected amendment or the composer's wording (S), set up an offer of one move of
//! yours for one of theirs (G), answer offers made to you (Y, N), and read back what was said
//! and promised. Only the two delegations concerned ever see any of it.

use bevy_egui::egui;

use super::{Composer, Intent, View};
use crate::keys::{Shortcut, shortcut_button};
use zero_draft_engine::corridor::{OfferState, Pledge, PromiseState, Sounding};
use zero_draft_engine::ids::CardId;
use zero_draft_engine::model::DelegationId;
use zero_draft_engine::seat::Command;
use zero_draft_text::{
    Names, advice_reason_words, commitment_words, deal_reason_words, offer_words, pledge_words,
    sounding_words, t,
};

/// The moves `by` could promise now, as the room shows them: join at the vote (a member
/// state), let pass any pending amendment of another's, co-sponsor one on the floor, withdraw
/// one of its own, back one of `cards` (the player's capital's) when it is tabled.
fn pledges_of(v: &View, by: DelegationId, cards: &[usize]) -> Vec<Pledge> {
    let r = v.room;
    let mut out = Vec::new();
    if r.scenario
        .delegations
        .get(by.index())
        .is_some_and(|d| d.may_block)
    {
        out.push(Pledge::Join);
    }
    for a in r.floor.iter().chain(&r.brackets) {
        if a.proposer != by {
            out.push(Pledge::NoObjection(a.id));
        }
    }
    for a in &r.floor {
        if a.proposer == by {
            out.push(Pledge::Withdraw(a.id));
        } else if !a.cosponsors.contains(&by) && !a.objections.contains(&by) {
            out.push(Pledge::CoSponsor(a.id));
        }
    }
    for &k in cards {
        if !r.cards_spent.get(k).copied().unwrap_or(true)
            && let Some(card) = r.scenario.cards.get(k)
        {
            out.push(Pledge::BackCard(card.id.clone()));
        }
    }
    out
}

/// A drop-down of pledges; keeps the choice valid as the floor moves.
fn pledge_choice(
    ui: &mut egui::Ui,
    v: &View,
    id: &str,
    choices: &[Pledge],
    chosen: &mut Option<Pledge>,
) {
    let m = &*v.room.scenario;
    if chosen.as_ref().is_some_and(|c| !choices.contains(c)) {
        *chosen = None;
    }
    let shown = chosen
        .as_ref()
        .map_or(t!("corridor-choose"), |p| pledge_words(m, p));
    egui::ComboBox::from_id_salt(id)
        .width(250.0)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for p in choices {
                let on = chosen.as_ref() == Some(p);
                if ui.selectable_label(on, pledge_words(m, p)).clicked() {
                    *chosen = Some(p.clone());
                    ui.close();
                }
            }
        });
}

pub(super) fn corridor_ui(ui: &mut egui::Ui, v: &View, composer: &mut Composer) -> Option<Intent> {
    let m = &*v.room.scenario;
    let me = v.seat.private.as_ref()?;
    let c = &me.corridor;
    let mut out = None;
    super::room::pick_seat(ui.ctx(), v, composer);
    ui.label(egui::RichText::new(t!("corridor-heading", moves = c.moves_left)).strong());
    ui.label(
        egui::RichText::new(t!("corridor-private"))
            .weak()
            .size(12.0),
    );
    // What waits for the player (offers, the Chair's invitations, the coach's hints) scrolls
    // within half the column, so that the talk below and the objectives stay in view.
    let max_height = ui.available_height() * 0.5;
    egui::ScrollArea::vertical()
        .id_salt("corridor-waiting")
        .max_height(max_height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            // Offers waiting for the player's answer come first: the floor will not wait.
            let waiting: Vec<_> = c
                .offers
                .iter()
                .filter(|o| o.to == me.delegation && o.state == OfferState::Open)
                .collect();
            for (k, o) in waiting.iter().enumerate() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.colored_label(v.settings.warn(), offer_words(m, o));
                    // The coach's reading, by the player's own brief.
                    if let Some((_, accept, why)) = c.advice.iter().find(|(id, ..)| *id == o.id) {
                        let why: Vec<String> =
                            why.iter().map(|r| advice_reason_words(m, r)).collect();
                        let verdict = if *accept {
                            t!("corridor-advice-accept", why = why.join("; "))
                        } else {
                            t!("corridor-advice-decline", why = why.join("; "))
                        };
                        ui.label(egui::RichText::new(verdict).weak().size(12.0));
                    }
                    ui.horizontal(|ui| {
                        let first = k == 0;
                        let accept = if first {
                            shortcut_button(ui, true, Shortcut::AcceptOffer, t!("corridor-accept"))
                        } else {
                            ui.button(t!("corridor-accept")).clicked()
                        };
                        let decline = if first {
                            shortcut_button(
                                ui,
                                true,
                                Shortcut::DeclineOffer,
                                t!("corridor-decline"),
                            )
                        } else {
                            ui.button(t!("corridor-decline")).clicked()
                        };
                        if accept || decline {
                            out = Some(Intent::Corridor(Command::Reply {
                                offer: o.id,
                                accept,
                            }));
                        }
                    });
                });
            }
            if let Some(intent) = consultations_ui(ui, v, composer) {
                out = Some(intent);
            }
            if let Some(intent) = hints_ui(ui, v) {
                out = Some(intent);
            }
        });
    ui.separator();
    let Some(other) = composer.seat.filter(|&d| d != me.delegation) else {
        ui.label(t!("corridor-pick-someone"));
        return out.or_else(|| history_ui(ui, v));
    };
    ui.label(t!("corridor-with", delegation = m.name(other)));
    let can = c.moves_left > 0;
    ui.horizontal_wrapped(|ui| {
        if let Some(id) = composer.selected {
            let caption = t!("corridor-sound-amendment", amendment = id);
            if shortcut_button(ui, can, Shortcut::Sound, caption) {
                out = Some(Intent::Corridor(Command::Sound {
                    to: other,
                    about: Sounding::Amendment(id),
                }));
            }
        }
        if let Some(edit) = composer.edit()
            && ui
                .add_enabled(can, egui::Button::new(t!("corridor-sound-wording")))
                .clicked()
        {
            out = Some(Intent::Corridor(Command::Sound {
                to: other,
                about: Sounding::Wording(edit),
            }));
        }
    });
    egui::Grid::new("offer").num_columns(2).show(ui, |ui| {
        ui.label(t!("corridor-you-give"));
        pledge_choice(
            ui,
            v,
            "offer-give",
            &pledges_of(v, me.delegation, &[]),
            &mut composer.offer_give,
        );
        ui.end_row();
        ui.label(t!("corridor-you-ask", delegation = m.name(other)));
        pledge_choice(
            ui,
            v,
            "offer-want",
            &pledges_of(v, other, &me.asks),
            &mut composer.offer_want,
        );
        ui.end_row();
    });
    let ready = can && composer.offer_give.is_some() && composer.offer_want.is_some();
    if shortcut_button(ui, ready, Shortcut::MakeOffer, t!("corridor-make-offer"))
        && let (Some(give), Some(want)) = (composer.offer_give.take(), composer.offer_want.take())
    {
        out = Some(Intent::Corridor(Command::Offer {
            to: other,
            give: vec![give],
            want: vec![want],
        }));
    }
    ui.separator();
    out.or_else(|| history_ui(ui, v))
}

/// The Chair's invitations to consultations on brackets: tick the options you could live
/// with and tell the Chair (the answer counts when it rules).
fn consultations_ui(ui: &mut egui::Ui, v: &View, composer: &mut Composer) -> Option<Intent> {
    let m = &*v.room.scenario;
    let me = v.seat.private.as_ref()?;
    let mut out = None;
    for inv in &me.corridor.invitations {
        let at = match composer
            .consult
            .iter()
            .position(|(a, _)| *a == inv.amendment)
        {
            Some(i) => i,
            None => {
                let start = inv.said.clone().unwrap_or_default();
                composer.consult.push((inv.amendment, start));
                composer.consult.len() - 1
            }
        };
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(
                egui::RichText::new(t!("corridor-invitation", amendment = inv.amendment)).strong(),
            );
            if !inv.cards.is_empty() {
                let at = match composer.bring.iter().position(|(a, _)| *a == inv.amendment) {
                    Some(i) => i,
                    None => {
                        composer.bring.push((inv.amendment, inv.brought.clone()));
                        composer.bring.len() - 1
                    }
                };
                let chosen = &mut composer.bring[at].1;
                let words = |c: &Option<String>| match c {
                    Some(id) => m.card_title(id).unwrap_or(id).to_string(),
                    None => t!("corridor-bring-none"),
                };
                ui.horizontal_wrapped(|ui| {
                    ui.label(t!("corridor-bring"));
                    egui::ComboBox::from_id_salt(("bring", inv.amendment.0))
                        .selected_text(words(chosen))
                        .show_ui(ui, |ui| {
                            ui.selectable_value(chosen, None, words(&None));
                            for c in &inv.cards {
                                ui.selectable_value(
                                    chosen,
                                    Some(c.clone()),
                                    words(&Some(c.clone())),
                                );
                            }
                        });
                });
            }
            let brought = composer
                .bring
                .iter()
                .find(|(a, _)| *a == inv.amendment)
                .and_then(|(_, c)| c.clone());
            let ticked = &mut composer.consult[at].1;
            for o in &inv.options {
                let mut on = ticked.contains(o);
                if ui
                    .checkbox(&mut on, crate::screens::option_words(m, o))
                    .changed()
                {
                    if on {
                        ticked.push(o.clone());
                    } else {
                        ticked.retain(|x| x != o);
                    }
                }
            }
            ui.horizontal_wrapped(|ui| {
                if ui.button(t!("corridor-tell-chair")).clicked() {
                    out = Some(Intent::Corridor(Command::Consult {
                        amendment: inv.amendment,
                        acceptable: ticked.clone(),
                        wording: brought.map(|c| CardId::from(c.as_str())),
                    }));
                }
                if inv.said.is_some() {
                    ui.label(egui::RichText::new(t!("corridor-told-chair")).weak());
                }
            });
        });
    }
    out
}

/// The coach's offers to make now, each with the answer the engine predicts.
fn hints_ui(ui: &mut egui::Ui, v: &View) -> Option<Intent> {
    let m = &*v.room.scenario;
    let (_, _, hints) = v.cache.corridor.as_ref()?;
    if hints.is_empty() {
        return None;
    }
    let mut out = None;
    ui.label(egui::RichText::new(t!("corridor-coach")).strong());
    for (command, accept) in hints {
        let Command::Offer { to, give, want } = command else {
            continue;
        };
        let give: Vec<String> = give.iter().map(|p| pledge_words(m, p)).collect();
        let want: Vec<String> = want.iter().map(|p| pledge_words(m, p)).collect();
        let verdict = if *accept {
            t!("corridor-coach-would-accept")
        } else {
            t!("corridor-coach-would-decline")
        };
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(
                    v.seat
                        .private
                        .as_ref()
                        .is_some_and(|p| p.corridor.moves_left > 0),
                    egui::Button::new(t!("corridor-coach-make")),
                )
                .clicked()
            {
                out = Some(Intent::Corridor(command.clone()));
            }
            ui.label(
                egui::RichText::new(t!(
                    "corridor-coach-offer",
                    delegation = m.name(*to),
                    give = give.join(", "),
                    want = want.join(", "),
                    verdict = verdict
                ))
                .size(12.0),
            );
        });
    }
    out
}

/// What was said and agreed, newest first: soundings, offers (with the other side's reasons)
/// and promises with their state.
fn history_ui(ui: &mut egui::Ui, v: &View) -> Option<Intent> {
    let m = &*v.room.scenario;
    let c = &v.seat.private.as_ref()?.corridor;
    egui::ScrollArea::vertical()
        .id_salt("corridor-history")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if c.soundings.is_empty() && c.offers.is_empty() {
                ui.label(egui::RichText::new(t!("corridor-nothing-yet")).weak());
            }
            for p in c.commitments.iter().rev() {
                let colour = match p.state {
                    PromiseState::Kept => v.settings.good(),
                    PromiseState::Broken => v.settings.bad(),
                    _ => ui.visuals().text_color(),
                };
                ui.colored_label(colour, commitment_words(m, p));
            }
            for o in c
                .offers
                .iter()
                .rev()
                .filter(|o| o.state != OfferState::Open)
            {
                ui.label(egui::RichText::new(offer_words(m, o)).size(12.5));
                if !o.reasons.is_empty() {
                    let why: Vec<String> =
                        o.reasons.iter().map(|r| deal_reason_words(m, r)).collect();
                    ui.label(egui::RichText::new(why.join("; ")).weak().size(11.5));
                }
            }
            for s in c.soundings.iter().rev() {
                ui.label(egui::RichText::new(sounding_words(m, s)).size(12.5));
            }
        });
    None
}
