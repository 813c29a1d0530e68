use std::sync::Arc;

use zero_draft_engine::synthetic;
use zero_draft_net::bot::Strategy;
use zero_draft_net::server::HostConfig;

use super::*;

/// A larger room than any shipped one, most seats played by students: every client's log
/// still equals the server's and the record's replay.
#[test]
fn a_synthetic_room_of_eighty_with_thirty_students_plays_to_the_end() {
    let s = synthetic::scenario(80, 20, 2);
    let source = ron::to_string(&s).unwrap_or_default();
    let mut cfg = HostConfig::new(Arc::new(Model::new(s)), "synthetic.ron", &source);
    cfg.code = CODE.into();
    cfg.rate = 1_000.0;
    cfg.start_when = Some(30);
    let mut class = Class::new(cfg);
    for k in 0..30 {
        class.bot(&format!("student {k}"), None, Strategy::Ai);
    }
    assert!(class.play_out(20_000));
    let (server, offline) = class.hashes();
    assert_eq!(server, offline);
    for k in 0..30 {
        assert_eq!(class.remote(k).log_sha256(), server, "client {k}");
    }
}
