//! Properties of every game, over many seeds of the tutorial and a synthetic room.

use std::collections::BTreeSet;
use std::sync::Arc;

use zero_draft_engine::Model;
use zero_draft_engine::log::{Event, Position};
use zero_draft_engine::session::Session;
use zero_draft_engine::simulate::play;

use super::tutorial;

fn games() -> Vec<Session> {
    let t = tutorial();
    let synthetic = Arc::new(Model::new(zero_draft_engine::synthetic::scenario(
        30, 24, 8,
    )));
    (0..40)
        .map(|seed| play(&t, seed))
        .chain((0..5).map(|seed| play(&synthetic, seed)))
        .collect()
}

#[test]
fn an_adopted_report_has_no_standing_objection() {
    for s in games() {
        let adopted = s.events().iter().any(|e| matches!(e, Event::ReportAdopted));
        assert_eq!(adopted, s.outcome().unwrap().adopted);
        if adopted {
            let last_call = s
                .events()
                .iter()
                .rposition(|e| matches!(e, Event::AdoptionCalled { .. }))
                .unwrap();
            for e in &s.events()[last_call..] {
                if let Event::PositionTaken {
                    delegation,
                    position: Position::Block,
                    ..
                } = e
                {
                    assert!(
                        !s.model().delegations[(*delegation).index()].may_block(),
                        "seed {} adopted over a block",
                        s.seed()
                    );
                }
            }
        }
    }
}

#[test]
fn a_deleted_clause_never_returns() {
    for s in games() {
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut present: BTreeSet<String> = BTreeSet::new();
        for r in s.revisions() {
            let now: BTreeSet<String> = r
                .document
                .clauses()
                .map(|(_, _, c)| c.id.to_string())
                .collect();
            for id in &now {
                assert!(
                    present.contains(id) || !seen.contains(id),
                    "seed {}: clause {id} came back in {}",
                    s.seed(),
                    r.name
                );
            }
            seen.extend(now.iter().cloned());
            present = now;
        }
    }
}

#[test]
fn scores_are_finite_and_in_range_and_every_delegation_is_scored() {
    for s in games() {
        let scored: Vec<_> = s
            .events()
            .iter()
            .filter_map(|e| match e {
                Event::Scored { delegation, score } => Some((*delegation, score.clone())),
                _ => None,
            })
            .collect();
        assert_eq!(scored.len(), s.model().delegations.len());
        for (_, sc) in scored {
            for v in [
                sc.total,
                sc.objective_points,
                sc.consensus_points,
                sc.relationship_points,
            ] {
                assert!(
                    v.is_finite() && (0.0..=100.0).contains(&v),
                    "seed {}: {sc:?}",
                    s.seed()
                );
            }
        }
    }
}

#[test]
fn rounds_never_exceed_the_schedule() {
    let t = tutorial();
    for seed in 0..20 {
        let s = play(&t, seed);
        // 3 + 3 + 2 rounds, plus the final day's extra round.
        assert!(
            s.rounds_played() <= 9,
            "seed {seed}: {} rounds",
            s.rounds_played()
        );
        assert!(s.rounds_played() >= 3);
    }
}
