//! Any bytes as a strategy script: compiling must never panic, and a script that compiles
//! plays a tutorial seat for a whole game under its budgets (time cut short here so the fuzzer
//! stays fast, memory metered as in the binary) without a panic, an abort or a hang; whatever
//! it returns, the game ends with a score.
#![no_main]

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use zero_draft_engine::Model;
use zero_draft_engine::scenario::parse_str;
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
    let script = script.with_time_budget(Duration::from_millis(20));
    let model = tutorial();
    let nl = model.delegation("nl").unwrap();
    let game = zero_draft_engine::league::play(model, nl, Box::new(script.clone()), 1);
    assert!(game.score.is_finite());
    // Every error is counted, the first hundred kept.
    assert!(script.error_count() >= script.errors().len());
});
