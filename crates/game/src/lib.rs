//! The Bevy game. It translates player intents into engine actions and draws the engine's
//! state; it holds no negotiation rules of its own. One plugin per concern; screens are
//! states, and text-heavy panels are drawn with bevy_egui.

pub mod fonts;
mod keys;
pub mod library;
pub mod paths;
pub mod play;
pub mod remote;
pub mod screens;
mod screenshot;
pub mod settings;
pub mod table;
mod theme;

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy_egui::EguiPlugin;

pub use screens::Screen;
pub use screenshot::{ScreenName, ScreenshotRequest, screenshot};

/// When the program started, for the launch-time figure the screenshot command prints.
pub static LAUNCHED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Opens the game window; with a screenshot request, renders one screen, saves it and exits.
pub fn run(screenshot: Option<ScreenshotRequest>) {
    window(screenshot, None);
}

/// Opens the game window as a student's client of the class at `server`; with `tokens`, the
/// seat token is kept there so a restarted game takes the same seat.
pub fn join(
    server: std::net::SocketAddr,
    me: zero_draft_net::client::Identity,
    tokens: Option<zero_draft_net::rejoin::TokenFile>,
) {
    window(None, Some((server, me, tokens, false)));
}

/// Opens the class's projector at `server`: the public room, large, without a seat.
pub fn projector(server: std::net::SocketAddr, me: zero_draft_net::client::Identity) {
    window(None, Some((server, me, None, true)));
}

fn window(
    screenshot: Option<ScreenshotRequest>,
    class: Option<(
        std::net::SocketAddr,
        zero_draft_net::client::Identity,
        Option<zero_draft_net::rejoin::TokenFile>,
        bool,
    )>,
) {
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
        fonts::plugin,
        settings::plugin,
        library::plugin,
        play::plugin,
        screens::plugin,
        table::plugin,
    ));
    if let Some(request) = screenshot {
        if request.class {
            app.add_plugins(remote::sample::plugin);
        }
        app.add_plugins(screenshot::plugin(request));
    }
    if let Some((server, me, tokens, projector)) = class {
        if let Some(t) = tokens {
            app.insert_resource(t);
        }
        app.insert_resource(me)
            .insert_state(Screen::Lobby)
            .add_plugins(remote::plugin(server, projector));
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
