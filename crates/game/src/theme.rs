//! Drawing helpers shared by every screen: the full-window root `Ui`, a centred column, and
//! the key test that stands aside while a text field has the keyboard.

use bevy_egui::egui;

/// A full-window root `Ui` for panels (egui 0.36 panels show inside a `Ui`).
pub(crate) fn root_ui(ctx: &egui::Context) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        "zero-draft-root".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    )
}

/// A key pressed this frame, unless a text field has the keyboard.
pub(crate) fn pressed(ctx: &egui::Context, key: egui::Key) -> bool {
    !ctx.egui_wants_keyboard_input() && ctx.input(|i| i.key_pressed(key))
}

/// A column of at most `width` points, centred in a central panel.
pub(crate) fn centered(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui)) {
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
