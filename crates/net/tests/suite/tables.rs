//! Parallel tables: one host, several rooms of the same scenario and seed.

use zero_draft_engine::seat::Command;
use zero_draft_engine::session::Session;
use zero_draft_net::Request;
use zero_draft_net::bot::Strategy;
use zero_draft_net::sync::{log_sha256, public_log};

use super::privacy::assert_nothing_private_reached;
use super::*;

/// Three tables, two bots each (the AI plays the rest): students are spread evenly, every
/// table plays to its end, each table's record replays to its own log, the teacher follows
/// every table's progress, and a projector at a table receives nothing private.
#[test]
fn three_tables_of_two_bots_play_to_the_end_each_with_its_own_record() {
    let mut cfg = config("tutorial.ron");
    cfg.tables = 3;
    cfg.start_when = Some(2);
    let model = cfg.model.clone();
    let mut class = Class::new(cfg);
    class.keep = true;
    let teacher = class.join("teacher", TEACHER, None);
    // The projector asks for the third table; it is no student, and holds no seat.
    let projector = class.projector("projector", Some(3));
    class.step();
    class.step();
    assert_eq!(class.remote(projector).table, Some((2, 3)));
    class.send(
        projector,
        Request::Claim {
            delegation: "nl".into(),
        },
    );
    class.step();
    class.step();
    assert!(matches!(
        class.remote(projector).refusals.last(),
        Some((_, zero_draft_engine::class::Refusal::Watching))
    ));
    let bots: Vec<usize> = (0..6)
        .map(|k| class.bot(&format!("bot {k}"), None, Strategy::Ai))
        .collect();
    let ended = class.play_out(30_000);
    assert!(
        ended,
        "every table ends: {:?}; bots {:?}",
        class.tables().progress(),
        bots.iter()
            .map(|&b| (
                class.remote(b).table,
                class.remote(b).seat,
                class.remote(b).refusals.clone()
            ))
            .collect::<Vec<_>>()
    );
    let tables = class.tables();
    assert_eq!(tables.tables.len(), 3);
    let mut at = [0usize; 3];
    for &b in &bots {
        let (t, n) = class.remote(b).table.expect("a student is told its table");
        assert_eq!(n, 3);
        at[t] += 1;
        let room = &tables.tables[t];
        assert_eq!(
            class.remote(b).log_sha256(),
            log_sha256(room.public_log()),
            "bot {b} followed its own table"
        );
    }
    assert_eq!(at, [2, 2, 2], "spread evenly");
    for room in &tables.tables {
        let record = room.record().expect("each table started");
        let s = Session::replay_verified(model.clone(), &record).expect("each record replays");
        assert_eq!(
            log_sha256(&public_log(s.events())),
            log_sha256(room.public_log())
        );
        let students = record
            .seats
            .iter()
            .filter(|(_, c)| *c == zero_draft_engine::seat::Controller::Remote)
            .count();
        assert_eq!(students, 2, "two students at each table");
    }
    // The teacher saw every table's progress, to the end.
    let progress = &class.remote(teacher).tables;
    assert_eq!(progress.len(), 3);
    assert!(progress.iter().all(|p| p.ended && p.seated == 2));
    // The projector followed the third table's public room and holds nothing private.
    let p = class.remote(projector);
    assert!(p.seat.is_none() && p.private.is_none());
    assert_eq!(p.log_sha256(), log_sha256(tables.tables[2].public_log()));
    assert_nothing_private_reached(&class, &model, projector);
}

/// The teacher pauses every table at once, then one table; a student may change table only
/// while it holds no seat, and only to a table that exists.
#[test]
fn the_teacher_speaks_to_every_table_or_one_and_students_choose_their_table() {
    let mut cfg = config("tutorial.ron");
    cfg.tables = 2;
    let mut class = Class::new(cfg);
    let teacher = class.join("teacher", TEACHER, None);
    let ana = class.join("ana", CODE, None);
    let ben = class.join("ben", CODE, None);
    class.step();
    class.step();
    let (a, b) = (class.remote(ana).table, class.remote(ben).table);
    assert_eq!((a, b), (Some((0, 2)), Some((1, 2))), "evenly");
    class.send(ana, Request::Table(2));
    class.send(ben, Request::Table(7));
    class.step();
    class.step();
    assert_eq!(
        class.remote(ana).table,
        Some((1, 2)),
        "ana chose the second table"
    );
    assert!(matches!(
        class.remote(ben).refusals.last(),
        Some((_, zero_draft_engine::class::Refusal::NoSuchTable(7)))
    ));
    class.send(ben, Request::Table(1));
    class.step();
    class.step();
    assert_eq!(class.remote(ben).table, Some((0, 2)));
    for k in [ana, ben] {
        class.send(
            k,
            Request::Claim {
                delegation: if k == ana { "nl" } else { "br" }.into(),
            },
        );
    }
    class.step();
    class.step();
    class.send(ana, Request::Table(1));
    class.step();
    class.step();
    assert_eq!(
        class.remote(ana).table,
        Some((1, 2)),
        "a seated student stays"
    );
    class.send(teacher, Request::Everywhere(Box::new(Request::Start)));
    class.step();
    class.send(
        teacher,
        Request::Everywhere(Box::new(Request::Command(Command::Pause))),
    );
    class.step();
    class.step();
    let tables = class.tables();
    assert!(
        tables
            .tables
            .iter()
            .all(|t| t.session().is_some_and(|s| s.is_paused())),
        "every table started and paused"
    );
    // The teacher moves to the second table and resumes it alone.
    class.send(teacher, Request::Table(2));
    class.step();
    class.send(teacher, Request::Command(Command::Resume));
    class.step();
    class.step();
    let tables = class.tables();
    assert!(tables.tables[0].session().unwrap().is_paused());
    assert!(!tables.tables[1].session().unwrap().is_paused());
    let progress = &class.remote(teacher).tables;
    assert_eq!(
        progress.iter().map(|p| p.paused).collect::<Vec<_>>(),
        [true, false]
    );
}

/// A second hello never moves a connection: a student seated at one table cannot carry its
/// seat to another by saying hello again.
#[test]
fn a_second_hello_does_not_carry_a_seat_to_another_table() {
    let mut cfg = config("tutorial.ron");
    cfg.tables = 2;
    let mut class = Class::new(cfg);
    let ana = class.join("ana", CODE, None);
    class.step();
    class.step();
    class.send(
        ana,
        Request::Claim {
            delegation: "nl".into(),
        },
    );
    class.step();
    class.step();
    assert_eq!(class.remote(ana).table, Some((0, 2)));
    assert!(class.remote(ana).seat.is_some());
    class.send(
        ana,
        Request::Hello {
            version: zero_draft_net::PROTOCOL_VERSION,
            code: CODE.into(),
            name: "ana".into(),
            token: None,
            watching: false,
            table: Some(2),
        },
    );
    class.step();
    class.step();
    assert_eq!(
        class.remote(ana).table,
        Some((0, 2)),
        "still at the first table"
    );
    assert_eq!(
        class.tables().tables[1].connected(),
        0,
        "nobody at the second"
    );
}
