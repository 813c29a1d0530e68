//! Each request a client sends, checked against who the connection is.

use bevy::prelude::*;
use bevy_replicon::prelude::*;
use zero_draft_engine::class::{Farewell, Refusal, RequestKind};
use zero_draft_engine::model::DelegationId;
use zero_draft_engine::seat::{Command, Controller, Seat};

use super::seats::{claimable, free, reserved_for, rostered_seat, same_name, seat, share};
use super::{Classroom, Tables, post};
use crate::protocol::{MAX_TEXT, PROTOCOL_VERSION, Post, Request};

/// A client that keeps sending past its rate after this many dropped requests is disconnected.
const DROPS_BEFORE_KICK: u32 = 200;

pub(super) fn receive(
    mut incoming: MessageReader<FromClient<Request>>,
    mut out: MessageWriter<ToClients<Post>>,
    mut kick: MessageWriter<DisconnectRequest>,
    mut class: ResMut<Tables>,
    time: Res<Time<Real>>,
) {
    let dt = time.delta_secs();
    for room in &mut class.tables {
        let rate = room.cfg.rate;
        for c in room.clients.values_mut() {
            c.bucket = (c.bucket + dt * rate).min(rate * 2.0);
        }
    }
    for FromClient { client_id, message } in incoming.read() {
        let Some(from) = client_id.entity() else {
            continue;
        };
        let Some(at) = class.table_of(from) else {
            continue;
        };
        let room = &mut class.tables[at];
        let Some(c) = room.clients.get_mut(&from) else {
            continue;
        };
        if c.kicked {
            continue;
        }
        if c.bucket < 1.0 {
            c.dropped += 1;
            if c.dropped > DROPS_BEFORE_KICK {
                c.kicked = true;
                let seat = c.seat.take();
                post(&mut out, from, Post::Goodbye(Farewell::TooManyMessages));
                kick.write(DisconnectRequest { client: from });
                room.stats.kicked += 1;
                // Its seat is free from now, as if the connection had dropped.
                if let Some(d) = seat {
                    let h = &mut room.holders[d.index()];
                    if h.client == Some(from) {
                        h.client = None;
                    }
                    if let Some(p) = &mut h.partner
                        && p.client == Some(from)
                    {
                        p.client = None;
                    }
                    if !h.attended() {
                        h.dropped_at = Some(time.elapsed_secs());
                    }
                    room.lobby_dirty = true;
                }
            }
            continue;
        }
        c.bucket -= 1.0;
        let result = match message.clone() {
            Request::Table(n) => super::between::to_table(&mut class, from, n, &mut out),
            Request::Everywhere(inner) => {
                super::between::everywhere(&mut class, from, *inner, &mut out, &mut kick)
            }
            hello @ Request::Hello { .. } => {
                super::between::seat_for_hello(&mut class, from, &hello, &mut out);
                let at = class.table_of(from).unwrap_or(0);
                handle(&mut class.tables[at], from, hello, &mut out, &mut kick)
            }
            request => {
                class.queues[at].push_back((from, request));
                Ok(())
            }
        };
        if let Err((what, why)) = result {
            let at = class.table_of(from).unwrap_or(0);
            class.tables[at].stats.refused += 1;
            post(&mut out, from, Post::Refused { what, why });
        }
    }
    super::between::serve_tables(&mut class, &mut out, &mut kick);
    for room in &mut class.tables {
        if let Some(n) = room.cfg.start_when {
            let claimed = room.holders.iter().filter(|h| h.student.is_some()).count();
            if !room.started() && claimed >= n {
                room.start();
            }
        }
    }
}

pub(super) type Refused = (RequestKind, Refusal);

pub(super) fn handle(
    room: &mut Classroom,
    from: Entity,
    request: Request,
    out: &mut MessageWriter<ToClients<Post>>,
    kick: &mut MessageWriter<DisconnectRequest>,
) -> Result<(), Refused> {
    let hello = room.clients[&from].hello;
    let facilitator = room.clients[&from].facilitator;
    match request {
        Request::Hello {
            version,
            code,
            name,
            token,
            watching,
            table: _,
        } => {
            if version != PROTOCOL_VERSION {
                bye(
                    room,
                    from,
                    out,
                    kick,
                    Farewell::WrongVersion {
                        class: PROTOCOL_VERSION,
                        client: version,
                    },
                );
                return Ok(());
            }
            let teacher =
                !room.cfg.facilitator_code.is_empty() && code == room.cfg.facilitator_code;
            if !teacher && code != room.cfg.code {
                bye(room, from, out, kick, Farewell::WrongCode);
                return Ok(());
            }
            let name = clean_name(&name, room.clients.len());
            let c = room.clients.get_mut(&from).expect("checked above");
            c.hello = true;
            c.facilitator = teacher;
            c.watching = watching && !teacher;
            c.name = name;
            post(
                out,
                from,
                Post::Welcome {
                    scenario: room.public.clone(),
                    facilitator: teacher,
                    events: if teacher {
                        room.cfg
                            .model
                            .scenario
                            .schedule
                            .events
                            .iter()
                            .map(|e| (e.id.clone(), e.description.to_string()))
                            .collect()
                    } else {
                        Vec::new()
                    },
                },
            );
            if let Some(t) = token
                && let Some(d) = room.holders.iter().position(|h| h.token == t && t != 0)
            {
                seat(room, from, DelegationId::at(d), out);
            } else if let Some(t) = token
                && let Some(d) = room
                    .holders
                    .iter()
                    .position(|h| h.partner.as_ref().is_some_and(|p| p.token == t && t != 0))
            {
                share(room, from, DelegationId::at(d), out);
            } else if !teacher
                && !watching
                && let Some(d) = rostered_seat(room, from)
            {
                // The roster seats a student by name, on a seat nobody holds.
                room.holders[d.index()].token = room.token();
                seat(room, from, d, out);
            }
            room.lobby_dirty = true;
            Ok(())
        }
        _ if !hello => Err((RequestKind::Any, Refusal::HelloFirst)),
        Request::Claim { delegation } => {
            if facilitator {
                return Err((RequestKind::Claim, Refusal::FacilitatorClaims));
            }
            if room.clients[&from].watching {
                return Err((RequestKind::Claim, Refusal::Watching));
            }
            if room.clients[&from].seat.is_some() {
                return Err((RequestKind::Claim, Refusal::AlreadySeated));
            }
            let d = claimable(room, &delegation)?;
            // A seat held by a student who has gone is theirs to take back by name (a class
            // resumed from its record, a laptop that lost its seat token).
            let h = &room.holders[d.index()];
            let theirs = h.client.is_none()
                && h.student
                    .as_deref()
                    .is_some_and(|s| same_name(s, &room.clients[&from].name));
            if h.student.is_some() && !theirs {
                return Err((RequestKind::Claim, Refusal::Taken(delegation)));
            }
            if let Some(student) = reserved_for(room, d)
                && !same_name(&student, &room.clients[&from].name)
            {
                return Err((
                    RequestKind::Claim,
                    Refusal::Reserved {
                        delegation,
                        student,
                    },
                ));
            }
            room.holders[d.index()].token = room.token();
            seat(room, from, d, out);
            Ok(())
        }
        Request::Share { delegation } => {
            let c = &room.clients[&from];
            if facilitator {
                return Err((RequestKind::Claim, Refusal::FacilitatorClaims));
            }
            if c.watching {
                return Err((RequestKind::Claim, Refusal::Watching));
            }
            if c.seat.is_some() {
                return Err((RequestKind::Claim, Refusal::AlreadySeated));
            }
            let name = c.name.clone();
            let d = claimable(room, &delegation)?;
            let h = &room.holders[d.index()];
            if h.student.is_none() {
                return Err((RequestKind::Claim, Refusal::NotHeld(delegation)));
            }
            if h.partner
                .as_ref()
                .is_some_and(|p| !same_name(&p.name, &name))
            {
                return Err((RequestKind::Claim, Refusal::Taken(delegation)));
            }
            if h.partner.is_none() {
                let token = room.token();
                room.holders[d.index()].partner = Some(super::Partner {
                    name,
                    token,
                    client: None,
                });
            }
            share(room, from, d, out);
            Ok(())
        }
        Request::Assign {
            student,
            delegation,
        } => {
            need_facilitator(facilitator, RequestKind::Assign)?;
            let d = claimable(room, &delegation)?;
            // A seat whose student is gone may be given to another: the teacher reseats.
            let h = &room.holders[d.index()];
            if h.student.is_some() && h.client.is_some() {
                return Err((RequestKind::Assign, Refusal::Taken(delegation)));
            }
            let to = room
                .clients
                .iter()
                .find(|(_, c)| {
                    c.name == student && c.seat.is_none() && !c.facilitator && !c.watching
                })
                .map(|(e, _)| *e)
                .ok_or((RequestKind::Assign, Refusal::NoWaitingStudent(student)))?;
            room.holders[d.index()].token = room.token();
            seat(room, to, d, out);
            Ok(())
        }
        Request::Free { delegation } => {
            need_facilitator(facilitator, RequestKind::Free)?;
            let d = claimable(room, &delegation)?;
            if room.holders[d.index()].student.is_none() {
                return Err((RequestKind::Free, Refusal::NotHeld(delegation)));
            }
            free(room, d, out);
            Ok(())
        }
        Request::Command(command) => {
            let seat = if facilitator {
                Seat::Facilitator
            } else {
                let d = room.clients[&from]
                    .seat
                    .ok_or((RequestKind::Command, Refusal::NoSeat))?;
                if room.holders[d.index()].taken_over {
                    return Err((RequestKind::Command, Refusal::TakenOver));
                }
                Seat::Delegation(d)
            };
            if let Command::Announce(text) = &command
                && text.len() > MAX_TEXT
            {
                return Err((RequestKind::Announce, Refusal::TooLong));
            }
            let s = room
                .session
                .as_mut()
                .ok_or((RequestKind::Command, Refusal::NotStarted))?;
            s.input(seat, command)
                .map_err(|e| (RequestKind::Command, Refusal::Session(e)))?;
            // On a shared seat the record names which student made the move.
            if let Seat::Delegation(d) = seat
                && room.holders[d.index()].partner.is_some()
            {
                let n = s.inputs().len().saturating_sub(1);
                room.shared_moves
                    .push((n, room.clients[&from].name.clone()));
            }
            Ok(())
        }
        Request::TakeOver { delegation } | Request::Release { delegation } if !facilitator => {
            let _ = delegation;
            Err((RequestKind::TakeOver, Refusal::FacilitatorOnly))
        }
        Request::TakeOver { .. } | Request::Release { .. } if room.session.is_none() => {
            // Before the start there is no game to take a seat over in.
            Err((RequestKind::TakeOver, Refusal::NotStarted))
        }
        Request::TakeOver { delegation } => {
            let d = claimable(room, &delegation)?;
            room.holders[d.index()].taken_over = true;
            room.control(d, Controller::Person);
            room.lobby_dirty = true;
            Ok(())
        }
        Request::Release { delegation } => {
            let d = claimable(room, &delegation)?;
            let h = &mut room.holders[d.index()];
            h.taken_over = false;
            let back = if h.client.is_some() {
                Controller::Remote
            } else {
                Controller::Ai
            };
            room.control(d, back);
            room.lobby_dirty = true;
            Ok(())
        }
        Request::ActAs {
            delegation,
            command,
        } => {
            need_facilitator(facilitator, RequestKind::ActAs)?;
            let d = claimable(room, &delegation)?;
            if !room.holders[d.index()].taken_over {
                return Err((RequestKind::ActAs, Refusal::TakeOverFirst(delegation)));
            }
            let s = room
                .session
                .as_mut()
                .ok_or((RequestKind::ActAs, Refusal::NotStarted))?;
            s.input(Seat::Delegation(d), command)
                .map_err(|e| (RequestKind::ActAs, Refusal::Session(e)))
        }
        Request::Start => {
            need_facilitator(facilitator, RequestKind::Start)?;
            if room.session.is_none() && room.holders.iter().all(|h| h.student.is_none()) {
                return Err((RequestKind::Start, Refusal::NobodySeated));
            }
            room.start();
            Ok(())
        }
        Request::End => {
            need_facilitator(facilitator, RequestKind::End)?;
            room.end_now();
            Ok(())
        }
        request @ (Request::Reasons(_)
        | Request::Advise { .. }
        | Request::Predict(_)
        | Request::Suggest(_)
        | Request::CorridorHints
        | Request::Debrief) => super::advice::answer(room, from, request, out),
        // Between tables, handled by the class before any one table sees a request.
        Request::Table(_) | Request::Everywhere(_) => {
            Err((RequestKind::Table, Refusal::FacilitatorOnly))
        }
        Request::Resync => {
            let c = room.clients.get_mut(&from).expect("checked above");
            c.room_version = 0;
            c.log_sent = 0;
            c.private_sent = None;
            c.corridor_sent = None;
            Ok(())
        }
    }
}

fn need_facilitator(facilitator: bool, what: RequestKind) -> Result<(), Refused> {
    if facilitator {
        Ok(())
    } else {
        Err((what, Refusal::FacilitatorOnly))
    }
}

fn bye(
    room: &mut Classroom,
    from: Entity,
    out: &mut MessageWriter<ToClients<Post>>,
    kick: &mut MessageWriter<DisconnectRequest>,
    why: Farewell,
) {
    post(out, from, Post::Goodbye(why));
    kick.write(DisconnectRequest { client: from });
    if let Some(c) = room.clients.get_mut(&from) {
        c.kicked = true;
    }
}

fn clean_name(name: &str, n: usize) -> String {
    let name: String = name
        .chars()
        .filter(|c| !c.is_control())
        .take(40)
        .collect::<String>()
        .trim()
        .to_string();
    if name.is_empty() {
        format!("student {}", n)
    } else {
        name
    }
}
