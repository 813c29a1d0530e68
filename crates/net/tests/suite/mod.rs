//! In-process classes: one server app and client apps joined with replicon's test helpers
//! (no sockets); every byte the server sends to a client passes through `Class::step`.

mod abuse;
mod class;
mod debrief;
mod door;
mod privacy;
mod reconnect;
mod results;
mod scale;
mod tables;

use std::path::Path;
use std::sync::Arc;

pub use bevy::prelude::*;
pub use bevy_replicon::prelude::*;
pub use zero_draft_engine::model::Model;
use zero_draft_engine::scenario::load_file;
pub use zero_draft_net::loopback::{CODE, Class};
use zero_draft_net::server::HostConfig;

pub const TEACHER: &str = "ROOM-TEACH";

pub fn config(scenario: &str) -> HostConfig {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../scenarios")
        .join(scenario);
    let (s, source) = load_file(&path).expect("shipped scenario loads");
    let mut cfg = HostConfig::new(Arc::new(Model::new(s)), scenario, &source);
    cfg.code = CODE.into();
    cfg.facilitator_code = TEACHER.into();
    cfg.seed = 7;
    cfg.rate = 1_000.0;
    cfg
}

/// A server app over real UDP on 127.0.0.1 (with its door), and the address it listens at.
pub fn udp_server(cfg: HostConfig, places: usize) -> (App, std::net::SocketAddr) {
    let codes = [cfg.code.clone(), cfg.facilitator_code.clone()];
    let mut server = zero_draft_net::run::server_app(cfg, None);
    server.add_plugins(bevy_replicon_renet::RepliconRenetPlugins);
    server.finish();
    server.cleanup();
    let address = zero_draft_net::transport::serve(
        &mut server,
        "127.0.0.1:0".parse().unwrap(),
        places,
        &[&codes[0], &codes[1]],
    )
    .unwrap()[0];
    (server, address)
}

/// Knocks at the class's door from another thread while the server runs (the door answers
/// from the server's frames).
pub fn knock(
    server: &mut App,
    address: std::net::SocketAddr,
    code: &str,
) -> Result<bevy_replicon_renet::netcode::ConnectToken, zero_draft_net::door::Knocked> {
    let code = code.to_string();
    let knock = std::thread::spawn(move || {
        zero_draft_net::door::knock(address, &code, std::time::Duration::from_secs(5))
    });
    while !knock.is_finished() {
        server.update();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    knock.join().expect("the knock ends")
}

/// Connects `client` (an app with the renet plugins) through the door.
pub fn connect_udp(server: &mut App, client: &mut App, address: std::net::SocketAddr, code: &str) {
    let token = knock(server, address, code).expect("the door hands out a token");
    let (c, t) =
        zero_draft_net::transport::client_for(client.world().resource::<RepliconChannels>(), token)
            .unwrap();
    client.insert_resource(c).insert_resource(t);
}
