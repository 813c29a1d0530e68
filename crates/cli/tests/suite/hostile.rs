//! The binary against hostile surroundings: closed pipes, unwritable output, special files as
//! targets, no desktop, and a scenario at the memory budget. Nothing panics; nothing that was
//! there before is lost.

use std::os::unix::fs::FileTypeExt;
use std::process::{Command, Stdio};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

fn zero_draft() -> Command {
    let mut c = crate::binary();
    c.current_dir(ROOT);
    c
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("zero-draft-cli-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn no_panic(stderr: &[u8]) {
    let text = String::from_utf8_lossy(stderr);
    assert!(!text.contains("panicked"), "{text}");
    assert!(!text.contains("RUST_BACKTRACE"), "{text}");
}

const RECORD: &str = "crates/engine/tests/fixtures/v1-tutorial-simulate-seed-11.ron";

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = zero_draft()
        .args(["replay", RECORD, "--unverified"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away at once, as `| head -1` does after its line.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    no_panic(&out.stderr);
    assert!(out.status.success(), "{out:?}");
}

#[test]
fn an_unwritable_standard_output_is_a_clean_error() {
    // A full device: every write fails with "no space left".
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("skipped: this system has no /dev/full");
        return;
    };
    for args in [
        vec!["validate", "scenarios/tutorial.ron"],
        vec!["replay", RECORD, "--unverified"],
    ] {
        let out = zero_draft()
            .args(&args)
            .stdout(full.try_clone().unwrap())
            .output()
            .unwrap();
        no_panic(&out.stderr);
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("cannot write to standard output"), "{err}");
    }
}

#[test]
fn outputs_never_replace_links_devices_pipes_or_the_record_itself() {
    let fifo = scratch("out.fifo");
    let _ = std::fs::remove_file(&fifo);
    let made = Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        let out = zero_draft()
            .args(["export", RECORD, "--out"])
            .arg(&fifo)
            .output()
            .unwrap();
        no_panic(&out.stderr);
        assert!(!out.status.success());
        assert!(
            std::fs::symlink_metadata(&fifo)
                .unwrap()
                .file_type()
                .is_fifo()
        );
    }
    let kept = scratch("kept.txt");
    std::fs::write(&kept, "keep me").unwrap();
    let link = scratch("log-link.ron");
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink(&kept, &link).unwrap();
    let out = zero_draft()
        .args(["simulate", "scenarios/tutorial.ron", "--log"])
        .arg(&link)
        .output()
        .unwrap();
    no_panic(&out.stderr);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("symbolic link"));
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), "keep me");
    // Exporting a record over itself would lose the record.
    let record = scratch("self.ron");
    std::fs::copy(format!("{ROOT}/{RECORD}"), &record).unwrap();
    let before = std::fs::read(&record).unwrap();
    let out = zero_draft()
        .arg("export")
        .arg(&record)
        .arg("--out")
        .arg(&record)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("would overwrite it"));
    assert_eq!(std::fs::read(&record).unwrap(), before);
}

#[test]
fn without_a_desktop_the_game_says_so_in_one_line() {
    let out = zero_draft()
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    no_panic(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("desktop session") && err.contains("simulate"),
        "{err}"
    );
}

#[test]
fn a_display_that_cannot_answer_is_refused_in_one_line_without_a_panic() {
    // A socket left behind by an X server that has gone: it exists and refuses connections.
    let dir = std::path::Path::new("/tmp/.X11-unix");
    let n = 900 + std::process::id() % 90;
    let stale = dir.join(format!("X{n}"));
    let made = std::fs::create_dir_all(dir).is_ok()
        && std::os::unix::net::UnixListener::bind(&stale).is_ok();
    let mut cases = vec![
        // Only a Wayland session: this build opens X11 windows.
        vec![("WAYLAND_DISPLAY", "wayland-0".to_string())],
        // No server at all behind the display.
        vec![("DISPLAY", format!(":{}", n + 1))],
    ];
    if made {
        cases.push(vec![("DISPLAY", format!(":{n}"))]);
    }
    for env in cases {
        let mut cmd = zero_draft();
        cmd.env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
        for (k, v) in &env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        no_panic(&out.stderr);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{env:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{env:?}: {err}");
        assert!(err.contains("desktop session"), "{env:?}: {err}");
    }
    if made {
        let _ = std::fs::remove_file(&stale);
    }
}

#[test]
fn a_screenshot_without_a_display_keeps_the_old_file() {
    let png = scratch("old.png");
    std::fs::write(&png, "an earlier picture").unwrap();
    let out = zero_draft()
        .args([
            "screenshot",
            "--scenario",
            "scenarios/tutorial.ron",
            "--screen",
            "table",
            "--out",
        ])
        .arg(&png)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    no_panic(&out.stderr);
    assert!(!out.status.success());
    assert_eq!(std::fs::read_to_string(&png).unwrap(), "an earlier picture");
}

/// A scenario near the memory budget: 400 delegations × 1,000 tags × 200 sections (the weight
/// table alone is 305 MB) whose delegations each table a deletion heard by 399 others.
fn at_the_limit() -> String {
    let (d, t, s) = (400, 1000, 200);
    let tags: Vec<String> = (0..t)
        .map(|i| format!("(id: \"t{i}\", label: \"T{i}\")"))
        .collect();
    let sections: Vec<String> = (0..s)
        .map(|i| format!("(id: \"s{i}\", title: \"S{i}\", paragraphs: [(id: \"p{i}\", clauses: [(text: \"Text {i}.\", tags: [\"t{i}\"])])])"))
        .collect();
    let delegations: Vec<String> = (0..d)
        .map(|i| {
            let extra = if i == 0 {
                "playable: true, briefing: \"Play.\", objectives: [(id: \"o\", description: \"Adopt\", condition: Adopted)], "
            } else {
                ""
            };
            format!("(id: \"d{i}\", name: \"D{i}\", {extra}rules: [(tag: \"t{}\", weight: -3.0)])", i % s)
        })
        .collect();
    format!(
        "(meta: (id: \"limit\", title: \"At the limit\"), tags: [{}], draft: [{}], blocs: [(id: \"b\", name: \"B\", delegations: [{}])], chair: (name: \"C\"), schedule: (phases: [(id: \"p\", name: \"P\", rounds: 2, interventions: 1)]))",
        tags.join(","),
        sections.join(","),
        delegations.join(",")
    )
}

#[test]
fn a_scenario_at_the_memory_budget_plays_within_it() {
    let file = scratch("limit.ron");
    std::fs::write(&file, at_the_limit()).unwrap();
    let out = zero_draft().arg("validate").arg(&file).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("a game needs at most"), "{said}");
    // Under a 2 GB address-space limit, as the budget promises.
    // Reaped below with wait4, which also reads the child's peak memory.
    #[allow(clippy::zombie_processes)]
    let child = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v 2097152 && exec '{}' simulate '{}'",
            env!("CARGO_BIN_EXE_zero-draft"),
            file.display()
        ))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child; `status` and `usage` are valid for writes.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid);
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "simulate failed under the limit"
    );
    let peak_mb = usage.ru_maxrss as f64 / 1024.0;
    eprintln!("peak resident memory of simulate at the budget: {peak_mb:.0} MB");
    assert!(peak_mb <= 512.0, "{peak_mb:.0} MB");
}

#[test]
fn control_characters_from_a_scenario_reach_the_terminal_escaped() {
    let src = include_str!("../../../../scenarios/tutorial.ron");
    let (from, to) = (
        "name: (text: \"Netherlands\"",
        "name: (text: \"Nether\\u{1b}[31mlands\\u{7}\"",
    );
    assert!(src.contains(from));
    let path = scratch("escape.ron");
    let said = "description: (text: \"The report is adopted by consensus\"";
    assert!(src.contains(said));
    std::fs::write(
        &path,
        src.replacen(from, to, 1).replacen(
            said,
            "description: (text: \"The report is \\u{202E}adopted\\u{1b} by consensus\"",
            1,
        ),
    )
    .unwrap();
    for args in [
        vec!["simulate", path.to_str().unwrap(), "--runs", "1"],
        vec!["validate", path.to_str().unwrap()],
    ] {
        let out = zero_draft().args(&args).output().unwrap();
        no_panic(&out.stderr);
        for stream in [&out.stdout, &out.stderr] {
            assert!(
                !stream.iter().any(|&b| b == 0x1b || b == 0x07),
                "{args:?} printed a raw control character"
            );
        }
        let said = String::from_utf8_lossy(&out.stdout);
        if args[0] == "simulate" {
            assert!(said.contains("Nether\\u{1b}[31mlands"), "{said}");
        }
    }
    // As JSON, the same characters are JSON escapes: the output stays valid and keeps them.
    let out = zero_draft()
        .args(["simulate", path.to_str().unwrap(), "--runs", "1", "--json"])
        .output()
        .unwrap();
    assert!(!out.stdout.iter().any(|&b| b == 0x1b || b == 0x07));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let history = v["history"][0]["description"].as_str().unwrap();
    assert_eq!(history, "The report is \u{202E}adopted\u{1b} by consensus");
}
