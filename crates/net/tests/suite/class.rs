use bevy_replicon::test_app::ServerTestAppExt;
use std::sync::Arc;
use zero_draft_engine::class::Refusal;
use zero_draft_engine::log::Action;
use zero_draft_engine::seat::{Command, Controller, Seat};
use zero_draft_net::Request;

use zero_draft_net::bot::Strategy;

use super::*;

#[test]
fn two_clients_claim_seats_and_play_to_the_end() {
    let mut cfg = config("tutorial.ron");
    cfg.start_when = Some(2);
    let mut class = Class::new(cfg);
    let a = class.bot("ana", Some("nl"), Strategy::Ai);
    let b = class.bot("ben", None, Strategy::Passive);
    assert!(class.play_out(5_000), "the game ends");
    let s = class.room().session().unwrap();
    let nl = s.model().delegation("nl").unwrap();
    assert_eq!(class.remote(a).seat, Some(Seat::Delegation(nl)));
    let Some(Seat::Delegation(other)) = class.remote(b).seat else {
        panic!("the second client holds a seat");
    };
    assert_ne!(other, nl);
    assert_eq!(s.controller(Seat::Delegation(nl)), Controller::Remote);
    // Each seat's moves were the client's own: the record names them.
    let by = |d| {
        s.inputs()
            .iter()
            .filter(|i| i.seat == Seat::Delegation(d).name(s.model()))
            .count()
    };
    assert!(by(nl) > 0 && by(other) > 0);
    let (server, offline) = class.hashes();
    assert_eq!(server, offline, "the record replays to the same public log");
    for k in [a, b] {
        assert_eq!(class.remote(k).log_sha256(), server);
        assert_eq!(class.remote(k).ended.as_deref(), Some(server.as_str()));
    }
}

#[test]
fn forty_bots_play_the_2023_room_to_adoption_with_one_log() {
    let mut cfg = config("oewg-2023-apr.ron");
    cfg.start_when = Some(40);
    let mut class = Class::new(cfg);
    for k in 0..40 {
        class.bot(&format!("student {k}"), None, Strategy::Ai);
    }
    assert!(class.play_out(20_000), "the game ends");
    let s = class.room().session().unwrap();
    assert_eq!(s.humans().len(), 40);
    let (server, offline) = class.hashes();
    assert_eq!(server, offline);
    for k in 0..40 {
        assert_eq!(class.remote(k).log_sha256(), server, "client {k}");
    }
    let total: usize = class.bytes.iter().sum();
    let per_input = total as f64 / s.inputs().len() as f64 / 40.0;
    eprintln!(
        "40 seats: {} inputs, {:.0} bytes per input per client",
        s.inputs().len(),
        per_input
    );
}

#[test]
fn two_claims_on_one_seat_in_one_tick_seat_exactly_one() {
    let mut class = Class::new(config("tutorial.ron"));
    let a = class.join("ana", CODE, None);
    let b = class.join("ben", CODE, None);
    class.step();
    for k in [a, b] {
        class.send(
            k,
            Request::Claim {
                delegation: "nl".into(),
            },
        );
    }
    class.step();
    class.step();
    let seated: Vec<bool> = [a, b]
        .iter()
        .map(|&k| class.remote(k).seat.is_some())
        .collect();
    assert_eq!(seated.iter().filter(|x| **x).count(), 1, "{seated:?}");
    let loser = if seated[0] { b } else { a };
    assert!(
        class
            .remote(loser)
            .refusals
            .iter()
            .any(|(_, why)| matches!(why, Refusal::Taken(_))),
        "{:?}",
        class.remote(loser).refusals
    );
}

#[test]
fn commands_for_another_seat_without_a_seat_or_above_a_students_station_change_nothing() {
    let mut class = Class::new(config("tutorial.ron"));
    let a = class.join("ana", CODE, None);
    let b = class.join("ben", CODE, None);
    let nobody = class.join("cleo", CODE, None);
    class.step();
    class.send(
        a,
        Request::Claim {
            delegation: "nl".into(),
        },
    );
    class.send(
        b,
        Request::Claim {
            delegation: "br".into(),
        },
    );
    class.step();
    let teacher = class.join("teacher", TEACHER, None);
    class.step();
    class.send(teacher, Request::Start);
    class.run_until(50, |c| c.remote(a).room.is_some());
    let before = (
        class.room().session().unwrap().events().len(),
        class.room().session().unwrap().inputs().len(),
    );
    // Whoever is not to act tries to; a seatless client acts; students run the room.
    let s = class.room().session().unwrap();
    let waiting = s.pending();
    let idle = [a, b]
        .into_iter()
        .find(|&k| !waiting.contains(&class.remote(k).seat.unwrap()))
        .unwrap_or(a);
    class.send(idle, Request::Command(Command::Act(Action::Pass)));
    class.send(nobody, Request::Command(Command::Act(Action::Pass)));
    class.send(a, Request::Command(Command::Pause));
    class.send(a, Request::Start);
    class.send(b, Request::End);
    class.send(
        b,
        Request::TakeOver {
            delegation: "nl".into(),
        },
    );
    class.send(a, Request::Command(Command::Inject { event: "x".into() }));
    class.step();
    class.step();
    let s = class.room().session().unwrap();
    assert_eq!(
        (s.events().len(), s.inputs().len()),
        before,
        "nothing changed"
    );
    assert!(!s.is_paused());
    assert!(!class.room().ended());
    let refused = |k: usize| class.remote(k).refusals.len();
    assert!(refused(idle) >= 1);
    assert_eq!(refused(nobody), 1);
    assert!(refused(a) + refused(b) >= 5);
}

#[test]
fn the_facilitator_pauses_takes_over_and_releases() {
    let mut class = Class::new(config("tutorial.ron"));
    let a = class.bot("ana", Some("nl"), Strategy::Passive);
    class.step();
    let t = class.join("teacher", TEACHER, None);
    class.step();
    assert!(class.remote(t).facilitator);
    class.send(t, Request::Command(Command::Pause));
    class.send(t, Request::Start);
    class.step();
    class.send(t, Request::Command(Command::Pause));
    class.run_until(20, |c| c.room().session().is_some_and(|s| s.is_paused()));
    let n = class.room().session().unwrap().inputs().len();
    for _ in 0..20 {
        class.step();
    }
    assert_eq!(
        class.room().session().unwrap().inputs().len(),
        n,
        "a paused room waits"
    );
    class.send(
        t,
        Request::TakeOver {
            delegation: "nl".into(),
        },
    );
    class.send(t, Request::Command(Command::Resume));
    class.step();
    class.step();
    let s = class.room().session().unwrap();
    let nl = Seat::Delegation(s.model().delegation("nl").unwrap());
    assert_eq!(s.controller(nl), Controller::Person);
    // The student's own commands are refused while the facilitator holds the seat.
    class.send(a, Request::Command(Command::Act(Action::Pass)));
    class.step();
    class.step();
    assert!(
        class
            .remote(a)
            .refusals
            .iter()
            .any(|(_, w)| *w == Refusal::TakenOver)
    );
    class.send(
        t,
        Request::Release {
            delegation: "nl".into(),
        },
    );
    class.step();
    class.step();
    assert_eq!(
        class.room().session().unwrap().controller(nl),
        Controller::Remote
    );
    assert!(class.play_out(5_000));
}

#[test]
fn a_clients_rebuilt_room_is_the_servers_room() {
    use zero_draft_engine::view::RoomView;
    use zero_draft_net::sync::wire_event;
    let mut cfg = config("oewg-2023-apr.ron");
    cfg.start_when = Some(3);
    let mut class = Class::new(cfg);
    for k in 0..3 {
        class.bot(&format!("s{k}"), None, Strategy::Ai);
    }
    let mut checked = 0;
    for _ in 0..400 {
        class.step();
        // Let the clients read what was just sent; the server does not move meanwhile.
        for c in &mut class.clients {
            c.update();
        }
        let Some(s) = class.room().session() else {
            continue;
        };
        let mut expected = RoomView::of(
            s,
            Arc::new(zero_draft_engine::view::PublicScenario::of(s.model())),
        );
        expected.log = expected.log.iter().map(wire_event).collect();
        for (_, rs) in &mut expected.reactions {
            for r in rs {
                r.reasons.clear();
            }
        }
        for k in 0..3 {
            let view = class.remote(k).view().expect("a seated client has a view");
            assert_eq!(
                *view.room,
                expected,
                "client {k} after {} inputs",
                s.inputs().len()
            );
        }
        checked += 1;
        if s.is_finished() {
            break;
        }
    }
    assert!(checked > 50);
}

#[test]
fn before_the_start_a_teacher_cannot_start_an_empty_room_take_a_seat_over_or_hang_the_end() {
    let mut class = Class::new(config("tutorial.ron"));
    let student = class.join("ana", CODE, None);
    let t = class.join("teacher", TEACHER, None);
    class.step();
    // Nobody holds a seat: the room does not start (the AI would play it alone in a second).
    class.send(t, Request::Start);
    class.send(
        t,
        Request::TakeOver {
            delegation: "nl".into(),
        },
    );
    class.step();
    class.step();
    assert!(class.room().session().is_none(), "no game was started");
    let refusals: Vec<Refusal> = class
        .remote(t)
        .refusals
        .iter()
        .map(|(_, r)| r.clone())
        .collect();
    assert_eq!(refusals, vec![Refusal::NobodySeated, Refusal::NotStarted]);
    // Ending before the start ends the class at once, and everyone is told.
    class.send(t, Request::End);
    assert!(
        class.run_until(20, Class::finished),
        "the end before the start did not hang"
    );
    class.step();
    class.step();
    assert!(
        class.remote(student).ended.is_some(),
        "the student was told"
    );
    assert!(class.remote(t).ended.is_some(), "the teacher was told");
}

#[test]
fn a_lesson_ended_before_its_vote_is_scored_on_the_text_as_it_stands() {
    let mut cfg = config("tutorial.ron");
    cfg.start_when = Some(1);
    let mut class = Class::new(cfg);
    let a = class.bot("ana", Some("nl"), Strategy::Passive);
    let t = class.join("teacher", TEACHER, None);
    class.run_until(200, |c| {
        c.room().session().is_some_and(|s| s.rounds_played() >= 1)
    });
    assert!(!class.room().session().unwrap().is_finished());
    class.send(t, Request::End);
    assert!(class.run_until(50, Class::finished), "the lesson ended");
    class.step();
    class.step();
    let s = class.room().session().unwrap();
    let outcome = s.outcome().expect("an outcome");
    assert!(outcome.ended_early && !outcome.adopted);
    let nl = s.model().delegation("nl").unwrap();
    let scored = s.events().iter().any(|e| {
        matches!(e, zero_draft_engine::log::Event::Scored { delegation, score }
            if *delegation == nl && !score.objectives.is_empty())
    });
    assert!(
        scored,
        "every delegation is scored on the text as it stands"
    );
    let room = class.remote(a).room.as_ref().expect("the student's room");
    assert!(room.outcome.as_ref().is_some_and(|o| o.ended_early));
    let csv = class.room().results_csv();
    let line = csv.lines().find(|l| l.starts_with("ana,")).unwrap();
    let objectives: usize = line.split(',').nth(3).unwrap().parse().unwrap();
    assert!(objectives > 0, "the results list the objectives: {line}");
}

/// Two students share one delegation: both are seated and see its private data, either may
/// act, the record names who made each move, and while one of them is there the AI does not
/// stand in.
#[test]
fn two_students_share_a_seat_either_acts_and_the_record_names_who() {
    let mut cfg = config("tutorial.ron");
    cfg.grace = Some(0.0);
    let mut class = Class::new(cfg);
    let teacher = class.join("teacher", TEACHER, None);
    let ana = class.join("ana", CODE, None);
    let ben = class.join("ben", CODE, None);
    class.step();
    class.step();
    class.send(
        ana,
        Request::Claim {
            delegation: "nl".into(),
        },
    );
    class.step();
    class.send(
        ben,
        Request::Share {
            delegation: "nl".into(),
        },
    );
    class.step();
    class.step();
    let nl = class.room().session().map(|s| s.model().delegation("nl"));
    assert!(nl.is_none(), "not started yet");
    assert_eq!(class.remote(ana).seat, class.remote(ben).seat);
    assert!(class.remote(ben).seat.is_some());
    let lobby = class.remote(ben).lobby.clone().unwrap();
    assert!(
        lobby
            .seats
            .iter()
            .any(|s| s.delegation == "nl" && s.student.as_deref() == Some("ana & ben")),
        "{lobby:?}"
    );
    class.send(teacher, Request::Start);
    // They take turns to pass for the Netherlands, Ben first.
    let mut moves = 0;
    let mut turn = [ben, ana];
    for _ in 0..400 {
        class.step();
        if class.remote(turn[0]).to_act() {
            class.send(turn[0], Request::Command(Command::Act(Action::Pass)));
            turn.swap(0, 1);
            moves += 1;
            class.step();
            class.step();
        }
        if moves == 4 {
            break;
        }
    }
    assert_eq!(moves, 4, "both acted for the seat");
    assert!(class.remote(ana).private.is_some() && class.remote(ben).private.is_some());
    let record = class.room().record().unwrap();
    let by = record
        .settings
        .get(zero_draft_net::server::MOVES_BY)
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        by.lines()
            .map(|l| l.split_once(':').unwrap().1)
            .collect::<Vec<_>>(),
        ["ben", "ana", "ben", "ana"],
        "{by}"
    );
    // Ana leaves: Ben still plays the seat, the AI does not stand in.
    let mut gone = class.clients.remove(ana);
    class.server.disconnect_client(&mut gone);
    class.bytes.remove(ana);
    class.sent.remove(ana);
    for _ in 0..5 {
        class.step();
    }
    let s = class.room().session().unwrap();
    let nl = s.model().delegation("nl").unwrap();
    assert_eq!(s.controller(Seat::Delegation(nl)), Controller::Remote);
    assert!(class.room().results_csv().contains("\nana & ben,nl,"));
}
