//! The game's typeface: Noto Sans for every language the game speaks, with Noto Sans Symbols 2
//! for the marks it uses (✔ ✖ ✘ ★). Both are embedded in the binary, so they load wherever it
//! runs; they ship under the SIL Open Font License beside them in `assets/fonts/`.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

const TEXT: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf");
const SYMBOLS: &[u8] = include_bytes!("../../../assets/fonts/NotoSansSymbols2-Regular.ttf");

pub(crate) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, install_once);
}

fn install_once(mut contexts: EguiContexts, mut done: Local<bool>) -> Result {
    if !*done {
        install(contexts.ctx_mut()?);
        *done = true;
    }
    Ok(())
}

/// Puts Noto Sans first and the symbols after it in both families, keeping egui's own fonts
/// as the last fallbacks.
pub fn install(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto-sans".into(),
        std::sync::Arc::new(egui::FontData::from_static(TEXT)),
    );
    fonts.font_data.insert(
        "noto-symbols".into(),
        std::sync::Arc::new(egui::FontData::from_static(SYMBOLS)),
    );
    if let Some(list) = fonts.families.get_mut(&egui::FontFamily::Proportional) {
        list.insert(0, "noto-sans".into());
        list.insert(1, "noto-symbols".into());
    }
    if let Some(list) = fonts.families.get_mut(&egui::FontFamily::Monospace) {
        list.push("noto-symbols".into());
    }
    ctx.set_fonts(fonts);
}
