//! After the tick's requests: what changed goes to the clients that need it. The room's patch
//! is computed once and sent to everyone who had the previous version; a client that is behind
//! (new, reconnected, resynchronising) gets the whole room.

use bevy::prelude::*;
use bevy_replicon::prelude::*;
use zero_draft_engine::log::Event;
use zero_draft_engine::view::{Private, RoomView};

use super::{Classroom, Tables, post};
use crate::protocol::Post;
use crate::sync::{diff, log_sha256, room_text, wire_event};

/// Seconds between two records handed to the writing thread.
const SAVE_EVERY: f32 = 1.0;

pub(super) fn publish(
    mut out: MessageWriter<ToClients<Post>>,
    mut class: ResMut<Tables>,
    time: Res<Time<Real>>,
) {
    let now = time.elapsed_secs();
    // Tables take turns within the tick's budget, as their requests do: one not published
    // now is next tick (what changed there is still found then).
    let start = std::time::Instant::now();
    let n = class.tables.len();
    // The table whose requests were served first is published first.
    let first = class.published_first % n;
    for k in 0..n {
        let t = (first + k) % n;
        if k > 0 && start.elapsed() > super::between::TICK_BUDGET {
            break;
        }
        publish_table(&mut out, &mut class.tables[t], now);
    }
    if class.tables.len() > 1 {
        // The teachers' list of tables, when it changed or a teacher came to a table.
        let teachers: Vec<Entity> = class
            .tables
            .iter()
            .flat_map(|t| t.clients.iter())
            .filter(|(_, c)| c.hello && c.facilitator && !c.kicked)
            .map(|(e, _)| *e)
            .collect();
        let progress = class.progress();
        if progress != class.progress_sent || teachers != class.teachers_told {
            for &e in &teachers {
                post(&mut out, e, Post::Tables(progress.clone()));
            }
            class.progress_sent = progress;
            class.teachers_told = teachers;
        }
    }
}

fn publish_table(out: &mut MessageWriter<ToClients<Post>>, room: &mut Classroom, now: f32) {
    room.deliver_debriefs(out);
    if room.lobby_dirty {
        room.lobby_dirty = false;
        let lobby = room.lobby();
        for (&e, c) in &room.clients {
            if c.hello && !c.kicked {
                post(out, e, Post::Lobby(lobby.clone()));
            }
        }
    }
    let Some(s) = &room.session else {
        // Ended before it started: everyone is told at once, and nothing is recorded.
        if room.ended && !room.ended_told() {
            for (&e, c) in &room.clients {
                if c.hello && !c.kicked {
                    post(
                        out,
                        e,
                        Post::Ended {
                            log_sha256: log_sha256(&[]),
                            seed: room.cfg.seed,
                        },
                    );
                }
            }
            room.told_end = true;
        }
        return;
    };
    let stamp = (s.events().len(), s.inputs().len(), s.is_paused());
    // Private data is recomputed for everyone when the text, the stage or the ideas' salience
    // change, and for a seat that gave an input; otherwise it cannot have changed.
    let mut everyone = false;
    let mut acted: Vec<zero_draft_engine::seat::SeatName> = Vec::new();
    if stamp != room.stamp {
        room.stamp = stamp;
        room.stats.updates += 1;
        let view = RoomView::without_log(s, room.public.clone());
        let moment = (view.stage, view.phase, s.is_finished());
        if room.last_text.as_ref() != Some(&view.document) || room.last_moment != Some(moment) {
            everyone = true;
            room.last_text = Some(view.document.clone());
            room.last_moment = Some(moment);
        }
        everyone |= s.events()[room.scanned..]
            .iter()
            .any(|e| matches!(e, Event::Happened { .. }));
        let corridor = s.corridor_stamp();
        everyone |= corridor != room.last_corridor;
        room.last_corridor = corridor;
        acted.extend(
            s.inputs()[room.inputs_seen.min(s.inputs().len())..]
                .iter()
                .map(|i| i.seat.clone()),
        );
        room.inputs_seen = s.inputs().len();
        let text = room_text(&view);
        if text != room.room_text {
            let old = std::mem::replace(&mut room.room_text, text);
            room.prev = Some((room.room_version, old));
            room.room_version += 1;
        }
        for e in &s.events()[room.scanned..] {
            if !matches!(e, Event::Scored { .. }) {
                room.public_log.push(wire_event(e));
            }
        }
        room.scanned = s.events().len();
    }
    let patch = room
        .prev
        .as_ref()
        .map(|(v, old)| diff(*v, old, room.room_version, &room.room_text));
    // The whole room, for clients that are behind, is made once per tick however many are.
    let mut whole = None;
    for (&e, c) in room.clients.iter_mut() {
        if !c.hello || c.kicked {
            continue;
        }
        if c.room_version != room.room_version {
            let p = match &patch {
                Some(p) if p.base == c.room_version => p.clone(),
                _ => whole
                    .get_or_insert_with(|| diff(0, "", room.room_version, &room.room_text))
                    .clone(),
            };
            post(out, e, Post::Room(p));
            c.room_version = room.room_version;
        }
        if c.log_sent < room.public_log.len() {
            post(
                out,
                e,
                Post::Log {
                    from: c.log_sent,
                    events: room.public_log[c.log_sent..].to_vec(),
                },
            );
            c.log_sent = room.public_log.len();
        }
        // The facilitator sees the whole corridor.
        if c.facilitator && c.corridor_sent != Some(s.corridor_stamp()) {
            c.corridor_sent = Some(s.corridor_stamp());
            post(out, e, Post::Corridor(Box::new(s.corridor_whole())));
        }
        if let Some(d) = c.seat {
            let name = zero_draft_engine::seat::Seat::Delegation(d).name(s.model());
            if c.private_sent.is_some() && !everyone && !acted.contains(&name) {
                continue;
            }
            let private = Private::of(s, d);
            if c.private_sent.as_ref() != Some(&private) {
                post(out, e, Post::Private(Box::new(private.clone())));
                c.private_sent = Some(private);
            }
        }
    }
    room.prev = None;
    if (s.is_finished() || room.ended) && !room.ended_told() {
        room.ended = true;
        let sha = log_sha256(&room.public_log);
        let results = room.results_csv();
        for (&e, c) in &room.clients {
            if c.hello && !c.kicked {
                if c.facilitator {
                    post(out, e, Post::Results(results.clone()));
                } else if let Some(d) = c.seat {
                    // A student gets the header and their own row, nobody else's.
                    let id = &room.public.delegations[d.index()].id;
                    let own: String = results
                        .lines()
                        .enumerate()
                        .filter(|(k, l)| *k == 0 || l.split(',').nth(1) == Some(id.as_str()))
                        .map(|(_, l)| format!("{l}\n"))
                        .collect();
                    post(out, e, Post::Results(own));
                }
                post(
                    out,
                    e,
                    Post::Ended {
                        log_sha256: sha.clone(),
                        seed: room.cfg.seed,
                    },
                );
            }
        }
        room.told_end = true;
        room.save_final();
        room.begin_debriefs();
    } else if s.inputs().len() != room.saver.saved_inputs && now - room.last_save >= SAVE_EVERY {
        room.last_save = now;
        if let Some(r) = room.record() {
            room.saver.send(r);
        }
    }
}
