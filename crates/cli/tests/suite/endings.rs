//! Lessons that end or break off through the binaries: Ctrl+C at a headless host, and a
//! student's game killed and started again.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::classroom::{Guard, host_on_loopback, scenario, wait};

/// Ctrl+C at a headless host's terminal ends the class cleanly: everyone is told, what was
/// played is written, and the host exits with success (it exited 1, writing nothing).
#[test]
fn ctrl_c_at_a_headless_host_ends_the_class_cleanly() {
    let dir = std::env::temp_dir().join(format!("zero-draft-ctrl-c-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let record = dir.join("class.ron");
    let mut host = crate::binary()
        .args(["host"])
        .arg(scenario())
        .args(["--headless", "--bind", "127.0.0.1:0", "--code", "CTRL"])
        .arg("--record")
        .arg(&record)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(host.stdout.take().unwrap()).lines();
    assert!(
        lines
            .by_ref()
            .map_while(Result::ok)
            .any(|l| l.starts_with("record: ")),
        "the host started"
    );
    let interrupt = Command::new("kill")
        .args(["-INT", &host.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupt.success());
    let start = Instant::now();
    let status = loop {
        if let Some(s) = host.try_wait().unwrap() {
            break s;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the host ended within 20 s of Ctrl+C"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "exit status {status:?}");
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(
        rest.iter().any(|l| l.contains("not started")),
        "it says what it wrote: {rest:?}"
    );
}

/// A student's game killed mid-session and started again takes the same seat: the seat token
/// is kept on disk, and the restarted client sends it. The room starts with two students and
/// waits for a dropped one (`--grace wait`), so the game ends only if the seat came back to
/// the same student.
#[test]
fn a_student_killed_and_started_again_gets_the_same_seat() {
    let dir = std::env::temp_dir().join(format!("zd-rejoin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let record = dir.join("class.ron");
    let (mut host, address) = host_on_loopback(
        "BACK",
        &[
            "--start-when",
            "2",
            "--grace",
            "wait",
            "--record",
            record.to_str().unwrap(),
        ],
    );
    let student = |name: &str| {
        crate::binary()
            .args([
                "join",
                &address,
                "--code",
                "back",
                "--bot",
                "--timeout",
                "120",
            ])
            .args(["--name", name, "--strategy", "passive"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    // The first run claims the first free seat (the Netherlands), waits in the lobby for a
    // classmate and is killed.
    let mut first = Guard(student("ana"));
    std::thread::sleep(Duration::from_secs(3));
    assert!(
        first.0.try_wait().unwrap().is_none(),
        "the first run is still waiting"
    );
    first.0.kill().unwrap();
    let _ = first.0.wait();
    let data = std::env::temp_dir().join(format!("zero-draft-cli-data-{}", std::process::id()));
    let kept = std::fs::read_to_string(data.join("zero-draft/class-seats.tsv"))
        .expect("the seat token is kept on disk");
    assert!(kept.contains(&address) && kept.contains("ana"), "{kept}");
    // Started again, it takes the same seat; a classmate joins and the game plays out.
    let mut again = Guard(student("ana"));
    std::thread::sleep(Duration::from_secs(2));
    let _ben = Guard(student("ben"));
    let status = wait(&mut again.0, Duration::from_secs(120)).expect("the game ends");
    let mut err = String::new();
    use std::io::Read;
    again
        .0
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(status.success(), "{err}");
    assert!(wait(&mut host.0, Duration::from_secs(30)).is_some_and(|s| s.success()));
    // The room waited for the dropped seat, so the game's end shows the seat came back: the
    // results name the two students, one seat each.
    let results = std::fs::read_to_string(record.with_extension("results.csv")).unwrap();
    let rows: Vec<&str> = results.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{results}");
    assert!(
        rows.iter().any(|r| r.starts_with("ana,")) && rows.iter().any(|r| r.starts_with("ben,"))
    );
}
