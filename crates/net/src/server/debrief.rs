//! Each student's own debrief once their table has ended: the objectives they missed with the
//! move that might have met them, and what each of their moves changed (the engine's
//! hindsight and what-if, `zero_draft_engine::hindsight`). Only the host runs the engine, so it
//! works them out, on a thread of its own (forks of a long game take seconds and the other
//! tables play on), for the seats whose students asked, and sends each to that seat only.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use bevy::prelude::*;
use bevy_replicon::prelude::*;
use zero_draft_engine::hindsight::{hindsight, own_moves};
use zero_draft_engine::model::DelegationId;

use super::{Classroom, post};
use crate::protocol::{Post, StudentDebrief};

/// Objectives looked into and moves tried per student: enough for a debrief, bounded so a
/// class of forty is answered within a minute or two.
const MAX_OBJECTIVES: usize = 4;
const MAX_MOVES: usize = 8;

/// The debriefs of one table.
pub(super) struct Debriefs {
    in_flight: HashSet<DelegationId>,
    /// The threads at work, each with its seats: one that stopped without answering (a
    /// panic in the engine) must not keep the host waiting for it.
    workers: Vec<(std::thread::JoinHandle<()>, Vec<DelegationId>)>,
    done: HashMap<DelegationId, Arc<StudentDebrief>>,
    tx: Sender<(DelegationId, StudentDebrief)>,
    /// In a mutex only so the class stays a shareable resource; one system reads it.
    rx: Mutex<Receiver<(DelegationId, StudentDebrief)>>,
}

impl Default for Debriefs {
    fn default() -> Debriefs {
        let (tx, rx) = channel();
        Debriefs {
            in_flight: HashSet::new(),
            workers: Vec::new(),
            done: HashMap::new(),
            tx,
            rx: Mutex::new(rx),
        }
    }
}

impl Classroom {
    /// A student asked for their debrief: worked out once the table has ended (at once if it
    /// has), and sent when ready.
    pub(super) fn ask_debrief(&mut self, from: Entity, out: &mut MessageWriter<ToClients<Post>>) {
        let Some(c) = self.clients.get_mut(&from) else {
            return;
        };
        c.wants_debrief = true;
        let Some(d) = c.seat else {
            return;
        };
        if !self.ended {
            return;
        }
        if self.debriefs.done.contains_key(&d) {
            self.deliver(d, out);
        } else {
            self.work_out([d].into());
        }
    }

    /// At the end of the table: the debriefs of every seat whose student asked.
    pub(super) fn begin_debriefs(&mut self) {
        let seats: BTreeSet<DelegationId> = self
            .clients
            .values()
            .filter(|c| c.wants_debrief && !c.kicked)
            .filter_map(|c| c.seat)
            .collect();
        self.work_out(seats);
    }

    fn work_out(&mut self, seats: BTreeSet<DelegationId>) {
        let seats: Vec<DelegationId> = seats
            .into_iter()
            .filter(|d| !self.debriefs.in_flight.contains(d) && !self.debriefs.done.contains_key(d))
            .collect();
        // Nothing new to work out (a student asking again): nothing is copied.
        if seats.is_empty() {
            return;
        }
        let (Some(session), Some(record)) = (self.session.clone(), self.record()) else {
            return;
        };
        let tx = self.debriefs.tx.clone();
        let work = seats.clone();
        let spawned = std::thread::Builder::new()
            .name("debriefs".into())
            .spawn(move || {
                let model = session.model_arc();
                for d in work {
                    let debrief = StudentDebrief {
                        missed: hindsight(&session, &record, d, MAX_OBJECTIVES),
                        moves: own_moves(&model, &record, d, MAX_MOVES),
                        moves_made: own_moves_made(&record, &model, d),
                    };
                    if tx.send((d, debrief)).is_err() {
                        return;
                    }
                }
            });
        match spawned {
            Ok(handle) => {
                self.debriefs.in_flight.extend(seats.iter().copied());
                self.debriefs.workers.push((handle, seats));
            }
            Err(e) => error!("cannot work out the students' debriefs: {e}"),
        }
    }

    /// Sends the debriefs worked out since the last tick.
    pub(super) fn deliver_debriefs(&mut self, out: &mut MessageWriter<ToClients<Post>>) {
        // Threads that have stopped have sent all they will, so what they sent is in the
        // channel by now: take it, and their seats still waiting never get an answer (a
        // panic in the engine must not keep the host waiting).
        let (stopped, working): (Vec<_>, Vec<_>) = std::mem::take(&mut self.debriefs.workers)
            .into_iter()
            .partition(|(h, _)| h.is_finished());
        self.debriefs.workers = working;
        while let Some((d, debrief)) = self
            .debriefs
            .rx
            .get_mut()
            .ok()
            .and_then(|rx| rx.try_recv().ok())
        {
            self.debriefs.in_flight.remove(&d);
            self.debriefs.done.insert(d, Arc::new(debrief));
            self.deliver(d, out);
        }
        for (handle, seats) in stopped {
            let lost = seats
                .iter()
                .filter(|d| self.debriefs.in_flight.remove(d))
                .count();
            if handle.join().is_err() || lost > 0 {
                error!("the debriefs of {lost} seat(s) could not be worked out");
            }
        }
    }

    /// The seat's debrief to each of its connections that asked and has not had it.
    fn deliver(&mut self, d: DelegationId, out: &mut MessageWriter<ToClients<Post>>) {
        let Some(debrief) = self.debriefs.done.get(&d).cloned() else {
            return;
        };
        for (&e, c) in &mut self.clients {
            if c.wants_debrief && c.seat == Some(d) && !c.kicked {
                post(out, e, Post::Debrief(Box::new((*debrief).clone())));
                c.wants_debrief = false;
            }
        }
    }

    /// Debriefs still being worked out: the host stays until they are sent.
    pub fn debriefs_pending(&self) -> bool {
        !self.debriefs.in_flight.is_empty()
    }
}

/// How many floor moves the delegation made (beyond passing and joining).
fn own_moves_made(
    record: &zero_draft_engine::record::GameRecord,
    model: &zero_draft_engine::model::Model,
    d: DelegationId,
) -> usize {
    let Some(delegation) = model.delegations.get(d.index()) else {
        return 0;
    };
    let name = zero_draft_engine::seat::SeatName::Delegation(delegation.id.clone());
    record
        .inputs
        .iter()
        .filter(|i| i.seat == name && zero_draft_engine::hindsight::is_floor_move(&i.command))
        .count()
}
