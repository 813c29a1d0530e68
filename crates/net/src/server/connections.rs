//! A connection's arrival and departure: its place in the class, silent connections let go,
//! and a seat's grace started when the last of its people leaves.

use bevy::prelude::*;
use bevy_replicon::prelude::*;

use super::{Client, Tables};

pub(super) fn connected(add: On<Add, AuthorizedClient>, mut class: ResMut<Tables>) {
    // Every connection comes in at the first table; its hello may seat it at another.
    class.seat_connection(add.entity, 0);
    let room = class.first_mut();
    let burst = room.cfg.rate * 2.0;
    room.clients.insert(
        add.entity,
        Client {
            name: String::new(),
            hello: false,
            facilitator: false,
            watching: false,
            seat: None,
            room_version: 0,
            log_sent: 0,
            private_sent: None,
            corridor_sent: None,
            bucket: burst,
            dropped: 0,
            kicked: false,
            wants_debrief: false,
        },
    );
}

/// Lets go every connection that has not said hello within `hello_within` seconds of
/// connecting, whether or not it passed replicon's own check: crafted connections that never
/// speak would otherwise hold the class's places for as long as they like.
pub(super) fn let_silent_go(
    connections: Query<Entity, With<ConnectedClient>>,
    mut class: ResMut<Tables>,
    time: Res<Time<Real>>,
    mut first_seen: Local<std::collections::HashMap<Entity, f32>>,
    mut kick: MessageWriter<DisconnectRequest>,
) {
    let now = time.elapsed_secs();
    first_seen.retain(|e, _| connections.contains(*e));
    for e in &connections {
        let since = *first_seen.entry(e).or_insert(now);
        let at = class.table_of(e).unwrap_or(0);
        let room = &mut class.tables[at];
        let spoke = room.clients.get(&e).is_some_and(|c| c.hello);
        if !spoke && now - since > room.cfg.hello_within {
            kick.write(DisconnectRequest { client: e });
            first_seen.insert(e, f32::INFINITY);
            room.stats.silent_let_go += 1;
        }
    }
}

pub(super) fn disconnected(
    remove: On<Remove, ConnectedClient>,
    mut class: ResMut<Tables>,
    time: Res<Time<Real>>,
) {
    let now = time.elapsed_secs();
    let Some(at) = class.forget_connection(remove.entity) else {
        return;
    };
    let room = &mut class.tables[at];
    if let Some(c) = room.clients.remove(&remove.entity) {
        if let Some(d) = c.seat {
            let h = &mut room.holders[d.index()];
            if h.client == Some(remove.entity) {
                h.client = None;
            }
            if let Some(p) = &mut h.partner
                && p.client == Some(remove.entity)
            {
                p.client = None;
            }
            // The grace starts when nobody of the seat is left.
            if !h.attended() {
                h.dropped_at = Some(now);
            }
        }
        room.lobby_dirty = true;
    }
}
