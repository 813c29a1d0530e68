//! The game in a real window under Xvfb, started as a user starts it.

use std::process::Command;

/// Whether Xvfb is here; CI (ZERO_DRAFT_REQUIRE_WINDOW) never skips the window's tests.
fn has_xvfb() -> bool {
    let has = Command::new("sh")
        .args(["-c", "command -v xvfb-run"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has {
        assert!(
            std::env::var_os("ZERO_DRAFT_REQUIRE_WINDOW").is_none(),
            "xvfb-run is required"
        );
        eprintln!("skipped: xvfb-run is not installed");
    }
    has
}

/// `zero-draft screenshot` of `screen` in a data folder of its own under Xvfb. One at a time:
/// two `xvfb-run -a` started together can pick the same display; and since another program on
/// the machine may start one at the same moment, the search starts from a display number of
/// this process's own, and a display taken under its feet is tried once more.
fn screenshot(screen: &str, dir: &std::path::Path, out: &std::path::Path) -> std::process::Output {
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let first = screenshot_on(200 + std::process::id() % 300, screen, dir, out);
    let lost = String::from_utf8_lossy(&first.stderr).contains("XOpenDisplayFailed");
    if lost {
        return screenshot_on(600 + std::process::id() % 300, screen, dir, out);
    }
    first
}

fn screenshot_on(
    display: u32,
    screen: &str,
    dir: &std::path::Path,
    out: &std::path::Path,
) -> std::process::Output {
    Command::new("xvfb-run")
        .args([
            "-a",
            "-n",
            &display.to_string(),
            "-s",
            "-screen 0 1280x800x24",
        ])
        .arg(env!("CARGO_BIN_EXE_zero-draft"))
        .args([
            "screenshot",
            "--scenario",
            "scenarios/tutorial.ron",
            "--screen",
            screen,
            "--out",
        ])
        .arg(out)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .env("WGPU_BACKEND", "vulkan")
        .env("XDG_DATA_HOME", dir)
        .env("XDG_CONFIG_HOME", dir)
        .output()
        .expect("xvfb-run starts")
}

/// The launch time as a player sees it: from the start of the program to the first title
/// frame read back from the window with the title drawn on it. Reported, not bounded (the
/// figure belongs to the machine); the test fails if no drawn frame is ever presented.
#[test]
fn the_title_is_presented_drawn_and_the_launch_time_reported() {
    if !has_xvfb() {
        return;
    }
    let dir = std::env::temp_dir().join(format!("zero-draft-launch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let run = screenshot("title", &dir, &dir.join("title.png"));
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let line = out
        .lines()
        .find(|l| l.contains("first presented drawn"))
        .unwrap_or_else(|| panic!("no drawn title frame was reported:\n{out}"));
    eprintln!("launch: {line}");
}

/// Renders the table in a real window. Needs Xvfb and Mesa's Vulkan driver; `.ci/run`
/// installs both and sets ZERO_DRAFT_REQUIRE_WINDOW so that CI never skips it.
#[test]
fn the_table_renders_in_a_real_window() {
    if !has_xvfb() {
        return;
    }
    let dir = std::env::temp_dir().join(format!("zero-draft-window-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("table.png");
    let status = screenshot("table", &dir, &out);
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let png = std::fs::read(&out).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
    assert_eq!((width, height), (1280, 800));
    // A blank window compresses to almost nothing; the table is full of text.
    assert!(
        png.len() > 60_000,
        "the screenshot is only {} bytes",
        png.len()
    );
}
