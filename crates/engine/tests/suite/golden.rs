//! The seeded tutorial game, event by event, against a checked-in log. A change to the model
//! shows up here; if it is intended, regenerate with `UPDATE_GOLDEN=1 cargo test --release`.

use std::path::PathBuf;

use zero_draft_engine::simulate::play;

use super::tutorial;

fn check(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{} differs from the golden log at line {}:\n  expected: {}\n  actual:   {}",
            name,
            first + 1,
            expected.lines().nth(first).unwrap_or(""),
            actual.lines().nth(first).unwrap_or("")
        );
    }
}

#[test]
fn tutorial_seed_7_matches_the_golden_log() {
    let s = play(&tutorial(), 7);
    let log = ron::ser::to_string_pretty(s.events(), ron::ser::PrettyConfig::default()).unwrap();
    check("tutorial-seed-7.ron", &log);
}

/// The OEWG logs are megabytes, so their golden files hold the SHA-256 of the log and its
/// length in events; `zero-draft replay` of a saved record shows a log in full.
fn check_digest(scenario: &str) {
    use sha2::{Digest, Sha256};
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../scenarios")
        .join(format!("{scenario}.ron"));
    let (s, _) = zero_draft_engine::scenario::load_file(&path).unwrap();
    let session = play(&std::sync::Arc::new(zero_draft_engine::Model::new(s)), 7);
    let log = ron::ser::to_string(session.events()).unwrap();
    let digest: String = Sha256::digest(log.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    check(
        &format!("{scenario}-seed-7.sha256"),
        &format!("{digest} {} events\n", session.events().len()),
    );
}

#[test]
fn oewg_2020_seed_7_matches_the_golden_digest() {
    check_digest("oewg-2020-predraft");
}

#[test]
fn oewg_2023_seed_7_matches_the_golden_digest() {
    check_digest("oewg-2023-apr");
}

#[test]
fn same_seed_same_log_and_different_seeds_differ() {
    let m = tutorial();
    let a = ron::ser::to_string(play(&m, 42).events()).unwrap();
    let b = ron::ser::to_string(play(&m, 42).events()).unwrap();
    let c = ron::ser::to_string(play(&m, 43).events()).unwrap();
    assert_eq!(a, b);
    assert_ne!(a, c);
}
