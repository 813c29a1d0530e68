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
