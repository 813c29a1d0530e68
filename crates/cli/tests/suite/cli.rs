//! The headless commands, run as a user would.

pub(super) fn zero_draft(args: &[&str]) -> (bool, String, String) {
    let out = crate::binary()
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("the binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

pub(super) fn scratch(name: &str) -> String {
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
    assert!(!ok && err.contains("signature does not match"), "{err}");
    // Read anyway, its events are not the ones the rules produce.
    let (ok, _, err) = zero_draft(&["replay", &log, "--quiet", "--unverified"]);
    assert!(
        !ok && err.contains("differs from the record at event"),
        "{err}"
    );
    std::fs::write(&log, text.replacen("format: 2", "format: 3", 1)).unwrap();
    let (ok, _, err) = zero_draft(&["replay", &log, "--quiet"]);
    assert!(!ok && err.contains("newer Zero Draft"), "{err}");
    std::fs::write(&log, "(format: 2, oops").unwrap();
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

#[test]
fn a_save_killed_half_way_leaves_the_previous_one_intact() {
    use std::time::Duration;
    let log = scratch("killed.ron");
    let (ok, _, err) = zero_draft(&[
        "simulate",
        "scenarios/tutorial.ron",
        "--seed",
        "3",
        "--log",
        &log,
    ]);
    assert!(ok, "{err}");
    let previous = std::fs::read(&log).unwrap();
    let dir = std::path::Path::new(&log).parent().unwrap().to_path_buf();
    let torn = || {
        std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with(".killed.ron.tmp")
            })
            .map(|e| e.path())
            .collect::<Vec<_>>()
    };
    let mut killed_mid_way = 0;
    let spawn = || {
        crate::binary()
            .args(["simulate", "scenarios/oewg-2023-apr.ron", "--log", &log])
            .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap()
    };
    // Sweep the kill time over the later part of the child's life until kills land inside
    // the write. Each pass first times a whole run, since the machine's load (other tests
    // running beside this one) changes how long a run takes.
    'passes: for _ in 0..6 {
        let started = std::time::Instant::now();
        assert!(spawn().wait().unwrap().success());
        let whole = started.elapsed().as_micros() as u64;
        std::fs::write(&log, &previous).unwrap();
        for k in 0..80 {
            if killed_mid_way >= 2 {
                break 'passes;
            }
            let delay_us = whole * 2 / 5 + whole * k / 120;
            let delay_ms = delay_us / 1000;
            // A large record (megabytes) takes long enough to write to be caught half-way.
            let mut child = spawn();
            std::thread::sleep(Duration::from_micros(delay_us));
            let _ = child.kill();
            let status = child.wait().unwrap();
            let now = std::fs::read(&log).unwrap();
            // A temporary file left behind means the child died while writing it.
            let leftovers = torn();
            if !status.success() && !leftovers.is_empty() {
                killed_mid_way += 1;
                assert_eq!(now, previous, "a kill during the write changed the record");
            }
            for f in leftovers {
                std::fs::remove_file(f).unwrap();
            }
            // Either the old record or the complete new one: never a torn file.
            let (ok, _, err) = zero_draft(&["replay", &log, "--quiet"]);
            assert!(
                ok,
                "after a kill at {delay_ms} ms the record is unreadable: {err}"
            );
            if now != previous {
                // The new record landed whole; restore the old one for the next round.
                std::fs::write(&log, &previous).unwrap();
            }
        }
    }
    assert!(
        killed_mid_way > 0,
        "no child was killed in the middle of writing"
    );
}

#[test]
fn a_format_1_record_of_the_first_rules_is_read_only_as_unverified() {
    // Played under the first rules (the Chair that weighed objections by influence): today's
    // room answers differently, so the record is shown as it was played.
    let log = "crates/engine/tests/fixtures/v1-tutorial-simulate-seed-11.ron";
    // Unverifiable: refused unless asked for as recorded.
    let (ok, out, err) = zero_draft(&["replay", log]);
    assert!(
        !ok && err.contains("cannot be verified") && err.contains("--unverified"),
        "{err}"
    );
    assert!(out.is_empty());
    let (ok, _, err) = zero_draft(&["export", log, "--format", "md"]);
    assert!(!ok && err.contains("cannot be verified"), "{err}");
    let (ok, out, err) = zero_draft(&["replay", log, "--unverified"]);
    assert!(
        ok && err.contains("UNVERIFIED") && err.contains("rules 1"),
        "{err}"
    );
    assert!(out.contains("The Chair issues Final text"));
    let (ok, out, err) = zero_draft(&["export", log, "--format", "md", "--unverified"]);
    assert!(ok, "{err}");
    assert!(out.contains("## Chair's summary"));
}

#[test]
fn a_format_1_record_whose_rules_changed_is_refused_unless_read_unverified() {
    // A format-1 record that today's rules do not reproduce (here its scenario was edited;
    // format 1 has no digest, so it reads as a record of an earlier version).
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../engine/tests/fixtures/v1-tutorial-simulate-seed-11.ron"
    ))
    .unwrap();
    let from = r#"(tag: \"gender\", weight: 2.0)"#;
    assert!(text.contains(from));
    let log = scratch("v1-changed.ron");
    std::fs::write(
        &log,
        text.replacen(from, r#"(tag: \"gender\", weight: -9.0)"#, 1),
    )
    .unwrap();
    let (ok, _, err) = zero_draft(&["replay", &log]);
    assert!(!ok && err.lines().count() == 1, "{err}");
    let (ok, out, err) = zero_draft(&["replay", &log, "--unverified"]);
    assert!(ok, "{err}");
    assert!(
        err.contains("UNVERIFIED") && err.lines().count() == 1,
        "{err}"
    );
    assert!(
        out.contains("The Chair issues Final text"),
        "the recorded events are shown"
    );
    let (ok, out, err) = zero_draft(&["export", &log, "--format", "md", "--unverified"]);
    assert!(ok, "{err}");
    assert!(out.contains("## Chair's summary") && out.contains("adopted by consensus"));
}

#[test]
fn the_league_ranks_strategies_and_repeats_itself() {
    let args = [
        "league",
        "scenarios/tutorial.ron",
        "--delegation",
        "nl",
        "--runs",
        "4",
        "--json",
    ];
    let (ok, first, err) = zero_draft(&args);
    assert!(ok, "{err}");
    let (_, second, _) = zero_draft(&args);
    assert_eq!(first, second, "the same seeds give the same table");
    let v: serde_json::Value = serde_json::from_str(&first).unwrap();
    let rows = v["strategies"].as_array().unwrap();
    assert_eq!(rows.len(), 5);
    for row in rows {
        for key in ["name", "mean", "sd", "objectives", "adoption_rate", "runs"] {
            assert!(!row[key].is_null(), "{key} in {row}");
        }
        assert_eq!(row["runs"], 4);
    }
    let (ok, _, err) = zero_draft(&["league", "scenarios/tutorial.ron", "--delegation", "xx"]);
    assert!(!ok && err.contains("no delegation \"xx\""), "{err}");
    let (ok, _, err) = zero_draft(&[
        "league",
        "scenarios/tutorial.ron",
        "--delegation",
        "nl",
        "--strategies",
        "passive,bogus",
    ]);
    assert!(!ok && err.contains("unknown strategy \"bogus\""), "{err}");
}

#[test]
fn a_round_robin_rotates_strategies_over_several_seats_and_repeats_itself() {
    let args = [
        "league",
        "scenarios/tutorial.ron",
        "--delegation",
        "nl,ru,br",
        "--round-robin",
        "--strategies",
        "passive,cards,coach",
        "--runs",
        "2",
        "--json",
    ];
    let (ok, first, err) = zero_draft(&args);
    assert!(ok, "{err}");
    let (_, second, _) = zero_draft(&args);
    assert_eq!(first, second, "the same seeds give the same tournament");
    let v: serde_json::Value = serde_json::from_str(&first).unwrap();
    let rows = v["strategies"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    for row in rows {
        // Each strategy held each of the three seats once per seed.
        assert_eq!(row["runs"], 6, "{row}");
        assert_eq!(row["by_delegation"].as_object().unwrap().len(), 3, "{row}");
        for key in ["name", "mean", "sd", "adoption_rate"] {
            assert!(!row[key].is_null(), "{key} in {row}");
        }
    }
    // Several seats without --round-robin is a mistake, said in one line.
    let (ok, _, err) = zero_draft(&["league", "scenarios/tutorial.ron", "--delegation", "nl,ru"]);
    assert!(!ok && err.contains("--round-robin"), "{err}");
}

#[test]
fn the_coach_advises_the_human_seat_and_fork_cuts_a_record_to_play_on() {
    // A save of the first rules, cut at its start: a record of today's rules awaiting the
    // Netherlands' first move.
    let saved = "crates/engine/tests/fixtures/v1-tutorial-hotseat-save.ron";
    let branch = scratch("branch.ron");
    let (ok, _, err) = zero_draft(&["fork", saved, "--at", "0", "--out", &branch]);
    assert!(ok, "{err}");
    let text = std::fs::read_to_string(&branch).unwrap();
    assert!(
        text.contains("parent: Some(") && text.contains("at: 0"),
        "the branch names its parent"
    );
    let (ok, out, err) = zero_draft(&["coach", &branch, "--json", "--top", "3"]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["delegation"], "nl");
    let list = v["suggestions"].as_array().unwrap();
    assert!(!list.is_empty() && list.len() <= 3, "{out}");
    for s in list {
        for key in ["command", "words", "value", "objectors", "reactions"] {
            assert!(!s[key].is_null(), "{key} in {s}");
        }
    }
    let (ok, out, err) = zero_draft(&["coach", &branch]);
    assert!(
        ok && out.contains("The coach, for Netherlands") && out.contains("1. "),
        "{out}{err}"
    );
    // A moment past the record's end is refused in one line, and nothing is written.
    let beyond = scratch("beyond.ron");
    let (ok, _, err) = zero_draft(&["fork", saved, "--at", "999", "--out", &beyond]);
    assert!(!ok && err.contains("--at may be 0 to"), "{err}");
    assert!(!std::path::Path::new(&beyond).exists());
    // A branch never replaces the record it is cut from.
    let before = std::fs::read(&branch).unwrap();
    let (ok, _, err) = zero_draft(&["fork", &branch, "--at", "0", "--out", &branch]);
    assert!(
        !ok && err.contains("names the record being forked"),
        "{err}"
    );
    assert_eq!(std::fs::read(&branch).unwrap(), before);
    // A record whose events were edited does not replay, and is not cut either.
    let (ok, _, err) = zero_draft(&[
        "simulate",
        "scenarios/tutorial.ron",
        "--seed",
        "3",
        "--log",
        &scratch("whole.ron"),
    ]);
    assert!(ok, "{err}");
    let whole = std::fs::read_to_string(scratch("whole.ron")).unwrap();
    let forged = whole.replacen("round: 1,", "round: 2,", 1);
    assert_ne!(forged, whole);
    std::fs::write(scratch("forged.ron"), &forged).unwrap();
    let (ok, _, err) = zero_draft(&[
        "fork",
        &scratch("forged.ron"),
        "--at",
        "0",
        "--out",
        &scratch("forged-branch.ron"),
    ]);
    assert!(!ok, "a forged record is cut: {err}");
    assert!(!std::path::Path::new(&scratch("forged-branch.ron")).exists());
}

#[test]
fn a_record_edited_after_it_was_sealed_is_refused_even_when_it_replays() {
    let sealed = |seed: &str, name: &str| {
        let (ok, _, err) = zero_draft(&[
            "simulate",
            "scenarios/tutorial.ron",
            "--seed",
            seed,
            "--log",
            &scratch(name),
        ]);
        assert!(ok, "{err}");
        std::fs::read_to_string(scratch(name)).unwrap()
    };
    let genuine = sealed("5", "sealed-5.ron");
    let other = sealed("6", "sealed-6.ron");
    let (ok, _, err) = zero_draft(&["replay", "--quiet", &scratch("sealed-5.ron")]);
    assert!(ok && err.contains("signed by this installation"), "{err}");
    // Another game's body under this game's seal: a consistent game, but not the one sealed.
    let seal = |text: &str| text[text.find("    seal:").expect("records are sealed")..].to_string();
    let body = |text: &str| text[..text.find("    seal:").unwrap()].to_string();
    let forged = body(&other) + &seal(&genuine);
    std::fs::write(scratch("forged-seal.ron"), &forged).unwrap();
    let forged_path = scratch("forged-seal.ron");
    let branch = scratch("forged-seal-branch.ron");
    for args in [
        vec!["replay", "--quiet", &forged_path],
        vec!["export", &forged_path],
        vec!["coach", &forged_path],
        vec!["fork", &forged_path, "--at", "1", "--out", &branch],
    ] {
        let (ok, out, err) = zero_draft(&args);
        assert!(
            !ok && err.contains("signature does not match") && out.is_empty(),
            "{args:?}: {err}"
        );
    }
    assert!(!std::path::Path::new(&branch).exists());
    let (ok, _, err) = zero_draft(&["replay", "--quiet", "--unverified", &forged_path]);
    assert!(ok && err.contains("UNVERIFIED signature"), "{err}");
    // Without the seal the record is an unsigned one, as earlier versions wrote.
    std::fs::write(scratch("unsealed.ron"), body(&other) + ")").unwrap();
    let (ok, _, err) = zero_draft(&["replay", "--quiet", &scratch("unsealed.ron")]);
    assert!(ok && err.contains("not signed ("), "{err}");
    // Read by another installation, a sealed record is verified by replay but not signed there.
    let out = crate::binary()
        .args(["replay", "--quiet", &scratch("sealed-5.ron")])
        .env("XDG_DATA_HOME", scratch("another-installation"))
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && err.contains("not signed here"),
        "{err}"
    );
}
