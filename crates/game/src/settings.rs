//! Player settings, persisted: language, text scale, a colour-blind-safe palette, window mode.

use bevy::prelude::*;
use bevy::window::{MonitorSelection, PrimaryWindow, WindowMode};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use serde::{Deserialize, Serialize};

use crate::paths::settings_file;
use zero_draft_engine::files::atomic_write;
use zero_draft_text::{Lang, t};

#[derive(Resource, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The language of everything the game says (scenario text stays as authored).
    pub lang: Lang,
    pub text_scale: f32,
    /// Blue/orange instead of green/red; states are always told by a symbol and a word too.
    pub colour_blind: bool,
    pub fullscreen: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::En,
            text_scale: 1.0,
            colour_blind: false,
            fullscreen: false,
        }
    }
}

/// A language asked for on the command line: it wins over the saved one for this run.
static CHOSEN_LANGUAGE: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

/// Plays this run in `lang`, whatever the settings say (`--lang`).
pub fn choose_language(lang: Lang) {
    let _ = CHOSEN_LANGUAGE.set(lang);
}

impl Settings {
    /// Loads saved settings; a missing or unreadable file gives the defaults (and is kept).
    /// The language they name (or the one chosen with `--lang`) becomes the game's.
    pub fn load() -> Settings {
        let mut settings = zero_draft_engine::files::read_capped(&settings_file(), 64 * 1024)
            .ok()
            .and_then(|text| ron::from_str(&text).ok())
            .map(|s: Settings| Settings {
                text_scale: s.text_scale.clamp(0.75, 2.0),
                ..s
            })
            .unwrap_or_default();
        if let Some(&lang) = CHOSEN_LANGUAGE.get() {
            settings.lang = lang;
        }
        zero_draft_text::lang::set(settings.lang);
        settings
    }

    pub fn save(&self) -> std::io::Result<()> {
        let path = settings_file();
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let text =
            ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).unwrap_or_default();
        atomic_write(&path, text.as_bytes())
    }

    pub fn window_mode(&self) -> WindowMode {
        if self.fullscreen {
            WindowMode::BorderlessFullscreen(MonitorSelection::Current)
        } else {
            WindowMode::Windowed
        }
    }

    /// Colours for good and bad news, safe for the common colour-vision deficiencies when
    /// `colour_blind` is set.
    pub fn good(&self) -> egui::Color32 {
        if self.colour_blind {
            egui::Color32::from_rgb(0, 114, 178)
        } else {
            egui::Color32::from_rgb(40, 140, 60)
        }
    }
    pub fn bad(&self) -> egui::Color32 {
        if self.colour_blind {
            egui::Color32::from_rgb(213, 94, 0)
        } else {
            egui::Color32::from_rgb(190, 40, 40)
        }
    }
    pub fn warn(&self) -> egui::Color32 {
        if self.colour_blind {
            egui::Color32::from_rgb(204, 121, 167)
        } else {
            egui::Color32::from_rgb(190, 130, 0)
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, apply_settings);
}

/// Keeps egui's zoom and the window mode in step with the settings.
fn apply_settings(
    settings: Res<Settings>,
    mut contexts: EguiContexts,
    mut window: Single<&mut Window, With<PrimaryWindow>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if (ctx.zoom_factor() - settings.text_scale).abs() > f32::EPSILON {
        ctx.set_zoom_factor(settings.text_scale);
    }
    if settings.is_changed() && window.mode != settings.window_mode() {
        window.mode = settings.window_mode();
    }
    Ok(())
}

/// The settings controls, shown on the title screen.
pub fn settings_ui(ui: &mut egui::Ui, settings: &mut Settings) {
    let before = settings.clone();
    ui.horizontal(|ui| {
        ui.label(t!("settings-language"));
        for lang in Lang::ALL {
            ui.selectable_value(&mut settings.lang, lang, lang.native_name());
        }
    });
    ui.horizontal(|ui| {
        ui.label(t!("settings-text-size"));
        ui.add(
            egui::Slider::new(&mut settings.text_scale, 0.75..=2.0)
                .step_by(0.05)
                // Written as the player's language writes decimals, read back either way.
                .custom_formatter(|x, _| zero_draft_text::decimal(x, 2))
                .custom_parser(|text| text.trim().replace(',', ".").parse().ok()),
        );
    });
    ui.checkbox(&mut settings.colour_blind, t!("settings-colour-blind"));
    ui.checkbox(&mut settings.fullscreen, t!("settings-fullscreen"));
    if *settings != before {
        zero_draft_text::lang::set(settings.lang);
        if let Err(e) = settings.save() {
            ui.label(t!("settings-not-saved", error = e.to_string()));
        }
    }
}
