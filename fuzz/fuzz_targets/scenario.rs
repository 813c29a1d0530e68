//! Any bytes as a scenario file: parsing and validation must never panic, and a valid small
//! scenario must play an AI-only game to the end.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use zero_draft_engine::Model;
use zero_draft_engine::scenario::parse_str;
use zero_draft_engine::simulate::play;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(scenario) = parse_str("fuzz.ron", text) else {
        return;
    };
    let delegations: usize = scenario.blocs.iter().map(|b| b.delegations.len()).sum();
    let rounds: u32 = scenario.schedule.phases.iter().map(|p| p.rounds).sum();
    if delegations <= 60 && rounds <= 40 {
        let model = Arc::new(Model::new(scenario));
        let session = play(&model, 1);
        assert!(session.is_finished());
    }
});
