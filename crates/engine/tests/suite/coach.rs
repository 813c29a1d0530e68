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

/// Text the capital does not mind is still worth co-sponsoring (the proposer's regard), so the
/// coach never suggests passing over it: at every turn of a coached tutorial where the
/// Netherlands may co-sponsor an amendment that touches none of its rules or objectives, the
/// coach's suggestions rank co-sponsoring it above passing.
#[test]
fn the_coach_co_sponsors_text_its_capital_does_not_mind_rather_than_pass() {
    use zero_draft_engine::log::Action;
    use zero_draft_engine::seat::{Command, Controller, Seat};
    use zero_draft_engine::session::Session;
    let model = super::tutorial();
    let nl = model.delegation("nl").unwrap();
    let info = &model.delegations[nl.index()];
    // The ideas the Netherlands cares about: its rules' and its objectives'.
    let mut cares: Vec<_> = info.rules.iter().map(|r| r.tag).collect();
    for o in &info.objectives {
        cares.extend(
            o.condition
                .tags_read()
                .unwrap_or_default()
                .into_iter()
                .filter_map(|t| model.tag(t)),
        );
    }
    let seat = Seat::Delegation(nl);
    let mut seen = 0;
    for seed in 1..=6 {
        let mut s = Session::open(model.clone(), seed, &[(seat, Controller::Script)]);
        while let Some(&next) = s.pending().first() {
            let suggestions = s.suggest(next, 50);
            for a in s.floor() {
                let c = Command::Act(Action::CoSponsor(a.id));
                let Ok(effect) = s.document().effect(&model, &a.edit) else {
                    continue;
                };
                let touches = effect
                    .added
                    .iter()
                    .chain(&effect.removed)
                    .any(|f| f.tags.iter().any(|t| cares.contains(t)));
                if touches || !s.legal_commands(next).contains(&c) {
                    continue;
                }
                seen += 1;
                let value = |c: &Command| {
                    suggestions
                        .iter()
                        .find(|x| &x.command == c)
                        .map(|x| x.value)
                };
                let pass = value(&Command::Act(Action::Pass)).unwrap_or(0.0);
                assert!(
                    value(&c).is_some_and(|v| v > pass),
                    "seed {seed}: co-sponsoring #{} is not ranked above passing",
                    a.id.0
                );
            }
            let command = suggestions
                .first()
                .map(|x| x.command.clone())
                .unwrap_or(Command::Act(Action::Pass));
            if s.input(next, command).is_err() {
                s.input(next, Command::Act(Action::Pass)).unwrap();
            }
        }
    }
    assert!(
        seen > 0,
        "no amendment the Netherlands does not mind came up"
    );
}
