//! The class results: one row per student, for the teacher's spreadsheet and the debrief.

use zero_draft_engine::corridor::PromiseState;
use zero_draft_engine::log::{Event, Position};
use zero_draft_engine::model::DelegationId;
use zero_draft_engine::seat::{Controller, Seat};

use super::Classroom;

impl Classroom {
    /// CSV: student, delegation, objectives met, objectives, score, relationships (the
    /// room's regard, 50 neutral), position at adoption, paragraphs dissociated from; then
    /// the rubric: the score's objective and consensus parts, what the student did on the
    /// floor (tabled, co-sponsored, objected), in how many of the rounds played it did any of
    /// it, and the corridor promises it kept and broke.
    pub fn results_csv(&self) -> String {
        let mut out = String::from(
            "student,delegation,objectives_met,objectives,score,relationships,position,dissociated,\
             objective_points,consensus_points,tabled,cosponsored,objected,rounds_active,rounds,\
             promises_kept,promises_broken\n",
        );
        let Some(s) = &self.session else {
            return out;
        };
        for (d, h) in self.holders.iter().enumerate() {
            let Some(student) = h.students() else {
                continue;
            };
            let d = DelegationId::at(d);
            let score = s.events().iter().rev().find_map(|e| match e {
                Event::Scored { delegation, score } if *delegation == d => Some(score),
                _ => None,
            });
            let position = s.events().iter().rev().find_map(|e| match e {
                Event::PositionTaken {
                    delegation,
                    position,
                    ..
                } if *delegation == d => Some(position),
                _ => None,
            });
            let (pos, dissociated) = match position {
                Some(Position::Join) => ("join", String::new()),
                // Paragraph ids may hold spaces ("23 bis"): a semicolon parts them.
                Some(Position::Dissociate(p)) => ("dissociate", p.join("; ")),
                Some(Position::Block) => ("block", String::new()),
                None => ("", String::new()),
            };
            let (met, total, points, regard) = score.map_or((0, 0, 0.0, 0.0), |x| {
                (
                    x.objectives.iter().filter(|o| o.met).count(),
                    x.objectives.len(),
                    x.total,
                    x.relationship_points,
                )
            });
            let (objective_points, consensus_points) =
                score.map_or((0.0, 0.0), |x| (x.objective_points, x.consensus_points));
            let floor = floor_record(s.events(), d, s.opening_controller(Seat::Delegation(d)));
            let (kept, broken) =
                s.corridor()
                    .2
                    .iter()
                    .filter(|c| c.by == d)
                    .fold((0, 0), |(k, b), c| match c.state {
                        PromiseState::Kept => (k + 1, b),
                        PromiseState::Broken => (k, b + 1),
                        _ => (k, b),
                    });
            out += &format!(
                "{},{},{met},{total},{points:.1},{regard:.1},{pos},{},{objective_points:.1},{consensus_points:.1},{},{},{},{},{},{kept},{broken}\n",
                csv(&student),
                csv(&self.public.delegations[d.index()].id),
                csv(&dissociated),
                floor.tabled,
                floor.cosponsored,
                floor.objected,
                floor.rounds_active,
                floor.rounds,
            );
        }
        out
    }
}

/// What a delegation's student did on the floor, and in how many rounds it did anything:
/// moves the AI made standing in, or the teacher made holding the seat, are not the student's.
#[derive(Default)]
struct Floor {
    tabled: u32,
    cosponsored: u32,
    objected: u32,
    rounds_active: u32,
    rounds: u32,
}

fn floor_record(events: &[Event], d: DelegationId, opening: Controller) -> Floor {
    let mut f = Floor::default();
    let mut active_this_round = false;
    let mut student = opening == Controller::Remote;
    for e in events {
        if let Event::ControlChanged { seat, controller } = e
            && *seat == Seat::Delegation(d)
        {
            student = *controller == Controller::Remote;
        }
        let mine = |who: &DelegationId| *who == d && student;
        let acted = match e {
            Event::RoundStarted { .. } => {
                f.rounds += 1;
                active_this_round = false;
                false
            }
            Event::Tabled { proposer, .. } if mine(proposer) => {
                f.tabled += 1;
                true
            }
            Event::CoSponsored { delegation, .. } if mine(delegation) => {
                f.cosponsored += 1;
                true
            }
            Event::Objected { delegation, .. } if mine(delegation) => {
                f.objected += 1;
                true
            }
            _ => false,
        };
        if acted && !active_this_round {
            active_this_round = true;
            f.rounds_active += 1;
        }
    }
    f
}

fn csv(field: &str) -> String {
    // A leading = + - @ would be read as a formula by spreadsheets.
    let f = if field.starts_with(['=', '+', '-', '@']) {
        format!("'{field}")
    } else {
        field.to_string()
    };
    if f.contains([',', '"', '\n']) {
        format!("\"{}\"", f.replace('"', "\"\""))
    } else {
        f
    }
}
