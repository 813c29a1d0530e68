//! Any bytes as a strategy script: compiling must never panic, and a script that compiles
//! plays a tutorial seat under its budgets (time cut short here so the fuzzer stays fast,
//! memory metered as in the binary) without a panic, an abort or a hang; whatever it returns,
//! the game stays one its record replays.
#![no_main]

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use libfuzzer_sys::fuzz_target;


use zero_draft_engine::policy::{Delegate, Players, drive};
use zero_draft_engine::scenario::parse_str;
use zero_draft_engine::seat::{Controller, Seat};
use zero_draft_engine::{Model, Session};
use zero_draft_script::Script;

#[global_allocator]
static ALLOCATOR: zero_draft_script::Metered<std::alloc::System> =
    zero_draft_script::Metered(std::alloc::System);

const TUTORIAL: &str = include_str!("../../scenarios/tutorial.ron");

fn tutorial() -> &'static Arc<Model> {
    static MODEL: OnceLock<Arc<Model>> = OnceLock::new();
    MODEL.get_or_init(|| Arc::new(Model::new(parse_str("tutorial.ron", TUTORIAL).unwrap())))
}

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(script) = Script::compile("fuzz.rhai", source) else {
        return;
    };
    let script = script.with_time_budget(Duration::from_millis(5));
    let model = tutorial();
    let seat = Seat::Delegation(model.delegation("nl").unwrap());
    let mut session = Session::open(model.clone(), 1, &[(seat, Controller::Script)]);
    let mut players = Players {
        delegates: BTreeMap::from([(seat, Box::new(script.clone()) as Box<dyn Delegate>)]),
        chair: None,
    };
    // The script's first decisions (a whole game per input would slow the fuzzer tenfold):
    // whatever it answers, the room moves on and the game stays one its record replays.
    drive(&mut session, &mut players, 4);
    let record = session.record("tutorial.ron", TUTORIAL);
    assert!(Session::replay_verified(model.clone(), &record).is_ok());
    // Every error is counted, the first hundred kept.
    assert!(script.error_count() >= script.errors().len());
});
