use bevy_replicon::bytes::Bytes;
use bevy_replicon::test_app::TestClientEntity;
use zero_draft_engine::class::Farewell;
use zero_draft_engine::log::Action;
use zero_draft_engine::seat::Command;
use zero_draft_net::Request;
use zero_draft_net::bot::Strategy;

use super::*;

#[test]
fn a_flooding_client_is_cut_off_and_the_class_plays_on() {
    let mut cfg = config("tutorial.ron");
    cfg.rate = 20.0;
    cfg.grace = Some(0.0);
    cfg.start_when = Some(2);
    let mut class = Class::new(cfg);
    let good = class.bot("ana", Some("nl"), Strategy::Passive);
    let bad = class.join("mallory", CODE, None);
    class.step();
    class.send(
        bad,
        Request::Claim {
            delegation: "br".into(),
        },
    );
    class.step();
    class.step();
    for _ in 0..10_000 {
        class.send(bad, Request::Command(Command::Act(Action::Pass)));
    }
    class.step();
    class.step();
    assert!(
        class.remote(bad).goodbye == Some(Farewell::TooManyMessages),
        "{:?}",
        class.remote(bad).goodbye
    );
    assert_eq!(class.room().stats.kicked, 1);
    // Its seat is the AI's after the grace period; the class finishes.
    assert!(class.play_out(5_000));
    assert!(class.remote(good).ended.is_some());
}

#[test]
fn garbage_and_wrong_codes_never_hurt_the_server() {
    let mut class = Class::new(config("tutorial.ron"));
    let a = class.join("ana", CODE, None);
    let stranger = class.join("eve", "WRONG", None);
    class.step();
    class.step();
    assert_eq!(class.remote(stranger).goodbye, Some(Farewell::WrongCode));
    assert!(
        class.remote(stranger).scenario.is_none(),
        "a stranger learns nothing"
    );
    // Bytes that are no message at all, on every channel.
    let e = **class.clients[a].world().resource::<TestClientEntity>();
    let channels = class
        .server
        .world()
        .resource::<bevy_replicon::prelude::RepliconChannels>()
        .client_channels()
        .len();
    for channel in 0..channels {
        for junk in [
            vec![],
            vec![0xff; 3],
            vec![0; 70_000],
            (0..=255u8).cycle().take(5_000).collect::<Vec<u8>>(),
        ] {
            class
                .server
                .world_mut()
                .resource_mut::<ServerMessages>()
                .insert_received(e, channel, Bytes::from(junk));
        }
    }
    class.step();
    class.step();
    // A hello from another version is refused with a reason, not silence.
    class.send(
        a,
        Request::Hello {
            version: 999,
            code: CODE.into(),
            name: "old".into(),
            token: None,
            watching: false,
            table: None,
        },
    );
    class.step();
    class.step();
    // (The junk above may already have read as a hello of some other version.)
    assert!(
        matches!(
            class.remote(a).goodbye,
            Some(Farewell::WrongVersion { class, .. }) if class == zero_draft_net::protocol::PROTOCOL_VERSION
        ),
        "{:?}",
        class.remote(a).goodbye
    );
}

/// A connection that never says hello is let go after `hello_within` seconds, so connections
/// crafted to hold the class's places cannot lock students out; students who said hello stay.
#[test]
fn a_connection_that_never_says_hello_is_let_go() {
    use bevy_replicon::test_app::ServerTestAppExt;
    let mut cfg = config("tutorial.ron");
    cfg.hello_within = 0.2;
    let mut class = Class::new(cfg);
    let ana = class.join("ana", CODE, None);
    // Replicon and the protocol, but nothing that speaks.
    let mut silent = App::new();
    zero_draft_net::run::base(&mut silent, None);
    silent.finish();
    class.server.connect_client(&mut silent);
    let connected = |class: &mut Class| {
        class
            .server
            .world_mut()
            .query::<&ConnectedClient>()
            .iter(class.server.world())
            .count()
    };
    assert_eq!(connected(&mut class), 2);
    assert_eq!(class.room().stats.silent_let_go, 0);
    let start = std::time::Instant::now();
    while start.elapsed() < std::time::Duration::from_millis(600) {
        class.step();
        silent.update();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // The transport carries out the disconnection (replicon's test link has none to make).
    assert_eq!(
        class.room().stats.silent_let_go,
        1,
        "the silent connection was let go"
    );
    assert!(
        class.remote(ana).lobby.is_some(),
        "the student who spoke stays"
    );
    class.step();
    assert!(class.remote(ana).goodbye.is_none());
}

/// Over real UDP on 127.0.0.1: the host drops a connection that never says hello.
#[test]
fn over_udp_a_silent_connection_is_dropped_by_the_host() {
    use bevy_replicon_renet::{RenetClient, RepliconRenetPlugins};
    let mut cfg = config("tutorial.ron");
    cfg.hello_within = 0.3;
    let (mut server, address) = udp_server(cfg, 8);
    let mut silent = App::new();
    zero_draft_net::run::base(&mut silent, None);
    silent.add_plugins(RepliconRenetPlugins);
    silent.finish();
    silent.cleanup();
    connect_udp(&mut server, &mut silent, address, CODE);
    let start = std::time::Instant::now();
    let mut was_connected = false;
    while start.elapsed() < std::time::Duration::from_secs(5) {
        server.update();
        silent.update();
        let c = silent.world().resource::<RenetClient>();
        was_connected |= c.is_connected();
        if was_connected && c.is_disconnected() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(was_connected, "the connection was made");
    assert!(
        silent.world().resource::<RenetClient>().is_disconnected(),
        "and dropped for never saying hello"
    );
}
