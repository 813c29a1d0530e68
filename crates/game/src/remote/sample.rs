//! A class played in this process, for the screenshot of a student's debrief: the host and a
//! student's client joined by replicon's test transport (no sockets), the student's seat
//! played by the coach and asking for its debrief as the window does; the window is then
//! shown exactly what that client received.

use std::path::Path;
use std::sync::Arc;

use bevy::prelude::*;
use zero_draft_engine::Model;
use zero_draft_engine::scenario::load_file;
use zero_draft_net::Request;
use zero_draft_net::bot::Strategy;
use zero_draft_net::client::RemoteRoom;
use zero_draft_net::loopback::{CODE, Class};
use zero_draft_net::server::HostConfig;

use super::RemoteSeat;

/// Plays `scenario` (seed 1) to the end with a student at its first playable delegation, and
/// returns what the student's client holds then.
pub fn played_class(scenario: &Path) -> Result<RemoteRoom, String> {
    let (s, source) = load_file(scenario).map_err(|e| e.to_string())?;
    let model = Arc::new(Model::new(s));
    let first = model
        .delegations
        .iter()
        .find(|d| d.playable)
        .map(|d| d.id.clone())
        .ok_or_else(|| format!("{}: no playable delegation", scenario.display()))?;
    let mut cfg = HostConfig::new(model, &scenario.display().to_string(), &source);
    cfg.code = CODE.into();
    cfg.facilitator_code = format!("{CODE}-TEACHER");
    cfg.start_when = Some(1);
    cfg.rate = 1_000.0;
    let mut class = Class::new(cfg);
    let a = class.bot("Ana", Some(&first), Strategy::Coach);
    if !class.run_until(2_000, |c| c.remote(a).seat.is_some()) {
        return Err("the student was not seated".into());
    }
    class.send(a, Request::Debrief);
    let done = class.play_out(50_000) && class.run_until(20_000, |c| c.remote(a).debrief.is_some());
    if !done {
        return Err("the class did not end with the student's debrief".into());
    }
    Ok(std::mem::take(
        &mut *class.clients[a].world_mut().resource_mut::<RemoteRoom>(),
    ))
}

/// Puts the window where a student's window is at the end of that class.
pub(crate) fn show(commands: &mut Commands, room: RemoteRoom) {
    let mut seat = RemoteSeat::new(std::net::SocketAddr::from(([127, 0, 0, 1], 5740)), false);
    seat.briefed = true;
    commands.insert_resource(room);
    commands.insert_resource(seat);
    commands.init_resource::<super::console::ConsoleState>();
}

/// The lobby (where a class's debrief is drawn), without the network.
pub(crate) fn plugin(app: &mut App) {
    app.add_plugins(super::lobby::plugin);
}
