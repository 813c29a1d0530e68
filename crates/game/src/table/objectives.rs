//! The viewer's objectives, always on the table with their live state: met now, not met now,
//! open until the vote, or settled once the report is decided.

use bevy_egui::egui;

use super::View;
use zero_draft_text::{decimal, t};

pub(super) fn objectives_ui(ui: &mut egui::Ui, v: &View) {
    let Some(me) = &v.seat.private else {
        return;
    };
    let met: f32 = me.objectives.iter().map(|o| o.earned()).sum();
    let total: f32 = me.objectives.iter().map(|o| o.counted_weight()).sum();
    // Rounded first, and `+ 0.0` turns a rounded -0 into 0: never "-0 of 4 points".
    let (met, total) = (
        decimal(met.round() + 0.0, 0),
        decimal(total.round() + 0.0, 0),
    );
    ui.label(egui::RichText::new(t!("objectives-title", met = met, total = total)).strong());
    for o in &me.objectives {
        // An objective on the outcome (adoption, positions) is open until the vote.
        let open = !o.about_text && o.decided_at.is_none() && v.room.outcome.is_none();
        let (mark, colour) = if open {
            ("·", ui.visuals().text_color())
        } else if o.met {
            ("✔", v.settings.good())
        } else {
            ("✘", v.settings.bad())
        };
        let settled = if open {
            format!(" {}", t!("objectives-at-the-vote"))
        } else if v.room.outcome.is_some() {
            // Settled only once the report is decided: before that an amendment or the
            // Chair may still undo what the text now meets.
            format!(" {}", t!("objectives-settled"))
        } else {
            String::new()
        };
        // What the draft already gave counts half: say so, or the numbers do not add up.
        let mut held = if o.held_by_draft {
            format!(" {}", t!("objectives-held"))
        } else {
            String::new()
        };
        // Met, but the room did it without the seat: it earns half until the seat works for it.
        if o.handed_over() {
            held += &format!(" {}", t!("objectives-handed-over"));
        }
        ui.label(
            egui::RichText::new(format!(
                "{mark} {}{settled}  ×{}{held}",
                o.description,
                decimal(o.counted_weight(), 1)
            ))
            .color(colour)
            .size(12.0),
        );
    }
}
