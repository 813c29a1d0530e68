//! In-process classes: one server app and client apps joined with replicon's test helpers
//! (no sockets); every byte the server sends to a client passes through `Class::step`.

mod abuse;
mod class;
mod privacy;
mod reconnect;
mod scale;

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
