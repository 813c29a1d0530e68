//! Requests that concern the class's tables rather than one table: where a hello seats a
//! connection, moving between tables, the teacher's request at every table, and the tables'
//! turns within a tick.

use bevy::prelude::*;
use bevy_replicon::prelude::*;
use zero_draft_engine::class::{Refusal, RequestKind};

use super::requests::{Refused, handle};
use super::{Tables, post};
use crate::protocol::{Post, Request};

/// Time one tick gives the tables' requests, and then their updates: past it, the tables not
/// yet served wait for the next tick (a turn of the engine at one table takes milliseconds; four
/// at once would make every student's tick wait for all of them). The first table is always
/// served whole, its updates are sent first in the same tick, and the next tick starts where
/// this one stopped: a busy table has a tick to itself.
pub(super) const TICK_BUDGET: std::time::Duration = std::time::Duration::from_millis(1);

pub(super) fn serve_tables(
    class: &mut Tables,
    out: &mut MessageWriter<ToClients<Post>>,
    kick: &mut MessageWriter<DisconnectRequest>,
) {
    let start = std::time::Instant::now();
    let n = class.tables.len();
    let first = class.next_served % n;
    class.published_first = first;
    for k in 0..n {
        let t = (first + k) % n;
        if k > 0 && start.elapsed() > TICK_BUDGET {
            class.next_served = t;
            return;
        }
        for (from, request) in std::mem::take(&mut class.queues[t]) {
            // Gone, or moved to another table since it asked: nothing to answer here.
            if class.table_of(from) != Some(t) || !class.tables[t].clients.contains_key(&from) {
                continue;
            }
            if let Err((what, why)) = handle(&mut class.tables[t], from, request, out, kick) {
                class.tables[t].stats.refused += 1;
                post(out, from, Post::Refused { what, why });
            }
        }
    }
    class.next_served = (first + 1) % n;
}

/// With several tables, a student's hello first seats the connection at its table (the
/// teacher stays where it is); the client is told which.
pub(super) fn seat_for_hello(
    class: &mut Tables,
    from: Entity,
    hello: &Request,
    out: &mut MessageWriter<ToClients<Post>>,
) {
    let Request::Hello {
        code,
        name,
        token,
        watching,
        table,
        ..
    } = hello
    else {
        return;
    };
    let tables = class.tables.len();
    // Only a first hello places a connection: one already in the room stays where it is.
    let at = class.table_of(from).unwrap_or(0);
    if class.tables[at].clients.get(&from).is_none_or(|c| c.hello) {
        return;
    }
    let first = class.first();
    let teacher = !first.cfg.facilitator_code.is_empty() && *code == first.cfg.facilitator_code;
    if tables < 2 || *code != first.cfg.code && !teacher {
        return;
    }
    let to = if teacher {
        class.table_of(from).unwrap_or(0)
    } else {
        class.table_for(name, *token, *table, *watching)
    };
    class.move_connection(from, to);
    post(out, from, Post::AtTable { table: to, tables });
}

/// A connection asks to sit at table `n` (from 1): the teacher at any time, a student while
/// it holds no seat.
pub(super) fn to_table(
    class: &mut Tables,
    from: Entity,
    n: usize,
    out: &mut MessageWriter<ToClients<Post>>,
) -> Result<(), Refused> {
    let at = class.table_of(from).unwrap_or(0);
    let c = &class.tables[at].clients[&from];
    if !c.hello {
        return Err((RequestKind::Any, Refusal::HelloFirst));
    }
    if c.seat.is_some() {
        return Err((RequestKind::Table, Refusal::AlreadySeated));
    }
    let to = n.checked_sub(1).filter(|k| *k < class.tables.len());
    let to = to.ok_or((RequestKind::Table, Refusal::NoSuchTable(n)))?;
    class.move_connection(from, to);
    post(
        out,
        from,
        Post::AtTable {
            table: to,
            tables: class.tables.len(),
        },
    );
    Ok(())
}

/// The teacher's request at every table in turn (pause, resume, announce, start, end). The
/// first refusal is reported; the other tables still got the request.
pub(super) fn everywhere(
    class: &mut Tables,
    from: Entity,
    request: Request,
    out: &mut MessageWriter<ToClients<Post>>,
    kick: &mut MessageWriter<DisconnectRequest>,
) -> Result<(), Refused> {
    let at = class.table_of(from).unwrap_or(0);
    let me = class.tables[at].clients[&from].clone();
    if !me.facilitator {
        return Err((RequestKind::Any, Refusal::FacilitatorOnly));
    }
    if matches!(
        request,
        Request::Hello { .. } | Request::Table(_) | Request::Everywhere(_)
    ) {
        return Err((RequestKind::Any, Refusal::FacilitatorOnly));
    }
    let mut first = Ok(());
    for k in 0..class.tables.len() {
        let room = &mut class.tables[k];
        // At the other tables the teacher is a visitor for this one request.
        let visiting = k != at;
        if visiting {
            room.clients.insert(from, me.clone());
        }
        let result = handle(room, from, request.clone(), out, kick);
        if visiting {
            room.clients.remove(&from);
        }
        if first.is_ok() {
            first = result;
        }
    }
    first
}
