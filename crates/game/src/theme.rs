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
    use egui::Key;
    // Enter and Space press the focused widget and the arrows move the focus, so they stand
    // aside for any focused widget; a letter, a digit or Esc only for a text field (after
    // ticking a box, J still joins).
    let taken = match key {
        Key::Enter | Key::Space | Key::Tab => ctx.egui_wants_keyboard_input(),
        Key::ArrowUp | Key::ArrowDown | Key::ArrowLeft | Key::ArrowRight => {
            ctx.egui_wants_keyboard_input()
        }
        _ => ctx.text_edit_focused(),
    };
    !taken && !had_keys(ctx, key) && ctx.input(|i| i.key_pressed(key))
}

fn focus_id() -> egui::Id {
    egui::Id::new("zero-draft-focus-at-pass-start")
}

/// Notes, after a screen has drawn everything, whether a widget (a text field) holds the
/// keyboard. egui lets go of the keyboard on Esc as the next pass begins, so without this the
/// Esc that leaves a text field would also fire the screen's Back and throw the typing away.
pub fn note_focus(ctx: &egui::Context) {
    // An open drop-down holds Esc too: it closes the list, nothing more.
    let focused = ctx.memory(|m| m.focused().is_some()) || egui::Popup::is_any_open(ctx);
    let text = ctx.text_edit_focused();
    let pass = ctx.cumulative_pass_nr();
    ctx.data_mut(|d| d.insert_temp(focus_id(), (pass, focused, text)));
}

/// Whether, at the end of the last pass (as `note_focus` saw it), a widget held the keys
/// `key` would have gone to: any widget for Esc (which egui spends on letting go of it), a text
/// field for the rest.
fn had_keys(ctx: &egui::Context, key: egui::Key) -> bool {
    let pass = ctx.cumulative_pass_nr();
    ctx.data(|d| d.get_temp::<(u64, bool, bool)>(focus_id()))
        .is_some_and(|(at, focused, text)| {
            at + 1 == pass
                && if key == egui::Key::Escape {
                    focused
                } else {
                    text
                }
        })
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

/// A bloc's colour: the Okabe–Ito palette, whose eight colours stay apart for the common
/// colour-vision deficiencies (black swapped for a grey that reads on a dark background).
/// Past eight blocs the palette repeats, lighter.
pub(crate) fn bloc_colour(b: usize) -> egui::Color32 {
    const OKABE_ITO: [(u8, u8, u8); 8] = [
        (230, 159, 0),
        (86, 180, 233),
        (0, 158, 115),
        (240, 228, 66),
        (0, 114, 178),
        (213, 94, 0),
        (204, 121, 167),
        (187, 187, 187),
    ];
    let (r, g, b2) = OKABE_ITO[b % OKABE_ITO.len()];
    let c = egui::Color32::from_rgb(r, g, b2);
    if b < OKABE_ITO.len() {
        c
    } else {
        c.lerp_to_gamma(egui::Color32::WHITE, 0.35)
    }
}

/// The blue of the United Nations' flag, the game's accent.
pub(crate) const UN_BLUE: egui::Color32 = egui::Color32::from_rgb(0, 158, 219);

/// The game's emblem: a conference room seen from above — a hemicycle of seats in bloc
/// colours facing the Chair's podium, with the draft on the table between them and one
/// passage still in brackets.
pub(crate) fn emblem(ui: &mut egui::Ui, width: f32) {
    let height = width * 0.56;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, height), egui::Sense::hover());
    let p = ui.painter_at(rect);
    let centre = egui::pos2(rect.center().x, rect.bottom() - height * 0.08);
    let big = height * 0.86;
    let blocs = 6usize;
    let seat = big * 0.035;
    for (row, share) in [0.58f32, 0.72, 0.86, 1.0].into_iter().enumerate() {
        let r = big * share;
        let n = (share * 34.0) as usize;
        for k in 0..n {
            // Leave an aisle between blocs, and gaps at the ends by the podium.
            let t = (k as f32 + 0.5) / n as f32;
            let bloc = ((t * blocs as f32) as usize).min(blocs - 1);
            let within = t * blocs as f32 - bloc as f32;
            if !(0.08..=0.92).contains(&within) {
                continue;
            }
            let a = std::f32::consts::PI * (1.0 + 0.06 + 0.88 * t);
            let at = centre + egui::vec2(a.cos(), a.sin()) * r;
            let colour = bloc_colour(bloc).gamma_multiply(if row == 0 { 0.8 } else { 1.0 });
            p.circle_filled(at, seat, colour);
        }
    }
    // The Chair's podium.
    let podium = egui::Rect::from_center_size(centre, egui::vec2(big * 0.3, big * 0.07));
    p.rect_filled(podium, 2.0, UN_BLUE);
    // The draft on the table: lines of text, one passage bracketed.
    let sheet = egui::Rect::from_center_size(
        centre - egui::vec2(0.0, big * 0.3),
        egui::vec2(big * 0.34, big * 0.36),
    );
    p.rect_filled(sheet, 3.0, egui::Color32::from_gray(235));
    let line = egui::Stroke::new(big * 0.012, egui::Color32::from_gray(120));
    let left = sheet.left() + sheet.width() * 0.12;
    let right = sheet.right() - sheet.width() * 0.12;
    for k in 0..6 {
        let y = sheet.top() + sheet.height() * (0.18 + 0.13 * k as f32);
        let end = if k == 5 {
            left + (right - left) * 0.55
        } else {
            right
        };
        if k == 2 || k == 3 {
            // The bracketed passage, in the accent colour.
            let s = egui::Stroke::new(line.width, UN_BLUE);
            let (a, b) = (left + (right - left) * 0.2, end);
            p.line_segment([egui::pos2(left, y), egui::pos2(a - 4.0, y)], line);
            p.line_segment([egui::pos2(a + 3.0, y), egui::pos2(b - 3.0, y)], s);
            let tick = sheet.height() * 0.05;
            for (x, dir) in [(a, 1.0), (b, -1.0)] {
                p.line_segment([egui::pos2(x, y - tick), egui::pos2(x, y + tick)], s);
                p.line_segment(
                    [egui::pos2(x, y - tick), egui::pos2(x + dir * 3.0, y - tick)],
                    s,
                );
                p.line_segment(
                    [egui::pos2(x, y + tick), egui::pos2(x + dir * 3.0, y + tick)],
                    s,
                );
            }
        } else {
            p.line_segment([egui::pos2(left, y), egui::pos2(end, y)], line);
        }
    }
}
