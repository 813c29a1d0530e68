//! The briefing, table and adoption screens of a class, over the same panels as solo play.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use zero_draft_engine::seat::Command;
use zero_draft_net::Request;
use zero_draft_net::client::RemoteRoom;

use super::{RemoteSeat, Source};
use crate::keys::{Shortcut, shortcut_button_sized};
use crate::play::Match;
use crate::screens::{Screen, adoption_ui, briefing_ui};
use crate::settings::Settings;
use crate::table::{Cache, Composer, Exit, frame, settle};
use crate::theme::{centered, root_ui};
use zero_draft_engine::ids::ParagraphId;
use zero_draft_text::t;

pub(super) fn plugin(app: &mut App) {
    let remote = resource_exists::<RemoteSeat>.and_then(not(resource_exists::<Match>));
    app.add_systems(
        EguiPrimaryContextPass,
        (
            briefing.run_if(in_state(Screen::Briefing)),
            table.run_if(in_state(Screen::Table)),
            adoption.run_if(in_state(Screen::Adoption)),
            projector.run_if(in_state(Screen::Projector)),
        )
            .run_if(remote),
    )
    .add_systems(OnEnter(Screen::Adoption), |mut c: Commands| {
        c.insert_resource(Picked::default())
    });
}

/// Paragraphs ticked to dissociate from.
#[derive(Resource, Default)]
struct Picked(Vec<ParagraphId>);

fn briefing(
    mut contexts: EguiContexts,
    room: Res<RemoteRoom>,
    mut seat: ResMut<RemoteSeat>,
    settings: Res<Settings>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(view) = seat.refresh(&room) else {
        return Ok(());
    };
    let mut ui = root_ui(&ctx);
    centered(&mut ui, 820.0, |ui| {
        ui.add_space(20.0);
        egui::ScrollArea::vertical()
            .max_height(ui.available_height() - 60.0)
            .show(ui, |ui| briefing_ui(ui, &view, &settings));
        ui.add_space(10.0);
        if shortcut_button_sized(
            ui,
            true,
            Shortcut::Confirm,
            t!("class-take-seat"),
            Some(18.0),
        ) {
            seat.briefed = true;
        }
    });
    Ok(())
}

#[allow(
    clippy::too_many_arguments,
    reason = "a Bevy system names every resource it reads or writes"
)]
fn table(
    mut contexts: EguiContexts,
    mut room: ResMut<RemoteRoom>,
    mut seat: ResMut<RemoteSeat>,
    composer: Option<ResMut<Composer>>,
    cache: Option<ResMut<Cache>>,
    mut settings: ResMut<Settings>,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let (Some(mut composer), Some(mut cache)) = (composer, cache) else {
        return Ok(());
    };
    let Some(view) = seat.refresh(&room) else {
        return Ok(());
    };
    let seat = &mut *seat;
    let room = &mut *room;
    // The reasons behind the stances on the selected amendment travel on request.
    if let Some(a) = composer.selected
        && !room.reasons.contains_key(&a)
        && seat.asked_reasons != Some((a, room.stamp()))
    {
        seat.asked_reasons = Some((a, room.stamp()));
        seat.outbox.push(Request::Reasons(a));
    }
    let mut source = Source { room, seat, view };
    let intent = frame(
        &ctx,
        &mut source,
        &mut composer,
        &mut crate::table::edit_settings(&mut settings),
        &mut cache,
    );
    match settle(intent, &mut source, &mut composer) {
        Some(Exit::Quit) => {
            exit.write(AppExit::Success);
        }
        Some(Exit::Leave) => next.set(Screen::Lobby),
        None => {}
    }
    Ok(())
}

fn adoption(
    mut contexts: EguiContexts,
    room: Res<RemoteRoom>,
    mut seat: ResMut<RemoteSeat>,
    settings: Res<Settings>,
    picked: Option<ResMut<Picked>>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(mut picked) = picked else {
        return Ok(());
    };
    let Some(view) = seat.refresh(&room) else {
        return Ok(());
    };
    let notice = (room.refusals.len() > seat.refusals_seen)
        .then(|| {
            room.refusals
                .last()
                .map(|(_, w)| super::refusal_words(&room, w))
        })
        .flatten();
    let mut ui = root_ui(&ctx);
    if let Some(a) = adoption_ui(&mut ui, &view, notice.as_deref(), &settings, &mut picked.0) {
        seat.refusals_seen = room.refusals.len();
        seat.outbox.push(Request::Command(Command::Act(a)));
        picked.0.clear();
    }
    Ok(())
}

/// The class's projector: the public room as the server sent it (no seat, no private data).
fn projector(mut contexts: EguiContexts, room: Res<RemoteRoom>, settings: Res<Settings>) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let Some(r) = room.public_room() else {
        // Before the start: the class's title and who has joined, large.
        let mut ui = root_ui(&ctx);
        egui::CentralPanel::default().show(&mut ui, |ui| {
            if let Some(s) = &room.scenario {
                ui.heading(egui::RichText::new(&s.title).size(32.0));
            }
            ui.label(egui::RichText::new(t!("projector-before-start")).size(22.0));
            if let Some(l) = &room.lobby {
                let seated: Vec<&str> = l
                    .seats
                    .iter()
                    .filter_map(|s| s.student.as_deref())
                    .collect();
                ui.label(egui::RichText::new(seated.join(" · ")).size(20.0));
            }
        });
        return Ok(());
    };
    let r = crate::play::shown_room(&r);
    let mut ui = root_ui(&ctx);
    crate::screens::projector_ui(&mut ui, &r, &settings, room.table);
    Ok(())
}
