//! The headless commands, run as a user would.

use std::process::Command;

fn zero_draft(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_zero-draft"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn scratch(name: &str) -> String {
    let dir = std::env::temp_dir().join(format!("zero-draft-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name).display().to_string()
}

#[test]
fn simulate_prints_statistics_and_is_repeatable() {
    let args = [
        "simulate",
        "scenarios/tutorial.ron",
        "--runs",
        "5",
        "--seed",
        "9",
    ];
    let (ok, first, err) = zero_draft(&args);
    assert!(ok, "{err}");
    for needle in [
        "adoption rate",
        "median rounds",
        "Chair deletions",
        "paragraph survival",
        "delegation scores",
        "Netherlands",
    ] {
        assert!(first.contains(needle), "missing {needle}:\n{first}");
    }
    let (_, second, _) = zero_draft(&args);
    assert_eq!(first, second);
    let (ok, json, _) = zero_draft(&[
        "simulate",
        "scenarios/tutorial.ron",
        "--runs",
        "2",
        "--json",
    ]);
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["runs"], 2);
}

#[test]
fn validate_fails_on_a_broken_file_and_names_the_place() {
    let bad = scratch("bad.ron");
    std::fs::write(
        &bad,
        super::TUTORIAL.replacen(
            r#"(tag: "gender", weight: 2.0),"#,
            r#"(tag: "gendr", weight: 2.0),"#,
            1,
        ),
    )
    .unwrap();
    let (ok, out, err) = zero_draft(&["validate", "scenarios/tutorial.ron", &bad]);
    assert!(!ok);
    assert!(out.contains("tutorial.ron: ok"));
    assert!(
        err.contains("bad.ron:") && err.contains("did you mean \"gender\"?"),
        "{err}"
    );
    let (ok, _, err) = zero_draft(&["validate", "no/such/file.ron"]);
    assert!(!ok && err.contains("cannot read"), "{err}");
}

#[test]
fn a_record_replays_and_exports() {
    let log = scratch("game.ron");
    let (ok, _, err) = zero_draft(&[
        "simulate",
        "scenarios/tutorial.ron",
        "--seed",
        "4",
        "--log",
        &log,
    ]);
    assert!(ok, "{err}");
    let (ok, out, err) = zero_draft(&["replay", &log]);
    assert!(ok, "{err}");
    assert!(err.contains("replay verified"));
    assert!(out.contains("The Chair issues Final text"));
    for (format, needle) in [
        ("md", "## Chair's summary"),
        ("html", "<h2>Adoption record</h2>"),
    ] {
        let (ok, out, err) = zero_draft(&["export", &log, "--format", format]);
        assert!(ok, "{err}");
        assert!(out.contains(needle), "{format} export lacks {needle}");
    }
    // A tampered record is caught.
    let text = std::fs::read_to_string(&log).unwrap();
    let tampered = text.replacen("seed: 4", "seed: 5", 1);
    assert_ne!(text, tampered);
    std::fs::write(&log, tampered).unwrap();
    let (ok, _, err) = zero_draft(&["replay", &log, "--quiet"]);
    assert!(!ok && err.contains("diverges"), "{err}");
    std::fs::write(&log, "(format: 1, oops").unwrap();
    let (ok, _, err) = zero_draft(&["replay", &log]);
    assert!(!ok && err.contains("game.ron:1:"), "{err}");
}

#[test]
fn bad_arguments_are_refused_cleanly() {
    let (ok, _, err) = zero_draft(&["simulate", "scenarios/tutorial.ron", "--runs", "0"]);
    assert!(!ok && err.contains("--runs"), "{err}");
    let (ok, _, err) = zero_draft(&["export", "x.ron", "--format", "pdf"]);
    assert!(!ok && err.contains("pdf"), "{err}");
}
