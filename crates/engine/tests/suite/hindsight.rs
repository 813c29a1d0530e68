//! A delegation's debrief from a played game: the move that might have met each objective it
//! missed, and what each of its moves changed.

use std::time::Instant;

use zero_draft_engine::hindsight::{finish, hindsight, is_floor_move, own_moves};
use zero_draft_engine::log::Action;
use zero_draft_engine::seat::{Command, Controller, Seat, SeatName};
use zero_draft_engine::session::Session;

use super::*;

const OEWG_2023: &str = include_str!("../../../../scenarios/oewg-2023-apr.ron");
const GGE_2017: &str = include_str!("../../../../scenarios/gge-2017.ron");

/// The room played to the end with `seat` following the coach's first suggestion, or passing;
/// with `end_at`, the facilitator ends it once that many rounds are played.
fn coached_game(
    m: &Arc<Model>,
    seed: u64,
    seat: Seat,
    coached: bool,
    end_at: Option<u32>,
) -> Session {
    let mut s = Session::open(m.clone(), seed, &[(seat, Controller::Script)]);
    for _ in 0..20_000 {
        if end_at.is_some_and(|r| s.rounds_played() >= r) && s.inputs().len() > 1 {
            s.input(Seat::Facilitator, Command::EndSession).unwrap();
            break;
        }
        let Some(&next) = s.pending().first() else {
            break;
        };
        let command = if next == seat && coached {
            s.suggest(seat, 1)
                .into_iter()
                .next()
                .map(|x| x.command)
                .or_else(|| s.default_command(seat))
        } else {
            s.default_command(next)
        };
        let Some(command) = command else { break };
        s.input(next, command).unwrap();
    }
    assert!(s.is_finished());
    s
}

#[test]
fn a_debrief_names_the_seats_own_moves_and_what_the_coachs_move_would_have_done() {
    let mut checked_missed = 0;
    // The last two: lessons the teacher ended before the vote, in the first round and after
    // the first.
    let cases = [
        (OEWG_2023, "nl", 3, true, None),
        (OEWG_2023, "au", 5, true, None),
        (OEWG_2023, "nl", 11, false, None),
        (TUTORIAL, "nl", 1, false, None),
        (TUTORIAL, "nl", 2, false, None),
        (TUTORIAL, "br", 3, false, None),
        (TUTORIAL, "nl", 1, false, Some(0)),
        (OEWG_2023, "au", 2, true, Some(1)),
        // A failed report, where the coach's first thought was to pass.
        (GGE_2017, "us", 1, true, None),
    ];
    for (source, id, seed, coached, end_at) in cases {
        let m = model_from(source);
        let d = m.delegation(id).unwrap();
        let seat = Seat::Delegation(d);
        let game = coached_game(&m, seed, seat, coached, end_at);
        let record = game.record("scenario.ron", source);
        let clock = Instant::now();
        let moves = own_moves(&m, &record, d, 8);
        let missed = hindsight(&game, &record, d, 4);
        println!(
            "{id} seed {seed}: {} moves tried, {} objectives missed, in {:?}",
            moves.len(),
            missed.len(),
            clock.elapsed()
        );
        // Every move tried is one of this seat's floor moves, in order, from its first to its
        // last when there are more than eight.
        let own: Vec<usize> = record
            .inputs
            .iter()
            .enumerate()
            .filter(|(_, i)| i.seat == SeatName::Delegation(id.into()) && is_floor_move(&i.command))
            .map(|(k, _)| k)
            .collect();
        let tried: Vec<usize> = moves.iter().map(|w| w.input).collect();
        assert_eq!(tried.len(), own.len().min(8));
        assert!(tried.iter().all(|i| own.contains(i)));
        assert!(tried.windows(2).all(|w| w[0] < w[1]));
        if let (Some(first), Some(last)) = (tried.first(), tried.last()) {
            assert_eq!((*first, *last), (own[0], own[own.len() - 1]));
        }
        for w in &moves {
            assert!(w.changed.iter().all(|(_, a, b)| a != b));
        }
        // The same game gives the same debrief.
        assert_eq!(own_moves(&m, &record, d, 8), moves);
        let states: Vec<_> = game.objective_states(d).collect();
        for x in &missed {
            assert!(!states.iter().find(|s| s.index == x.objective).unwrap().met);
            let objective = &m.delegations[d.index()].objectives[x.objective];
            assert_eq!(objective.id, x.objective_id);
            // The move, played forward from its moment (and, in a lesson ended early, ended where
            // it was), meets the objective exactly when the debrief says so.
            let end = end_at.map(|_| game.rounds_played());
            // It names a move that does something whenever the coach had one.
            let idle = |a: &Action| matches!(a, Action::Pass | Action::Join);
            let moment = Session::fork(m.clone(), &record, x.input).unwrap();
            let active = moment
                .suggest(seat, 5)
                .iter()
                .any(|g| matches!(&g.command, Command::Act(a) if !idle(a)));
            assert!(!active || !idle(&x.action), "{id} {seed}: {:?}", x.action);
            let mut fork = Session::fork(m.clone(), &record, x.input).unwrap();
            fork.input(seat, Command::Act(x.action.clone())).unwrap();
            assert_eq!(
                finish(fork, end).holds(&objective.condition),
                x.met,
                "{id} {seed}"
            );
            checked_missed += 1;
        }
    }
    assert!(
        checked_missed >= cases.len(),
        "{checked_missed} missed objectives"
    );
}
