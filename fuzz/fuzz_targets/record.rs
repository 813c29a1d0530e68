//! Any bytes as a game record: reading must never panic, and a record that reads is replayed
//! and verified (or refused) without a panic, whatever its seats, inputs, events and seal say.
#![no_main]

use std::sync::Arc;

use libfuzzer_sys::fuzz_target;
use zero_draft_engine::files::parse_record;
use zero_draft_engine::scenario::parse_str;
use zero_draft_engine::signing::RecordKey;
use zero_draft_engine::{Model, Session};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(record) = parse_record("fuzz.ron", text) else {
        return;
    };
    // A seal is checked whatever it holds (odd lengths, non-hex digits, another key's name).
    let key = RecordKey::from_secret([7; 32]);
    let _ = key.provenance(&record);
    let Ok(scenario) = parse_str("embedded", &record.scenario_source) else {
        return;
    };
    let delegations: usize = scenario.blocs.iter().map(|b| b.delegations.len()).sum();
    if delegations > 60 || record.inputs.len() > 2_000 {
        return;
    }
    let model = Arc::new(Model::new(scenario));
    // Verified or refused with an error: both are fine, a panic is not.
    let _ = Session::replay_verified(model.clone(), &record);
    let _ = Session::fork(model, &record, record.inputs.len() / 2);
});
