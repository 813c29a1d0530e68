//! The coach's advice, checked by playing it forward on a fork of the game against a random
//! legal move at the same moment.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use zero_draft_engine::Session;
use zero_draft_engine::log::{Action, Event};
use zero_draft_engine::seat::{Command, Controller, Seat};
use zero_draft_engine::session::Stage;

use super::tutorial;

/// Plays the seat passively (pass, join) to the end and returns its objective points.
fn finish(mut s: Session, seat: Seat) -> f32 {
    while let Some(&next) = s.pending().first() {
        let action = if s.stage() == Stage::Adoption {
            Action::Join
        } else {
            Action::Pass
        };
        s.input(next, Command::Act(action)).unwrap();
        assert_eq!(next, seat);
    }
    let Seat::Delegation(d) = seat else {
        unreachable!()
    };
    s.events()
        .iter()
        .find_map(|e| match e {
            Event::Scored { delegation, score } if *delegation == d => Some(score.objective_points),
            _ => None,
        })
        .unwrap()
}

#[test]
fn the_coach_improves_the_objectives_more_often_than_a_random_move() {
    let m = tutorial();
    let nl = Seat::Delegation(m.delegation("nl").unwrap());
    let (mut coach_better, mut random_better) = (0, 0);
    let runs = 100;
    for seed in 1..=runs {
        let mut s = Session::open(m.clone(), seed, &[(nl, Controller::Script)]);
        // The moment: the Netherlands' first turn on the speakers' list.
        while s.stage() != Stage::Speaking {
            s.input(nl, Command::Act(Action::Pass)).unwrap();
        }
        let baseline = finish(s.clone(), nl);
        let top = s.suggest(nl, 1).remove(0).command;
        let mut coached = s.clone();
        coached.input(nl, top).unwrap();
        let legal = s.legal_commands(nl);
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut random = s.clone();
        random
            .input(nl, legal[rng.random_range(0..legal.len())].clone())
            .unwrap();
        coach_better += usize::from(finish(coached, nl) > baseline);
        random_better += usize::from(finish(random, nl) > baseline);
    }
    println!(
        "objective points improved over passing: coach {coach_better} of {runs} seeds, random {random_better} of {runs}"
    );
    assert!(
        coach_better > random_better,
        "coach {coach_better}, random {random_better}"
    );
}
