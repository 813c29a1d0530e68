//! The class's door over real sockets on 127.0.0.1: tokens only for those with the code, the
//! host's own timeouts, and the lock-outs of an unsecured netcode that no longer lock anyone out.

use std::net::{SocketAddr, UdpSocket};
use std::time::{Duration, Instant, SystemTime};

use bevy_replicon_renet::RepliconRenetPlugins;
use bevy_replicon_renet::netcode::{
    ClientAuthentication, ConnectToken, NetcodeClientTransport as RawClient,
};
use zero_draft_engine::class::Farewell;
use zero_draft_net::client::{Identity, RemoteRoom};
use zero_draft_net::door::{Knocked, TIMEOUT, TOKEN_EXPIRY};
use zero_draft_net::protocol::NETCODE_PROTOCOL;
use zero_draft_net::run::client_app;

use super::*;

fn now() -> Duration {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
}

fn student(name: &str) -> App {
    let mut app = client_app(
        Identity {
            code: CODE.into(),
            name: name.into(),
            token: None,
            watching: false,
            table: None,
        },
        None,
    );
    app.add_plugins(RepliconRenetPlugins);
    app.finish();
    app.cleanup();
    app
}

/// Runs both apps until `done` or ten seconds.
fn run(
    server: &mut App,
    clients: &mut [&mut App],
    done: &dyn Fn(&App, &[&mut App]) -> bool,
) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        server.update();
        for c in clients.iter_mut() {
            c.update();
        }
        if done(server, clients) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(3));
    }
    false
}

fn in_lobby(app: &App) -> bool {
    app.world().resource::<RemoteRoom>().lobby.is_some()
}

#[test]
fn the_door_hands_tokens_with_the_hosts_timeout_and_says_why_it_does_not() {
    let (mut server, address) = udp_server(config("tutorial.ron"), 1);
    // The teacher's code opens the door too, in any case.
    let token = knock(&mut server, address, &TEACHER.to_lowercase()).expect("a token");
    assert_eq!(
        token.timeout_seconds, TIMEOUT,
        "the host chooses the timeout"
    );
    assert!(token.expire_timestamp <= now().as_secs() + TOKEN_EXPIRY);
    assert_eq!(token.server_addresses[0], Some(address));
    assert_eq!(
        knock(&mut server, address, "NOPE"),
        Err(Knocked::Refused(Farewell::WrongCode))
    );
    // One place: once a student holds it, the next is told the class is full.
    let mut ana = student("ana");
    connect_udp(&mut server, &mut ana, address, CODE);
    assert!(run(&mut server, &mut [&mut ana], &|_, c| in_lobby(c[0])));
    assert_eq!(
        knock(&mut server, address, CODE),
        Err(Knocked::Refused(Farewell::ClassFull))
    );
    // Nobody listening: said as such.
    let closed = UdpSocket::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    assert!(matches!(
        zero_draft_net::door::knock(closed, CODE, Duration::ZERO),
        Err(Knocked::Unreachable(_))
    ));
}

/// One knock, not waiting at a busy door.
fn quick(server: &mut App, address: SocketAddr, code: &str) -> Result<ConnectToken, Knocked> {
    let code = code.to_string();
    let t = std::thread::spawn(move || zero_draft_net::door::knock(address, &code, Duration::ZERO));
    while !t.is_finished() {
        server.update();
        std::thread::sleep(Duration::from_millis(1));
    }
    t.join().unwrap()
}

/// One address may hold only so many unused tokens; guessing codes soon stops being answered.
#[test]
fn the_door_caps_what_one_address_may_take() {
    let strict = |server: &mut App| {
        let mut door = server
            .world_mut()
            .resource_mut::<zero_draft_net::door::Door>();
        door.limits.spare_loopback = false;
    };
    let (mut server, address) = udp_server(config("tutorial.ron"), 64);
    strict(&mut server);
    let taken = (0..40)
        .map(|_| quick(&mut server, address, CODE))
        .take_while(|r| r.is_ok())
        .count();
    assert!(
        (1..40).contains(&taken),
        "{taken} unused tokens for one address"
    );
    assert_eq!(
        quick(&mut server, address, CODE),
        Err(Knocked::Refused(Farewell::Busy))
    );
    let (mut server, address) = udp_server(config("tutorial.ron"), 64);
    strict(&mut server);
    let guesses = (0..60)
        .map(|k| quick(&mut server, address, &format!("G{k:03}")))
        .take_while(|r| *r == Err(Knocked::Refused(Farewell::WrongCode)))
        .count();
    assert!(guesses < 60, "every guess answered");
    assert_eq!(
        quick(&mut server, address, CODE),
        Err(Knocked::Refused(Farewell::Busy))
    );
}

/// The two lock-outs of an unsecured transport: connections that choose never to time out,
/// and connection requests that never expire. Neither holds a place now; a student still joins.
#[test]
fn forged_connections_and_undying_requests_lock_nobody_out() {
    let (mut server, address) = udp_server(config("tutorial.ron"), 4);
    let mut forged: Vec<(RawClient, bevy_replicon_renet::RenetClient)> = Vec::new();
    for k in 0..300u64 {
        let socket = UdpSocket::bind("127.0.0.1:0").unwrap();
        let auth = if k % 2 == 0 {
            // An unsecured connection, as netcode lets a client make without any token.
            ClientAuthentication::Unsecure {
                protocol_id: NETCODE_PROTOCOL,
                client_id: 1_000 + k,
                server_addr: address,
                user_data: None,
            }
        } else {
            // A token signed with a key the attacker made up, never expiring, never timing out.
            let token = ConnectToken::generate(
                now(),
                NETCODE_PROTOCOL,
                30 * 365 * 24 * 3600,
                1_000 + k,
                -1,
                vec![address],
                None,
                &[7u8; 32],
            )
            .unwrap();
            ClientAuthentication::Secure {
                connect_token: token,
            }
        };
        let raw = RawClient::new(now(), auth, socket).unwrap();
        let client = bevy_replicon_renet::RenetClient::new(Default::default());
        forged.push((raw, client));
    }
    let pump = |server: &mut App,
                forged: &mut Vec<(RawClient, bevy_replicon_renet::RenetClient)>| {
        for (raw, client) in forged.iter_mut() {
            let _ = raw.update(Duration::from_millis(5), client);
            let _ = raw.send_packets(client);
        }
        server.update();
    };
    for _ in 0..100 {
        pump(&mut server, &mut forged);
    }
    let transport = server
        .world()
        .resource::<bevy_replicon_renet::netcode::NetcodeServerTransport>();
    assert_eq!(
        transport.connected_clients(),
        0,
        "no forged connection is let in"
    );
    assert!(forged.iter().all(|(_, client)| !client.is_connected()));
    let mut ana = student("ana");
    connect_udp(&mut server, &mut ana, address, CODE);
    let start = Instant::now();
    while !in_lobby(&ana) && start.elapsed() < Duration::from_secs(10) {
        pump(&mut server, &mut forged);
        ana.update();
    }
    assert!(
        in_lobby(&ana),
        "a student joins while the forgeries keep knocking"
    );
}
