//! The screens as Bevy states, in the order a player meets them, and the plugin that adds one
//! plugin per screen. The table has its own module (`crate::table`).

mod adoption;
pub use adoption::adoption_ui;
mod briefing;
mod chair;
pub(crate) use chair::option_words;
mod chair_debrief;
pub use briefing::{briefing_frame, briefing_ui};
pub use chair::{ChairCache, chair_frame};
pub use chair_debrief::chair_review;
mod choose;
mod debrief;
mod debrief_corridor;
pub(crate) use debrief::{fates_ui, heading_ui, objectives_ui, outcome_ui};
mod handoff;
pub use handoff::handoff_frame;
mod hindsight;
pub use hindsight::hindsight;
mod library;
mod projector;
pub use projector::projector_ui;
mod title;
mod whatif;
pub use whatif::{branch_comparison, whatif_ui};

use bevy::prelude::*;

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
    /// The player as Chair: rulings on the bracketed amendments before each revision.
    Chair,
    Debrief,
    /// A class over the network: choosing a seat, waiting for the start, and the end.
    Lobby,
    /// A class's projector: the public room, large, without a seat.
    Projector,
}

pub(super) fn plugin(app: &mut App) {
    app.add_plugins((
        title::plugin,
        library::plugin,
        choose::plugin,
        briefing::plugin,
        handoff::plugin,
        adoption::plugin,
        chair::plugin,
        projector::plugin,
        debrief::plugin,
    ));
}

/// Adds `S::default()` while `screen` is shown and removes it when the screen closes, so a
/// screen always opens with fresh state (bevy_new_2d style).
pub(crate) fn scoped<S: Resource + Default>(app: &mut App, screen: Screen) {
    app.add_systems(OnEnter(screen), |mut commands: Commands| {
        commands.insert_resource(S::default())
    })
    .add_systems(OnExit(screen), |mut commands: Commands| {
        commands.remove_resource::<S>()
    });
}
