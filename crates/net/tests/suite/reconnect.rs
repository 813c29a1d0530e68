use bevy_replicon::test_app::ServerTestAppExt;
use zero_draft_engine::seat::{Controller, Seat};
use zero_draft_net::bot::{Bot, BotPlugin, Strategy};
use zero_draft_net::client::Identity;
use zero_draft_net::run::client_app;

use super::*;

/// Drops client `k` and joins a new client app with its seat token.
fn drop_and_rejoin(class: &mut Class, k: usize, strategy: Strategy) -> usize {
    let token = class.remote(k).token.expect("a seated client has a token");
    let mut old = class.clients.remove(k);
    class.server.disconnect_client(&mut old);
    class.bytes.remove(k);
    class.sent.remove(k);
    let mut c = client_app(
        Identity {
            code: CODE.into(),
            name: "back again".into(),
            token: Some(token),
            watching: false,
            table: None,
        },
        None,
    );
    c.insert_resource(Bot::new(None, strategy))
        .add_plugins(BotPlugin);
    c.finish();
    class.server.connect_client(&mut c);
    class.clients.push(c);
    class.bytes.push(0);
    class.sent.push(Vec::new());
    class.clients.len() - 1
}

#[test]
fn a_dropped_student_gets_the_same_seat_back_with_its_token() {
    let mut cfg = config("tutorial.ron");
    cfg.start_when = Some(2);
    cfg.grace = None;
    let mut class = Class::new(cfg);
    let a = class.bot("ana", Some("nl"), Strategy::Ai);
    class.bot("ben", Some("br"), Strategy::Ai);
    class.run_until(2_000, |c| {
        c.room().session().is_some_and(|s| s.inputs().len() > 6)
    });
    let nl = Seat::Delegation(
        class
            .room()
            .session()
            .unwrap()
            .model()
            .delegation("nl")
            .unwrap(),
    );
    let back = drop_and_rejoin(&mut class, a, Strategy::Ai);
    class.run_until(50, |c| {
        c.remote(back).seat.is_some() && c.remote(back).room.is_some()
    });
    assert_eq!(class.remote(back).seat, Some(nl));
    assert_eq!(
        class.room().session().unwrap().controller(nl),
        Controller::Remote
    );
    assert!(
        class.remote(back).private.is_some(),
        "its briefing comes back"
    );
    assert!(class.play_out(5_000));
    let (server, offline) = class.hashes();
    assert_eq!(server, offline);
    assert_eq!(
        class.remote(back).log_sha256(),
        server,
        "the whole log, once"
    );
}

#[test]
fn with_no_grace_the_room_waits_and_with_a_grace_the_ai_stands_in() {
    for grace in [None, Some(0.0)] {
        let mut cfg = config("tutorial.ron");
        cfg.start_when = Some(1);
        cfg.grace = grace;
        let mut class = Class::new(cfg);
        let a = class.bot("ana", Some("nl"), Strategy::Passive);
        class.run_until(200, |c| c.room().session().is_some());
        let nl = Seat::Delegation(
            class
                .room()
                .session()
                .unwrap()
                .model()
                .delegation("nl")
                .unwrap(),
        );
        let mut old = class.clients.remove(a);
        class.server.disconnect_client(&mut old);
        class.bytes.clear();
        class.sent.clear();
        for _ in 0..30 {
            class.step();
        }
        let s = class.room().session().unwrap();
        match grace {
            None => {
                assert_eq!(s.controller(nl), Controller::Remote);
                assert!(!s.is_finished(), "the room waits for the student");
            }
            Some(_) => {
                assert_eq!(s.controller(nl), Controller::Ai);
                assert!(s.is_finished(), "the AI played the seat to the end");
            }
        }
    }
}

#[test]
fn a_class_resumed_from_its_record_plays_on_where_it_stopped() {
    let mut cfg = config("tutorial.ron");
    cfg.start_when = Some(2);
    cfg.grace = None;
    let mut class = Class::new(cfg.clone());
    class.bot("ana", Some("nl"), Strategy::Ai);
    class.bot("ben", Some("br"), Strategy::Ai);
    class.run_until(2_000, |c| {
        c.room().session().is_some_and(|s| s.inputs().len() > 8)
    });
    let record = class.room().record().expect("a started class has a record");
    let played = record.inputs.len();
    // Next lesson: a new server from the record; the students claim their seats again.
    cfg.resume = Some(record);
    cfg.start_when = None;
    let mut next = Class::new(cfg);
    assert!(
        next.room().started(),
        "a resumed class is under way at once"
    );
    assert_eq!(next.room().session().unwrap().inputs().len(), played);
    // The record kept who held each seat: nobody else may take Ana's, Ben takes his back by
    // name, and Ana's game, started again, comes back with its seat token.
    let token = class.remote(0).token.expect("ana's token");
    let other = next.bot("carla", Some("nl"), Strategy::Ai);
    next.bot("ben", Some("br"), Strategy::Ai);
    next.step();
    next.step();
    assert!(next.remote(other).seat.is_none(), "a seat held for Ana");
    let ana = next.join_as(
        Identity {
            code: CODE.into(),
            name: "ana's laptop".into(),
            token: Some(token),
            watching: false,
            table: None,
        },
        Some(Bot::new(None, Strategy::Ai)),
    );
    assert!(next.play_out(5_000));
    let nl = next.room().session().unwrap().model().delegation("nl");
    assert_eq!(
        next.remote(ana).seat,
        nl.map(zero_draft_engine::seat::Seat::Delegation),
        "ana has her seat back"
    );
    let (server, offline) = next.hashes();
    assert_eq!(server, offline);
    assert!(next.room().session().unwrap().inputs().len() > played);
}

fn room(c: &App) -> &zero_draft_net::client::RemoteRoom {
    c.world().resource::<zero_draft_net::client::RemoteRoom>()
}

fn classroom(s: &App) -> &zero_draft_net::server::Classroom {
    s.world()
        .resource::<zero_draft_net::server::Tables>()
        .first()
}

/// Over real UDP on 127.0.0.1: a client whose connection drops mid-game connects again by
/// itself and, through its seat token, holds the same seat; the room waited for it.
#[test]
fn a_dropped_connection_is_made_again_and_the_seat_comes_back() {
    use bevy_replicon_renet::{RenetClient, RepliconRenetPlugins};
    use zero_draft_net::rejoin::{Host, Reconnecting, RejoinPlugin};

    let mut cfg = config("tutorial.ron");
    cfg.start_when = Some(1);
    cfg.grace = None;
    let (mut server, address) = udp_server(cfg, 8);
    let mut client = client_app(
        Identity {
            code: CODE.into(),
            name: "ana".into(),
            token: None,
            watching: false,
            table: None,
        },
        None,
    );
    client
        .insert_resource(Bot::new(Some("nl".into()), Strategy::Passive))
        .insert_resource(Host {
            address,
            code: CODE.into(),
        })
        .add_plugins((RepliconRenetPlugins, BotPlugin, RejoinPlugin));
    client.finish();
    client.cleanup();
    connect_udp(&mut server, &mut client, address, CODE);
    let run = |server: &mut App, client: &mut App, until: &dyn Fn(&App, &App) -> bool| {
        let start = std::time::Instant::now();
        while start.elapsed() < std::time::Duration::from_secs(20) {
            server.update();
            client.update();
            if until(server, client) {
                return true;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        false
    };
    assert!(run(&mut server, &mut client, &|s, c| {
        room(c).seat.is_some() && classroom(s).session().is_some_and(|x| x.inputs().len() > 2)
    }));
    let seat = room(&client).seat.unwrap();
    // The connection drops (a laptop's Wi-Fi): nothing but the client's own systems bring it back.
    client
        .world_mut()
        .resource_mut::<RenetClient>()
        .disconnect();
    assert!(run(&mut server, &mut client, &|_, c| c
        .world()
        .resource::<Reconnecting>()
        .active()));
    assert!(run(&mut server, &mut client, &|_, c| {
        !c.world().resource::<Reconnecting>().active()
            && room(c).seat.is_some()
            && room(c).room.is_some()
    }));
    assert_eq!(room(&client).seat, Some(seat), "the same seat");
    let s = classroom(&server).session().unwrap();
    assert_eq!(s.controller(seat), Controller::Remote);
    let ended = run(&mut server, &mut client, &|_, c| room(c).ended.is_some());
    let s = classroom(&server).session().unwrap();
    assert!(
        ended,
        "pending {:?}, inputs {}, finished {}, to_act {}, connected {}, refusals {:?}, received {}, goodbye {:?}, connections {}, state {:?}",
        s.pending(),
        s.inputs().len(),
        s.is_finished(),
        room(&client).to_act(),
        client.world().resource::<RenetClient>().is_connected(),
        room(&client).refusals,
        room(&client).received,
        room(&client).goodbye,
        room(&client).connections,
        client.world().resource::<State<ClientState>>().get(),
    );
}

/// The teacher reseats a seat whose student has gone, and frees a seat: its student is told,
/// its token reclaims nothing, and the AI plays it.
#[test]
fn the_teacher_reseats_a_seat_whose_student_is_gone_and_frees_a_seat() {
    let mut cfg = config("tutorial.ron");
    cfg.start_when = Some(2);
    cfg.grace = None;
    let mut class = Class::new(cfg);
    let a = class.bot("ana", Some("nl"), Strategy::Passive);
    class.bot("ben", Some("br"), Strategy::Passive);
    let t = class.join("teacher", TEACHER, None);
    assert!(class.run_until(500, |c| {
        c.room().session().is_some() && c.remote(a).token.is_some()
    }));
    let nl = Seat::Delegation(
        class
            .room()
            .session()
            .unwrap()
            .model()
            .delegation("nl")
            .unwrap(),
    );
    let old_token = class.remote(a).token.unwrap();
    // Ana's laptop is gone for good; Cara arrives and the teacher gives her Ana's seat.
    let mut old = class.clients.remove(a);
    class.server.disconnect_client(&mut old);
    class.bytes.remove(a);
    class.sent.remove(a);
    let t = if t > a { t - 1 } else { t };
    let cara = class.join("cara", CODE, None);
    class.run_until(50, |c| {
        c.remote(cara)
            .lobby
            .as_ref()
            .is_some_and(|l| l.waiting.contains(&"cara".to_string()))
    });
    class.send(
        t,
        zero_draft_net::Request::Assign {
            student: "cara".into(),
            delegation: "nl".into(),
        },
    );
    assert!(class.run_until(50, |c| c.remote(cara).seat == Some(nl)));
    assert_ne!(
        class.remote(cara).token,
        Some(old_token),
        "ana's token reclaims nothing"
    );
    assert_eq!(
        class.room().session().unwrap().controller(nl),
        Controller::Remote
    );
    // Then the teacher frees it: Cara is told and back in the lobby, the AI plays the seat.
    class.send(
        t,
        zero_draft_net::Request::Free {
            delegation: "nl".into(),
        },
    );
    assert!(class.run_until(50, |c| c.remote(cara).unseated));
    assert_eq!(class.remote(cara).seat, None);
    assert_eq!(
        class.room().session().unwrap().controller(nl),
        Controller::Ai
    );
    // Freeing a seat nobody holds is refused, with the reason.
    class.send(
        t,
        zero_draft_net::Request::Free {
            delegation: "au".into(),
        },
    );
    assert!(class.run_until(50, |c| c.remote(t).refusals.iter().any(
        |(_, why)| matches!(why, zero_draft_engine::class::Refusal::NotHeld(d) if d == "au")
    )));
}

#[test]
fn a_token_is_kept_per_class_and_survives_a_damaged_line() {
    let dir = std::env::temp_dir().join(format!("zero-draft-tokens-{}", std::process::id()));
    let path = dir.join("class-seats.tsv");
    let _ = std::fs::remove_file(&path);
    let host: std::net::SocketAddr = "127.0.0.1:5000".parse().unwrap();
    let a = zero_draft_net::rejoin::TokenFile::new(path.clone(), host, "ABCD", "ana");
    let b = zero_draft_net::rejoin::TokenFile::new(path.clone(), host, "ABCD", "ben\tx");
    assert_eq!(a.recall(), None);
    a.remember(7).unwrap();
    b.remember(9).unwrap();
    a.remember(8).unwrap();
    assert_eq!((a.recall(), b.recall()), (Some(8), Some(9)));
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.insert_str(0, "garbage line\n\u{0}\t\tnot a number\n");
    std::fs::write(&path, text).unwrap();
    assert_eq!((a.recall(), b.recall()), (Some(8), Some(9)));
    for i in 0..100 {
        zero_draft_net::rejoin::TokenFile::new(path.clone(), host, "X", &i.to_string())
            .remember(i)
            .unwrap();
    }
    assert_eq!(
        zero_draft_net::rejoin::lines(&path).len(),
        zero_draft_net::rejoin::MAX_SEATS
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// A lesson resumed from its record does not wait for ever for students who do not come
/// back: their seats count as dropped when it starts again, so the grace runs and the AI
/// stands in.
#[test]
fn a_resumed_class_gives_absent_students_the_grace_then_the_ai() {
    let mut cfg = config("tutorial.ron");
    cfg.start_when = Some(2);
    cfg.grace = None;
    let mut class = Class::new(cfg.clone());
    class.bot("ana", Some("nl"), Strategy::Ai);
    class.bot("ben", Some("br"), Strategy::Ai);
    class.run_until(2_000, |c| {
        c.room().session().is_some_and(|s| s.inputs().len() > 8)
    });
    let record = class.room().record().expect("a started class has a record");
    cfg.resume = Some(record);
    cfg.start_when = None;
    cfg.grace = Some(0.0);
    let mut next = Class::new(cfg);
    assert!(
        next.run_until(2_000, |c| c
            .room()
            .session()
            .is_some_and(|s| s.is_finished())),
        "nobody came back, and the AI played their seats to the end"
    );
}

/// A roster seats each listed student by name as they join, and keeps the seat for them.
#[test]
fn the_roster_seats_students_by_name_and_keeps_their_seats() {
    let mut cfg = config("tutorial.ron");
    let rostered = |name: &str, delegation: &str| zero_draft_net::server::Rostered {
        name: name.into(),
        delegation: delegation.into(),
        table: None,
    };
    cfg.roster = vec![rostered("Ana", "nl"), rostered("Ben", "br")];
    let mut class = Class::new(cfg);
    let cara = class.join("cara", CODE, None);
    class.step();
    // Cara is not on the roster: Ana's seat is kept for Ana.
    class.send(
        cara,
        zero_draft_net::Request::Claim {
            delegation: "nl".into(),
        },
    );
    assert!(class.run_until(50, |c| c.remote(cara).refusals.iter().any(
        |(_, why)| matches!(
            why,
            zero_draft_engine::class::Refusal::Reserved { student, .. } if student == "Ana"
        )
    )));
    // Ana (whatever the case of her name) is seated at once, without asking.
    let ana = class.join("  ana ", CODE, None);
    let nl = Seat::Delegation(
        zero_draft_engine::Model::delegation(&config("tutorial.ron").model, "nl").unwrap(),
    );
    assert!(class.run_until(50, |c| c.remote(ana).seat == Some(nl)));
    assert_eq!(class.remote(cara).seat, None);
}

/// The record on disk at the end is the game's last: records still queued for the writing
/// thread (older ones) are written before the final one, never after it.
#[test]
fn the_record_left_on_disk_is_the_last_one_written() {
    use zero_draft_net::server::Saver;
    let cfg = config("oewg-2023-apr.ron");
    let mut s = zero_draft_engine::session::Session::open(cfg.model.clone(), 3, &[]);
    s.run_to_end();
    let full = s.record("oewg-2023-apr.ron", &cfg.scenario_source);
    let dir = std::env::temp_dir().join(format!("zd-saver-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("class.ron");
    let mut saver = Saver::new(Some(path.clone()));
    // Each time an older record is still being written when the game's end is written.
    for k in 1..=5 {
        let mut older = full.clone();
        older.events.truncate(full.events.len() * k / 10);
        saver.send(older);
        saver.write_now(&full).unwrap();
        let on_disk = zero_draft_engine::files::read_record(&path).unwrap();
        assert_eq!(on_disk.events.len(), full.events.len(), "attempt {k}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
