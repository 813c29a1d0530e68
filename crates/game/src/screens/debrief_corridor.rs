//! The debrief's corridor: what each delegation told the player in private against what it
//! then did on the floor, every offer made or received, and every promise, kept or broken.

use bevy_egui::egui;

use crate::settings::Settings;
use zero_draft_engine::corridor::{PromiseState, Sounding, SoundingRecord};
use zero_draft_engine::log::{AmendmentId, Event};
use zero_draft_engine::preferences::Stance;
use zero_draft_engine::view::{Private, RoomView};
use zero_draft_text::{commitment_words, deal_reason_words, offer_words, sounding_words, t};

/// The amendment a sounding turned out to be about: the one asked about, or the asker's own
/// later amendment of the same wording.
fn amendment_of(room: &RoomView, s: &SoundingRecord) -> Option<AmendmentId> {
    match &s.about {
        Sounding::Amendment(id) => Some(*id),
        Sounding::Wording(edit) => room.log.iter().find_map(|e| match e {
            Event::Tabled {
                amendment,
                proposer,
                edit: tabled,
                ..
            } if *proposer == s.asker && tabled == edit => Some(*amendment),
            _ => None,
        }),
    }
}

/// What the delegation did about that amendment on the floor: its reaction when it was
/// tabled, an objection it raised or dropped since.
fn deed(
    room: &RoomView,
    d: zero_draft_engine::model::DelegationId,
    id: AmendmentId,
) -> Option<Stance> {
    let mut stance = None;
    for e in &room.log {
        match e {
            Event::Reacted {
                amendment,
                reactions,
            } if *amendment == id => {
                stance = reactions
                    .iter()
                    .find(|r| r.delegation == d)
                    .map(|r| r.stance);
            }
            Event::CoSponsored {
                amendment,
                delegation,
            } if *amendment == id && *delegation == d => stance = Some(Stance::Support),
            Event::Objected {
                amendment,
                delegation,
            } if *amendment == id && *delegation == d => stance = Some(Stance::Object),
            Event::Relented {
                amendment,
                delegation,
            } if *amendment == id && *delegation == d => stance = Some(Stance::Reservation),
            _ => {}
        }
    }
    stance
}

pub(crate) fn corridor_ui(ui: &mut egui::Ui, room: &RoomView, me: &Private, settings: &Settings) {
    let c = &me.corridor;
    if c.soundings.is_empty() && c.offers.is_empty() {
        return;
    }
    let m = &*room.scenario;
    ui.heading(t!("debrief-corridor"));
    let asked: Vec<&SoundingRecord> = c
        .soundings
        .iter()
        .filter(|s| s.asker == me.delegation)
        .collect();
    if !asked.is_empty() {
        ui.label(egui::RichText::new(t!("debrief-corridor-said-did")).strong());
    }
    for s in asked {
        ui.label(sounding_words(m, s));
        let did = amendment_of(room, s).and_then(|id| deed(room, s.asked, id));
        let (colour, line) = match (s.answer, did) {
            (Some(said), Some(did)) if (said == Stance::Object) == (did == Stance::Object) => {
                (settings.good(), t!("debrief-corridor-as-said"))
            }
            (Some(_), Some(did)) => (
                settings.warn(),
                t!(
                    "debrief-corridor-otherwise",
                    did = zero_draft_text::stance_label(did)
                ),
            ),
            (None, Some(did)) => (
                ui.visuals().text_color(),
                t!(
                    "debrief-corridor-then",
                    did = zero_draft_text::stance_label(did)
                ),
            ),
            (_, None) => (
                ui.visuals().weak_text_color(),
                t!("debrief-corridor-not-tabled"),
            ),
        };
        ui.colored_label(colour, format!("    {line}"));
    }
    if !c.offers.is_empty() {
        ui.label(egui::RichText::new(t!("debrief-corridor-offers")).strong());
    }
    for o in &c.offers {
        ui.label(offer_words(m, o));
        if o.to != me.delegation && !o.reasons.is_empty() {
            let why: Vec<String> = o.reasons.iter().map(|r| deal_reason_words(m, r)).collect();
            ui.label(egui::RichText::new(format!("    {}", why.join("; "))).weak());
        }
    }
    for p in &c.commitments {
        let colour = match p.state {
            PromiseState::Kept => settings.good(),
            PromiseState::Broken => settings.bad(),
            _ => ui.visuals().text_color(),
        };
        ui.colored_label(colour, commitment_words(m, p));
    }
    ui.add_space(8.0);
}
