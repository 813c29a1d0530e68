//! Each student's own debrief at the end: worked out by the host from the table's game, sent
//! to that seat only, and only to a student who asked.

use zero_draft_engine::hindsight::{hindsight, is_floor_move, own_moves};
use zero_draft_engine::seat::SeatName;
use zero_draft_net::Request;
use zero_draft_net::bot::Strategy;

use super::*;

#[test]
fn a_student_who_asks_gets_their_own_debrief_and_nobody_else_does() {
    let mut cfg = config("oewg-2023-apr.ron");
    cfg.start_when = Some(2);
    let model = cfg.model.clone();
    let mut class = Class::new(cfg);
    class.keep = true;
    let a = class.bot("ana", Some("au"), Strategy::Coach);
    let b = class.bot("ben", Some("nl"), Strategy::Ai);
    // Ana's window asks once seated, as the game does; Ben's bot never asks.
    assert!(class.run_until(500, |c| c.remote(a).seat.is_some()));
    class.send(a, Request::Debrief);
    assert!(class.play_out(20_000));
    assert!(class.run_until(5_000, |c| c.remote(a).debrief.is_some()));
    for _ in 0..30 {
        class.step();
    }
    assert!(class.remote(b).debrief.is_none(), "nobody else's debrief");
    let got = class.remote(a).debrief.clone().unwrap();

    // The figures are the engine's own on the table's record.
    let record = class.room().record().unwrap();
    let session = class.room().session().unwrap();
    let au = model.delegation("au").unwrap();
    assert_eq!(got.missed, hindsight(session, &record, au, 4));
    assert_eq!(got.moves, own_moves(&model, &record, au, 8));
    let made: Vec<usize> = record
        .inputs
        .iter()
        .enumerate()
        .filter(|(_, i)| i.seat == SeatName::Delegation("au".into()) && is_floor_move(&i.command))
        .map(|(k, _)| k)
        .collect();
    assert_eq!(got.moves_made, made.len());
    assert!(
        made.len() > 8,
        "the coach at Ana's seat made {} moves",
        made.len()
    );
    // Eight of them, from her first to her last.
    assert_eq!(got.moves.len(), 8);
    assert_eq!(got.moves[0].input, made[0]);
    assert_eq!(got.moves[7].input, made[made.len() - 1]);
    assert!(got.moves.windows(2).all(|w| w[0].input < w[1].input));
    assert_eq!(class.remote(a).seed, Some(7), "the end names the seed");

    // Ben asks late, after the end: answered with his own.
    class.send(b, Request::Debrief);
    assert!(class.run_until(5_000, |c| c.remote(b).debrief.is_some()));
    let nl = model.delegation("nl").unwrap();
    assert_eq!(
        class.remote(b).debrief.as_ref().unwrap().moves,
        own_moves(&model, &record, nl, 8)
    );
    assert!(!class.room().debriefs_pending());

    // A projector holds no seat: refused.
    let p = class.projector("projector", None);
    assert!(class.run_until(200, |c| c.remote(p).room.is_some()));
    class.send(p, Request::Debrief);
    assert!(class.run_until(200, |c| !c.remote(p).refusals.is_empty()));
    assert!(class.remote(p).debrief.is_none());
}
