//! Parallel tables: one host runs several rooms of the same scenario and seed, each its own
//! session with its own seats, record and results. A connection sits at one table at a time;
//! students are placed by the roster, by their choice in the lobby, or evenly, and the
//! teacher's console moves between tables and may speak to all of them at once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::{Classroom, HostConfig};

/// One table's progress, as the teacher's console lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableProgress {
    /// Students connected at the table.
    pub students: usize,
    /// Seats held by students.
    pub seated: usize,
    pub started: bool,
    pub paused: bool,
    pub ended: bool,
    /// The phase (from 0) and the round within it, once started.
    pub phase: usize,
    pub round: usize,
    /// Events in the public log so far.
    pub events: usize,
}

/// Every table of the class, and where each connection sits.
#[derive(Resource)]
pub struct Tables {
    pub tables: Vec<Classroom>,
    at: HashMap<Entity, usize>,
    pub(super) progress_sent: Vec<TableProgress>,
    /// The teachers' connections that list was sent to.
    pub(super) teachers_told: Vec<Entity>,
    /// Requests waiting for their table's turn, and the table served first next tick.
    pub(super) queues: Vec<std::collections::VecDeque<(Entity, crate::protocol::Request)>>,
    pub(super) next_served: usize,
    /// The table served first this tick, which is published first too.
    pub(super) published_first: usize,
}

impl Tables {
    /// `cfg.tables` rooms of the same scenario and seed. With several, table `k`'s record is
    /// `<record>-table<k+1>.ron`, and the roster's students go to the table it names or, when
    /// it names none, to the tables in turn in roster order.
    pub fn new(cfg: HostConfig) -> Tables {
        let n = cfg.tables.max(1);
        let tables: Vec<Classroom> = (0..n)
            .map(|k| {
                let mut c = cfg.clone();
                if n > 1 {
                    c.record = cfg.record.as_deref().map(|p| table_path(p, k));
                    c.resume = cfg.resume.clone().filter(|_| k == 0);
                    c.roster = cfg
                        .roster
                        .iter()
                        .enumerate()
                        .filter(|(i, r)| r.table.unwrap_or(i % n) == k)
                        .map(|(_, r)| r.clone())
                        .collect();
                }
                Classroom::new(c)
            })
            .collect();
        Tables {
            tables,
            at: HashMap::new(),
            progress_sent: Vec::new(),
            teachers_told: Vec::new(),
            queues: vec![Default::default(); n],
            next_served: 0,
            published_first: 0,
        }
    }

    /// The first (with one table, the only) table.
    pub fn first(&self) -> &Classroom {
        &self.tables[0]
    }
    pub fn first_mut(&mut self) -> &mut Classroom {
        &mut self.tables[0]
    }

    /// Every table has ended and told its clients.
    pub fn ended_told(&self) -> bool {
        self.tables.iter().all(Classroom::ended_told)
    }

    /// Students' debriefs still being worked out at some table.
    pub fn debriefs_pending(&self) -> bool {
        self.tables.iter().any(Classroom::debriefs_pending)
    }

    /// Ends every table now, as the teacher's `end` does.
    pub fn end_class(&mut self) {
        for t in &mut self.tables {
            t.end_class();
        }
    }

    /// Writes every table's record now.
    pub fn save_now(&mut self) -> std::io::Result<()> {
        let mut result = Ok(());
        for t in &mut self.tables {
            if let Err(e) = t.save_now() {
                result = Err(e);
            }
        }
        result
    }

    /// The table a connection sits at.
    pub fn table_of(&self, e: Entity) -> Option<usize> {
        self.at.get(&e).copied()
    }

    pub(super) fn seat_connection(&mut self, e: Entity, at: usize) {
        self.at.insert(e, at);
    }

    pub(super) fn forget_connection(&mut self, e: Entity) -> Option<usize> {
        self.at.remove(&e)
    }

    /// Moves a connection (and what the server knows of it) to table `to`; it is sent that
    /// table's room from nothing.
    pub(super) fn move_connection(&mut self, e: Entity, to: usize) {
        let Some(from) = self.table_of(e) else {
            return;
        };
        if from == to || to >= self.tables.len() {
            return;
        }
        // A seat belongs to its table: a seated connection never moves.
        if self.tables[from]
            .clients
            .get(&e)
            .is_none_or(|c| c.seat.is_some())
        {
            return;
        }
        let Some(mut c) = self.tables[from].clients.remove(&e) else {
            return;
        };
        c.room_version = 0;
        c.log_sent = 0;
        c.private_sent = None;
        c.corridor_sent = None;
        self.tables[to].clients.insert(e, c);
        self.tables[from].lobby_dirty = true;
        self.tables[to].lobby_dirty = true;
        self.at.insert(e, to);
    }

    /// Where a student who says hello should sit: the table whose seat its token reclaims,
    /// the one it asked for, the one whose roster lists it, or the one with the fewest
    /// students (a projector or observer that asks for none watches the first).
    pub(super) fn table_for(
        &self,
        name: &str,
        token: Option<u64>,
        asked: Option<usize>,
        watching: bool,
    ) -> usize {
        if let Some(t) = token.filter(|t| *t != 0)
            && let Some(k) = self
                .tables
                .iter()
                .position(|c| c.holders.iter().any(|h| h.token == t))
        {
            return k;
        }
        if let Some(k) = asked
            .and_then(|n| n.checked_sub(1))
            .filter(|k| *k < self.tables.len())
        {
            return k;
        }
        if watching {
            return 0;
        }
        if let Some(k) = self.tables.iter().position(|c| {
            c.cfg
                .roster
                .iter()
                .any(|r| super::seats::same_name(&r.name, name))
        }) {
            return k;
        }
        (0..self.tables.len())
            .min_by_key(|&k| {
                let c = &self.tables[k];
                let students = c
                    .clients
                    .values()
                    .filter(|c| c.hello && !c.facilitator && !c.watching)
                    .count();
                let seated = c.holders.iter().filter(|h| h.student.is_some()).count();
                (c.started(), students.max(seated), k)
            })
            .unwrap_or(0)
    }

    pub fn progress(&self) -> Vec<TableProgress> {
        self.tables.iter().map(Classroom::progress).collect()
    }
}

impl Classroom {
    fn progress(&self) -> TableProgress {
        let (phase, round, paused) = self.session.as_ref().map_or((0, 0, false), |s| {
            (s.phase(), s.round() as usize, s.is_paused())
        });
        TableProgress {
            students: self
                .clients
                .values()
                .filter(|c| c.hello && !c.facilitator && !c.watching)
                .count(),
            seated: self.holders.iter().filter(|h| h.student.is_some()).count(),
            started: self.started(),
            paused,
            ended: self.ended || self.session.as_ref().is_some_and(|s| s.is_finished()),
            phase,
            round,
            events: self.public_log.len(),
        }
    }
}

/// `class-abcd.ron` → `class-abcd-table2.ron` for the table at index 1.
pub fn table_path(p: &Path, k: usize) -> PathBuf {
    let stem = p
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = p
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    p.with_file_name(format!("{stem}-table{}{ext}", k + 1))
}
