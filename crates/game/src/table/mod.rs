//! The negotiation table: the Bevy system, the derived views it caches, and `frame`, which
//! lays out the panels (clock, composer, outline, room, draft) and returns the player's
//! action. Everything shown is read from the engine session; every button is an engine action.

mod chair_feed;
mod clock;
mod composer;
mod draft;
mod outline;
mod room;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

pub use composer::{Composer, Op};
pub use outline::status_badge;
pub use room::stance_badge;

use crate::keys::Shortcut;
use crate::play::Match;
use crate::screens::{Screen, scoped};
use crate::settings::Settings;
use crate::theme::root_ui;
use zero_draft_engine::document::{ParagraphDiff, tracked_changes};
use zero_draft_engine::log::{Action, AmendmentId, Position};
use zero_draft_engine::model::DelegationId;
use zero_draft_engine::session::{Session, Stage};

pub(super) fn plugin(app: &mut App) {
    scoped::<Composer>(app, Screen::Table);
    scoped::<Cache>(app, Screen::Table);
    app.add_systems(
        EguiPrimaryContextPass,
        table.run_if(in_state(Screen::Table)),
    );
}

/// Derived views, recomputed only when the log grows.
#[derive(Resource, Default)]
pub struct Cache {
    events: usize,
    diffs: Vec<ParagraphDiff>,
    joining: f32,
}

impl Cache {
    fn refresh(&mut self, s: &Session) {
        let events = s.events().len();
        if self.events != events || self.diffs.is_empty() {
            let revs = s.revisions();
            let base = &revs[revs.len().saturating_sub(2)].document;
            self.diffs = tracked_changes(base, s.document());
            self.joining = joining_share(s);
            self.events = events;
        }
    }
}

/// What every panel of one frame reads: the match, the palette, the cached views, whose turn
/// it is, and the amendments a player can respond to.
struct View<'a> {
    game: &'a Match,
    settings: &'a Settings,
    cache: &'a Cache,
    my_turn: bool,
    stage: Stage,
    /// The amendments on the floor.
    floor: Vec<AmendmentId>,
    /// The amendments on the floor, then those in brackets.
    listed: Vec<AmendmentId>,
    /// The selected amendment, if it is on the floor (bracketed ones cannot be answered).
    selected_on_floor: Option<AmendmentId>,
}

fn table(
    mut contexts: EguiContexts,
    game: Option<ResMut<Match>>,
    mut composer: ResMut<Composer>,
    settings: Res<Settings>,
    mut cache: ResMut<Cache>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(mut game) = game else { return Ok(()) };
    if let Some(a) = frame(&ctx, &mut game, &mut composer, &settings, &mut cache) {
        let tabled = matches!(a, Action::Table(_) | Action::TableCard(_));
        if game.act(a) && tabled {
            let keep = Composer {
                op: composer.op,
                ..Default::default()
            };
            *composer = keep;
        }
    }
    Ok(())
}

/// Draws one frame of the table and returns the action the player chose, if any.
pub fn frame(
    ctx: &egui::Context,
    game: &mut Match,
    composer: &mut Composer,
    settings: &Settings,
    cache: &mut Cache,
) -> Option<Action> {
    cache.refresh(&game.session);
    let view = view(ctx, game, composer, settings, cache);
    let mut action = None;
    let mut root = root_ui(ctx);
    egui::Panel::top("clock").show(&mut root, |ui| clock::clock_ui(ui, &view));
    egui::Panel::bottom("composer")
        .resizable(false)
        .show(&mut root, |ui| {
            ui.add_space(4.0);
            action = composer::composer_ui(ui, &view, composer);
            ui.add_space(4.0);
        });
    egui::Panel::left("outline")
        .default_size(190.0)
        .show(&mut root, |ui| outline::outline_ui(ui, &view, composer));
    egui::Panel::right("room")
        .default_size(380.0)
        .show(&mut root, |ui| {
            room::floor_ui(ui, &view, composer);
            ui.separator();
            room::room_ui(ui, &view, composer);
            ui.separator();
            chair_feed::chair_feed_ui(ui, &view);
        });
    egui::CentralPanel::default().show(&mut root, |ui| draft::draft_ui(ui, &view, composer));
    action
}

/// Reads the turn and the floor, keeps the selection on a listed amendment and moves it with
/// Up/Down.
fn view<'a>(
    ctx: &egui::Context,
    game: &'a Match,
    composer: &mut Composer,
    settings: &'a Settings,
    cache: &'a Cache,
) -> View<'a> {
    let s = &game.session;
    let my_turn = s.turn().is_some_and(|t| t.delegation == game.viewer);
    let floor: Vec<AmendmentId> = s.floor().iter().map(|a| a.id).collect();
    let listed: Vec<AmendmentId> = floor
        .iter()
        .copied()
        .chain(s.brackets().iter().map(|a| a.id))
        .collect();
    if composer.selected.is_none_or(|id| !listed.contains(&id)) {
        composer.selected = listed.last().copied();
    }
    if !listed.is_empty() {
        let at = composer
            .selected
            .and_then(|id| listed.iter().position(|&x| x == id))
            .unwrap_or(0);
        if Shortcut::Next.pressed(ctx) {
            composer.selected = Some(listed[(at + 1) % listed.len()]);
        }
        if Shortcut::Previous.pressed(ctx) {
            composer.selected = Some(listed[(at + listed.len() - 1) % listed.len()]);
        }
    }
    let selected_on_floor = composer.selected.filter(|id| floor.contains(id));
    View {
        game,
        settings,
        cache,
        my_turn,
        stage: s.stage(),
        floor,
        listed,
        selected_on_floor,
    }
}

/// Share of member states' influence that would join the text as it stands.
fn joining_share(s: &Session) -> f32 {
    let m = s.model();
    let mut total = 0.0;
    let mut join = 0.0;
    for d in 0..m.delegations.len() as DelegationId {
        let info = &m.delegations[d as usize];
        if !info.may_block() {
            continue;
        }
        total += info.influence;
        if s.ai_position(d).0 != Position::Block {
            join += info.influence;
        }
    }
    if total > 0.0 { join / total } else { 1.0 }
}
