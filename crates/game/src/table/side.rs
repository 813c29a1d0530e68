//! The table's right-hand column (tabs for the floor, the Chair's feed and the corridor over
//! the player's objectives) and its menu of settings, keys and ways out.

use bevy_egui::egui;

use super::{Composer, Intent, Side, View, chair_feed, corridor, objectives, room};
use crate::keys::Shortcut;
use crate::settings::Settings;
use zero_draft_engine::corridor::OfferState;
use zero_draft_text::t;

/// The right-hand column: tabs for the floor (with the room's stances) and the Chair's feed,
/// and under either the player's objectives, so that each part is in view or one key away and
/// none pushes another off a 1280×800 window.
pub(super) fn side_ui(ui: &mut egui::Ui, v: &View, composer: &mut Composer) -> Option<Intent> {
    if Shortcut::FloorTab.pressed(ui.ctx()) {
        composer.side = Side::Floor;
    }
    if Shortcut::FeedTab.pressed(ui.ctx()) {
        composer.side = Side::Feed;
    }
    if Shortcut::CorridorTab.pressed(ui.ctx()) {
        composer.side = Side::Corridor;
    }
    // An offer waiting for an answer shows on the tab, whichever tab is open.
    let waiting = v.seat.private.as_ref().map_or(0, |p| {
        p.corridor
            .offers
            .iter()
            .filter(|o| o.to == p.delegation && o.state == OfferState::Open)
            .count()
    });
    ui.horizontal_wrapped(|ui| {
        let floor = t!("floor-tab", count = v.listed.len());
        let corridor = t!("corridor-tab", waiting = waiting);
        for (side, caption) in [
            (Side::Floor, Shortcut::FloorTab.caption(&floor)),
            (
                Side::Feed,
                Shortcut::FeedTab.caption(&t!("chair-feed-title")),
            ),
            (Side::Corridor, Shortcut::CorridorTab.caption(&corridor)),
        ] {
            if ui
                .selectable_label(composer.side == side, caption)
                .clicked()
            {
                composer.side = side;
            }
        }
    });
    ui.separator();
    // Sized to its content: every objective in view.
    egui::Panel::bottom("objectives")
        .resizable(false)
        .show(ui, |ui| objectives::objectives_ui(ui, v));
    match composer.side {
        Side::Floor => {
            // The floor takes at most half the column; the room's stances scroll below it.
            let height = ui.available_height();
            room::floor_ui(ui, v, composer, height * 0.45);
            ui.separator();
            egui::ScrollArea::vertical()
                .id_salt("room")
                .auto_shrink([false, false])
                .show(ui, |ui| room::room_ui(ui, v, composer));
        }
        Side::Feed => chair_feed::chair_feed_ui(ui, v),
        Side::Corridor => return corridor::corridor_ui(ui, v, composer),
    }
    None
}

/// The table's menu (`?`): the settings, every key, and the ways out — leave the table (the
/// game is saved and resumes from the title screen) or quit.
pub(super) fn menu_ui(
    ctx: &egui::Context,
    composer: &mut Composer,
    settings: &mut Settings,
) -> Option<Intent> {
    let mut open = true;
    let mut out = None;
    egui::Window::new(t!("table-menu-title"))
        .open(&mut open)
        .collapsible(false)
        // Above the coach and the briefing: the menu is what the player just asked for.
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            ui.label(egui::RichText::new(t!("title-settings")).strong());
            crate::settings::settings_ui(ui, settings);
            ui.separator();
            ui.label(egui::RichText::new(t!("table-keys-title")).strong());
            ui.label(t!("table-keys-hint"));
            egui::Grid::new("keys").striped(true).show(ui, |ui| {
                for s in Shortcut::AT_THE_TABLE {
                    ui.label(egui::RichText::new(s.key_name()).monospace().strong());
                    ui.label(s.label());
                    ui.end_row();
                }
            });
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(t!("table-leave")).clicked() {
                    out = Some(Intent::Leave);
                }
                if ui.button(t!("table-quit-game")).clicked() {
                    out = Some(Intent::Quit);
                }
            });
        });
    composer.show_keys &= open;
    out
}
