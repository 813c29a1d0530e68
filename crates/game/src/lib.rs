//! The Bevy game. It translates player intents into engine actions and draws the engine's
//! state; it holds no negotiation rules of its own. One plugin per concern; screens are
//! states, and text-heavy panels are drawn with bevy_egui.

mod debrief;
mod library;
pub mod play;
mod screens;
mod screenshot;
pub mod settings;
pub mod table;

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy_egui::{EguiPlugin, egui};

pub use screenshot::ScreenshotRequest;

/// The screens, in the order a player meets them.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Title,
    Library,
    Choose,
    Briefing,
    /// Hot-seat: hides the previous player's private view until the next player confirms.
    Handoff,
    Table,
    Adoption,
    Debrief,
}

/// When the program started, for the launch-time figure the screenshot command prints.
pub static LAUNCHED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Opens the game window; with a screenshot request, renders one screen, saves it and exits.
pub fn run(screenshot: Option<ScreenshotRequest>) {
    LAUNCHED.get_or_init(std::time::Instant::now);
    let settings = settings::Settings::load();
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title: "Zero Draft".into(),
            resolution: WindowResolution::new(1280, 800),
            mode: settings.window_mode(),
            ..default()
        }),
        ..default()
    }))
    .add_plugins(EguiPlugin::default())
    .insert_resource(settings)
    .init_state::<Screen>()
    .add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
    })
    .add_plugins((
        settings::plugin,
        library::plugin,
        play::plugin,
        screens::plugin,
        table::plugin,
        debrief::plugin,
    ));
    if let Some(request) = screenshot {
        app.add_plugins(screenshot::plugin(request));
    }
    app.run();
}

/// The game without a window or rendering: states and the routing between screens. Headless
/// tests drive a `play::Match` through it.
pub fn headless_app() -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, bevy::state::app::StatesPlugin))
        .init_state::<Screen>()
        .add_plugins(play::plugin);
    app
}

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

/// Where the game keeps exports, replays and saves: `$XDG_DATA_HOME/zero-draft` or
/// `~/.local/share/zero-draft`.
pub(crate) fn data_dir() -> std::path::PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".local/share"))
        })
        .unwrap_or_else(|| std::path::PathBuf::from("."));
    base.join("zero-draft")
}
