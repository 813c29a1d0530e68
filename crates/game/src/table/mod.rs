//! The negotiation table: the Bevy system, the derived views it caches, and `frame`, which
//! lays out the panels (clock, composer, outline, room, draft) and returns the player's
//! action. The panels draw from the viewer's seat view only; every button is an engine action.

mod cards;
mod chair_feed;
mod clock;
mod coach;
mod composer;
mod corridor;
mod draft;
mod intent;
mod objectives;
mod outline;
mod room;
mod side;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

pub use composer::{Composer, Op, Side};
pub use intent::{Exit, Intent, settle};
pub use outline::status_badge;
pub use room::stance_badge;

use std::sync::Arc;

use crate::keys::{Shortcut, shortcut_button};
use crate::play::{Difficulty, Match};
use crate::screens::{Screen, scoped};
use crate::settings::Settings;
use crate::theme::root_ui;
use zero_draft_engine::document::{ParagraphDiff, tracked_changes};
use zero_draft_engine::log::{Action, AmendmentId};
use zero_draft_engine::model::DelegationId;
use zero_draft_engine::preferences::Reaction;
use zero_draft_engine::scenario::EditSpec;
use zero_draft_engine::seat::Seat;
use zero_draft_engine::session::{ActionError, Stage};
use zero_draft_engine::view::{RoomView, SeatView};
use zero_draft_text::t;

pub(super) fn plugin(app: &mut App) {
    scoped::<Composer>(app, Screen::Table);
    scoped::<Cache>(app, Screen::Table);
    app.add_systems(
        EguiPrimaryContextPass,
        table.run_if(in_state(Screen::Table)),
    );
}

/// Derived views, recomputed only when the log grows, and the composer's prediction,
/// recomputed only when the edit or the log changes.
#[derive(Resource, Default)]
pub struct Cache {
    events: u64,
    viewer: Option<Seat>,
    seat: Option<Arc<SeatView>>,
    diffs: Vec<ParagraphDiff>,
    prediction: Option<(EditSpec, u64, Result<Vec<Reaction>, ActionError>)>,
    /// The coach's suggestions for the viewer, as of a stamp of the room.
    coach: Option<(u64, Seat, Vec<zero_draft_engine::session::Suggestion>)>,
    /// The coach's corridor offers for the viewer, as of a stamp of the room.
    corridor: Option<(u64, Seat, Vec<CorridorHint>)>,
}

/// An offer the coach suggests making in the corridor, and whether the other side would accept.
pub type CorridorHint = (zero_draft_engine::seat::Command, bool);

/// Where a table's seat view, preview and coach come from: the match on this machine, or a
/// class over the network (which answers previews and the coach a moment later).
pub trait TableSource {
    fn seat_view(&self) -> SeatView;
    /// Whose table this is (the views and caches are the seat's).
    fn seat(&self) -> Seat;
    /// Changes whenever the viewer's seat view does.
    fn stamp(&self) -> u64;
    fn difficulty(&self) -> Difficulty;
    fn notice(&self) -> Option<String>;
    /// The room's predicted reactions if the viewer tabled `edit`; `None` until known.
    fn predict(&mut self, edit: &EditSpec) -> Option<Result<Vec<Reaction>, ActionError>>;
    /// The coach's `k` best moves for the viewer; `None` until known.
    fn suggest(&mut self, k: usize) -> Option<Vec<zero_draft_engine::session::Suggestion>>;
    /// Gives the viewer's move; whether it was taken (a remote table sends it and learns of
    /// a refusal later, through `notice`).
    fn act(&mut self, action: Action) -> bool;
    /// Gives the viewer's corridor move (or any other command of its seat), as `act` does.
    fn command(&mut self, command: zero_draft_engine::seat::Command) -> bool;
    /// The coach's offers to make in the corridor now, each with the predicted answer; `None`
    /// where the coach cannot tell (a class over the network).
    fn corridor_hints(&mut self) -> Option<Vec<CorridorHint>> {
        None
    }
}

impl TableSource for Match {
    fn seat_view(&self) -> SeatView {
        Match::seat_view(self)
    }
    fn seat(&self) -> Seat {
        Seat::Delegation(self.viewer)
    }
    fn stamp(&self) -> u64 {
        Match::stamp(self)
    }
    fn difficulty(&self) -> Difficulty {
        self.difficulty
    }
    fn notice(&self) -> Option<String> {
        self.notice.clone()
    }
    fn predict(&mut self, edit: &EditSpec) -> Option<Result<Vec<Reaction>, ActionError>> {
        Some(
            self.session
                .predict(self.viewer, edit)
                .map_err(ActionError::Edit),
        )
    }
    fn suggest(&mut self, k: usize) -> Option<Vec<zero_draft_engine::session::Suggestion>> {
        Some(self.session.suggest(Seat::Delegation(self.viewer), k))
    }
    fn act(&mut self, action: Action) -> bool {
        Match::act(self, action)
    }
    fn command(&mut self, command: zero_draft_engine::seat::Command) -> bool {
        Match::command(self, command)
    }
    fn corridor_hints(&mut self) -> Option<Vec<CorridorHint>> {
        let seat = Seat::Delegation(self.viewer);
        let view = Match::seat_view(self);
        let advisor = zero_draft_engine::policy::Advisor::new(&self.session, seat);
        Some(zero_draft_engine::league::corridor_hints(
            &view, &advisor, 3,
        ))
    }
}

impl Cache {
    /// The viewer's seat view, rebuilt when the room moves or the viewer changes.
    fn refresh(&mut self, game: &dyn TableSource) -> Arc<SeatView> {
        let stamp = game.stamp();
        let fresh = self.events == stamp && self.viewer == Some(game.seat());
        if let (true, Some(seat)) = (fresh, &self.seat) {
            return seat.clone();
        }
        let seat = Arc::new(crate::play::shown(game.seat_view()));
        let revs = &seat.room.revisions;
        let base = &revs[revs.len().saturating_sub(2)].document;
        self.diffs = tracked_changes(base, &seat.room.document);
        self.events = stamp;
        self.viewer = Some(game.seat());
        self.seat = Some(seat.clone());
        seat
    }

    /// The room's predicted reactions to the composed edit (the seat's own prediction).
    fn predict(&mut self, game: &mut dyn TableSource, edit: Option<EditSpec>) {
        let Some(edit) = edit else {
            self.prediction = None;
            return;
        };
        let stamp = game.stamp();
        if self
            .prediction
            .as_ref()
            .is_some_and(|(e, n, _)| *e == edit && *n == stamp)
        {
            return;
        }
        if let Some(result) = game.predict(&edit) {
            self.prediction = Some((edit, stamp, result));
        }
    }
}

/// What every panel of one frame reads: the viewer's seat view (never the session), the
/// palette, the cached diffs and prediction, and the amendments a player can respond to.
struct View<'a> {
    seat: &'a SeatView,
    room: &'a RoomView,
    me: DelegationId,
    settings: &'a Settings,
    cache: &'a Cache,
    difficulty: Difficulty,
    notice: Option<&'a str>,
    prediction: Option<&'a Result<Vec<Reaction>, ActionError>>,
    my_turn: bool,
    stage: Stage,
    /// The amendments on the floor.
    floor: Vec<AmendmentId>,
    /// The amendments on the floor, then those in brackets.
    listed: Vec<AmendmentId>,
    /// The selected amendment, if it is on the floor (bracketed ones cannot be answered).
    selected_on_floor: Option<AmendmentId>,
    /// Whether the viewer's delegation may block (member states), and how many more threats
    /// to block the Chair would believe.
    can_block: bool,
    credible_threats_left: u32,
}

#[allow(
    clippy::too_many_arguments,
    reason = "a Bevy system names every resource it reads or writes"
)]
fn table(
    mut contexts: EguiContexts,
    game: Option<ResMut<Match>>,
    mut composer: ResMut<Composer>,
    mut settings: ResMut<Settings>,
    mut cache: ResMut<Cache>,
    mut next: ResMut<NextState<Screen>>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(mut game) = game else { return Ok(()) };
    let intent = frame(
        &ctx,
        &mut *game,
        &mut composer,
        &mut edit_settings(&mut settings),
        &mut cache,
    );
    // Every move is already saved: a game left here resumes from the title screen.
    match settle(intent, &mut *game, &mut composer) {
        Some(Exit::Quit) => {
            exit.write(AppExit::Success);
        }
        Some(Exit::Leave) => {
            commands.remove_resource::<Match>();
            next.set(Screen::Title);
        }
        None => {}
    }
    Ok(())
}

/// The settings for the table's menu to edit, marked changed only when they are (so that
/// what follows a change does not run every frame).
pub(crate) fn edit_settings<'a>(settings: &'a mut ResMut<'_, Settings>) -> SettingsEdit<'a> {
    let before = (**settings).clone();
    SettingsEdit {
        before,
        settings: settings.reborrow(),
    }
}

pub(crate) struct SettingsEdit<'a> {
    before: Settings,
    settings: Mut<'a, Settings>,
}

impl std::ops::Deref for SettingsEdit<'_> {
    type Target = Settings;
    fn deref(&self) -> &Settings {
        &self.settings
    }
}

impl std::ops::DerefMut for SettingsEdit<'_> {
    fn deref_mut(&mut self) -> &mut Settings {
        self.settings.bypass_change_detection()
    }
}

impl Drop for SettingsEdit<'_> {
    fn drop(&mut self) {
        if *self.settings != self.before {
            self.settings.set_changed();
        }
    }
}

/// Draws one frame of the table and returns what the player asked for, if anything. The match
/// is read only to take the viewer's seat view and the composer's prediction; the panels
/// draw from the view.
pub fn frame(
    ctx: &egui::Context,
    game: &mut dyn TableSource,
    composer: &mut Composer,
    settings: &mut Settings,
    cache: &mut Cache,
) -> Option<Intent> {
    let intent = draw(ctx, game, composer, settings, cache);
    crate::theme::note_focus(ctx);
    intent
}

fn draw(
    ctx: &egui::Context,
    game: &mut dyn TableSource,
    composer: &mut Composer,
    settings: &mut Settings,
    cache: &mut Cache,
) -> Option<Intent> {
    let seat = cache.refresh(game);
    let difficulty = game.difficulty();
    if difficulty != Difficulty::Hard {
        cache.predict(game, composer.edit());
    }
    // The coach's corridor offers, while the corridor is open and the coach is not off (Hard).
    if composer.side == Side::Corridor && difficulty != Difficulty::Hard {
        let (stamp, viewer) = (game.stamp(), game.seat());
        if cache
            .corridor
            .as_ref()
            .is_none_or(|(s, v, _)| *s != stamp || *v != viewer)
            && let Some(hints) = game.corridor_hints()
        {
            cache.corridor = Some((stamp, viewer, hints));
        }
    }
    // The coach's suggestions, recomputed only when the game moves on.
    let coach_open = composer.coach.unwrap_or(difficulty == Difficulty::Easy);
    if coach_open {
        let (stamp, viewer) = (game.stamp(), game.seat());
        if cache
            .coach
            .as_ref()
            .is_none_or(|(n, d, _)| *n != stamp || *d != viewer)
            && let Some(suggestions) = game.suggest(3)
        {
            cache.coach = Some((stamp, viewer, suggestions));
        }
    }
    let notice = game.notice();
    let v = view(
        ctx,
        &seat,
        composer,
        &*settings,
        cache,
        difficulty,
        notice.as_deref(),
    );
    let mut action = None;
    let mut root = root_ui(ctx);
    egui::Panel::top("clock").show(&mut root, |ui| {
        ui.horizontal(|ui| {
            if shortcut_button(ui, true, Shortcut::Briefing, Shortcut::Briefing.label()) {
                composer.show_briefing = !composer.show_briefing;
            }
            if shortcut_button(ui, true, Shortcut::Coach, Shortcut::Coach.label()) {
                composer.coach = Some(!coach_open);
            }
            if shortcut_button(ui, true, Shortcut::Help, Shortcut::Help.label()) {
                composer.show_keys = !composer.show_keys;
            }
            // Esc first closes what is open over the table, then leaves it.
            if shortcut_button(ui, true, Shortcut::Back, t!("table-leave")) {
                if composer.show_briefing || composer.show_keys {
                    composer.show_briefing = false;
                    composer.show_keys = false;
                } else {
                    action = Some(Intent::Leave);
                }
            }
            ui.separator();
            clock::clock_ui(ui, &v);
        });
    });
    if composer.show_briefing {
        let mut open = true;
        egui::Window::new(t!("table-instructions-title"))
            .open(&mut open)
            .default_size([760.0, 560.0])
            .collapsible(false)
            .show(root.ctx(), |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    crate::screens::briefing_ui(ui, v.seat, v.settings);
                });
            });
        composer.show_briefing &= open;
    }
    egui::Panel::left("outline")
        .default_size(190.0)
        .show(&mut root, |ui| outline::outline_ui(ui, &v, composer));
    if let Some(corridor) = egui::Panel::right("room")
        .default_size(400.0)
        .show(&mut root, |ui| side::side_ui(ui, &v, composer))
        .inner
    {
        action = Some(corridor);
    }
    // Added after the side panels, the composer spans only the draft's width, so the room
    // panel keeps the full height of the window.
    egui::Panel::bottom("composer")
        .resizable(false)
        .show(&mut root, |ui| {
            ui.add_space(4.0);
            // (the coach's choice, made above, stands unless the composer makes another)
            if let Some(a) = composer::composer_ui(ui, &v, composer) {
                action = Some(Intent::Act(a));
            }
            ui.add_space(4.0);
        });
    // The coach docks above the composer, never over the text it advises on.
    if coach_open {
        egui::Panel::bottom("coach")
            .resizable(false)
            .show(&mut root, |ui| {
                ui.horizontal(|ui| {
                    ui.label(egui::RichText::new(t!("coach-title")).strong());
                    if ui.small_button("✖").clicked() {
                        composer.coach = Some(false);
                    }
                });
                egui::ScrollArea::vertical()
                    .id_salt("coach")
                    .max_height(150.0)
                    .show(ui, |ui| {
                        if let Some((_, _, list)) = &v.cache.coach
                            && let Some(a) = coach::coach_ui(ui, v.room, list)
                        {
                            action = Some(Intent::Act(a));
                        }
                    });
            });
    }
    egui::CentralPanel::default().show(&mut root, |ui| draft::draft_ui(ui, &v, composer));
    if composer.show_keys
        && let Some(way) = side::menu_ui(ctx, composer, settings)
    {
        action = Some(way);
    }
    action
}

/// Reads the turn and the floor from the view, keeps the selection on a listed amendment and
/// moves it with Up/Down.
fn view<'a>(
    ctx: &egui::Context,
    seat: &'a SeatView,
    composer: &mut Composer,
    settings: &'a Settings,
    cache: &'a Cache,
    difficulty: Difficulty,
    notice: Option<&'a str>,
) -> View<'a> {
    let room = &*seat.room;
    let floor: Vec<AmendmentId> = room.floor.iter().map(|a| a.id).collect();
    let listed: Vec<AmendmentId> = floor
        .iter()
        .copied()
        .chain(room.brackets.iter().map(|a| a.id))
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
        seat,
        room,
        me: seat.seat.delegation().unwrap_or(DelegationId(0)),
        settings,
        cache,
        difficulty,
        notice,
        prediction: cache.prediction.as_ref().map(|p| &p.2),
        my_turn: seat.to_act,
        stage: room.stage,
        floor,
        listed,
        selected_on_floor,
        can_block: seat
            .private
            .as_ref()
            .is_some_and(|p| room.scenario.delegations[p.delegation.index()].may_block),
        credible_threats_left: seat.private.as_ref().map_or(0, |p| p.credible_threats_left),
    }
}
