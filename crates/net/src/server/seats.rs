//! Who holds which seat: claims and assignments, the roster that keeps seats for students,
//! freeing a seat, and the grace after which the AI stands in for a student who has gone.

use bevy::prelude::*;
use bevy_replicon::prelude::*;
use zero_draft_engine::class::{Refusal, RequestKind};
use zero_draft_engine::model::DelegationId;
use zero_draft_engine::seat::{Controller, Seat};

use super::requests::Refused;
use super::{Classroom, post};
use crate::protocol::Post;

/// After a dropped student's grace period, the AI stands in until they come back.
pub(super) fn grace(mut class: ResMut<super::Tables>, time: Res<Time<Real>>) {
    for room in &mut class.tables {
        grace_at(room, time.elapsed_secs());
    }
}

fn grace_at(room: &mut Classroom, now: f32) {
    let Some(grace) = room.cfg.grace else {
        return;
    };
    let due: Vec<DelegationId> = room
        .holders
        .iter()
        .enumerate()
        .filter(|(_, h)| {
            !h.attended()
                && !h.stood_in
                && !h.taken_over
                && h.dropped_at.is_some_and(|t| now - t >= grace)
        })
        .map(|(d, _)| DelegationId::at(d))
        .collect();
    for d in due {
        room.holders[d.index()].stood_in = true;
        room.control(d, Controller::Ai);
    }
}

/// A member state (or a playable stakeholder) of this room.
pub(super) fn claimable(room: &Classroom, delegation: &str) -> Result<DelegationId, Refused> {
    let d = room.delegation_named(delegation).ok_or((
        RequestKind::Seat,
        Refusal::NoSuchDelegation(delegation.to_string()),
    ))?;
    let p = &room.public.delegations[d.index()];
    if !(p.may_block || p.playable) {
        return Err((RequestKind::Seat, Refusal::Observer(delegation.to_string())));
    }
    Ok(d)
}

/// Frees delegation `d`'s seat: its student is told, its token reclaims nothing, and the AI
/// plays it (unless the facilitator has taken it over) until someone is seated.
pub(super) fn free(
    room: &mut Classroom,
    d: DelegationId,
    out: &mut MessageWriter<ToClients<Post>>,
) {
    let token = room.token();
    let h = &mut room.holders[d.index()];
    let client = h.client.take();
    let partner = h.partner.take().and_then(|p| p.client);
    h.student = None;
    h.token = token;
    h.dropped_at = None;
    let taken_over = h.taken_over;
    for e in client.into_iter().chain(partner) {
        if let Some(c) = room.clients.get_mut(&e) {
            c.seat = None;
            c.private_sent = None;
            post(out, e, Post::Unseated);
        }
    }
    if room.started() && !taken_over {
        room.holders[d.index()].stood_in = true;
        room.control(d, Controller::Ai);
    }
    room.lobby_dirty = true;
}

/// Seats connection `to` as the partner of delegation `d`'s student (a share, or its
/// partner's reclaim by token): the seat comes back from the AI if it stood in.
pub(super) fn share(
    room: &mut Classroom,
    to: Entity,
    d: DelegationId,
    out: &mut MessageWriter<ToClients<Post>>,
) {
    let started = room.started();
    let h = &mut room.holders[d.index()];
    let Some(p) = &mut h.partner else {
        return;
    };
    p.client = Some(to);
    let token = p.token;
    h.dropped_at = None;
    let back = h.stood_in && started && !h.taken_over;
    h.stood_in = false;
    if back {
        room.control(d, Controller::Remote);
    }
    seated(room, to, d, token, out);
}

/// Gives connection `to` the seat of delegation `d` (a claim, an assignment or a reclaim).
pub(super) fn seat(
    room: &mut Classroom,
    to: Entity,
    d: DelegationId,
    out: &mut MessageWriter<ToClients<Post>>,
) {
    let name = room.clients[&to].name.clone();
    if let Some(old) = room.holders[d.index()].client
        && old != to
        && let Some(c) = room.clients.get_mut(&old)
    {
        c.seat = None;
    }
    let h = &mut room.holders[d.index()];
    h.student = Some(name);
    h.client = Some(to);
    h.dropped_at = None;
    let token = h.token;
    let back = h.stood_in || room.started();
    room.holders[d.index()].stood_in = false;
    if back && !room.holders[d.index()].taken_over {
        room.control(d, Controller::Remote);
    }
    seated(room, to, d, token, out);
}

/// Tells connection `to` it now plays delegation `d`'s seat, with the token that reclaims it.
fn seated(
    room: &mut Classroom,
    to: Entity,
    d: DelegationId,
    token: u64,
    out: &mut MessageWriter<ToClients<Post>>,
) {
    let c = room.clients.get_mut(&to).expect("a connected client");
    c.seat = Some(d);
    c.private_sent = None;
    post(
        out,
        to,
        Post::Seated {
            seat: Seat::Delegation(d),
            token,
        },
    );
    room.lobby_dirty = true;
}

/// Names match whatever their case and surrounding spaces.
pub(super) fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The student the roster keeps delegation `d`'s seat for.
pub(super) fn reserved_for(room: &Classroom, d: DelegationId) -> Option<String> {
    let id = &room.public.delegations[d.index()].id;
    room.cfg
        .roster
        .iter()
        .find(|r| r.delegation == *id)
        .map(|r| r.name.clone())
}

/// The free seat the roster gives the student on connection `from`.
pub(super) fn rostered_seat(room: &Classroom, from: Entity) -> Option<DelegationId> {
    let name = &room.clients[&from].name;
    let r = room.cfg.roster.iter().find(|r| same_name(&r.name, name))?;
    let d = room.delegation_named(&r.delegation)?;
    room.holders[d.index()].student.is_none().then_some(d)
}
