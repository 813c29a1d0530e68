//! A class over real UDP sockets on 127.0.0.1: a headless host and three bot students, each
//! its own process.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

pub(super) fn scenario() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scenarios/tutorial.ron")
}

/// Kills a child left running when a test fails.
pub(super) struct Guard(pub Child);
impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub(super) fn wait(child: &mut Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if let Ok(Some(status)) = child.try_wait() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

fn hash_line(text: &str) -> Option<String> {
    text.lines()
        .find_map(|l| l.strip_prefix("log sha256 "))
        .map(str::to_string)
}

#[test]
fn a_headless_host_and_three_bots_finish_the_tutorial_over_loopback() {
    let dir = std::env::temp_dir().join(format!("zd-class-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let record = dir.join("class.ron");
    let mut host = Guard(
        crate::binary()
            .args(["host"])
            .arg(scenario())
            .args([
                "--headless",
                "--bind",
                "127.0.0.1:0",
                "--code",
                "TEST",
                "--start-when",
                "3",
            ])
            .args(["--seed", "5", "--record"])
            .arg(&record)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut lines = BufReader::new(host.0.stdout.take().unwrap()).lines();
    let mut address = None;
    let mut printed = String::new();
    for line in lines.by_ref() {
        let line = line.unwrap();
        printed += &line;
        printed.push('\n');
        if let Some(a) = line.strip_prefix("address: ") {
            address = Some(a.to_string());
        }
        if line.starts_with("record: ") {
            break;
        }
    }
    assert!(printed.contains("code: TEST"), "{printed}");
    let address = address.expect("the host prints its address");
    let bots: Vec<Guard> = ["nl", "br", ""]
        .iter()
        .enumerate()
        .map(|(k, d)| {
            let mut c = crate::binary();
            c.args([
                "join",
                &address,
                "--code",
                "test",
                "--bot",
                "--timeout",
                "120",
            ])
            .args(["--name", &format!("bot {k}")]);
            if !d.is_empty() {
                c.args(["--delegation", d]);
            }
            Guard(
                c.stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap(),
            )
        })
        .collect();
    let mut hashes = Vec::new();
    for mut b in bots {
        let status = wait(&mut b.0, Duration::from_secs(150)).expect("the bot finishes");
        let mut out = String::new();
        let mut err = String::new();
        use std::io::Read;
        b.0.stdout.take().unwrap().read_to_string(&mut out).unwrap();
        b.0.stderr.take().unwrap().read_to_string(&mut err).unwrap();
        assert!(status.success(), "bot: {out} {err}");
        hashes.push(hash_line(&out).expect("a bot prints its log hash"));
    }
    let status = wait(&mut host.0, Duration::from_secs(30)).expect("the host exits after the game");
    assert!(status.success());
    let rest: String = lines.map_while(Result::ok).collect::<Vec<_>>().join("\n");
    let host_hash = hash_line(&rest).expect("the host prints the log hash");
    assert!(
        hashes.iter().all(|h| *h == host_hash),
        "{hashes:?} vs {host_hash}"
    );
    // The record replays, and the class results are beside it.
    let replay = crate::binary()
        .args(["replay", "--quiet"])
        .arg(&record)
        .output()
        .unwrap();
    assert!(
        replay.status.success(),
        "{}",
        String::from_utf8_lossy(&replay.stderr)
    );
    let csv = std::fs::read_to_string(record.with_extension("results.csv")).unwrap();
    assert_eq!(csv.lines().count(), 4, "{csv}");
    assert!(csv.lines().any(|l| l.starts_with("bot 0,nl,")), "{csv}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn join_refuses_a_bad_address_and_host_a_bad_code() {
    let out = crate::binary()
        .args(["join", "not an address", "--bot"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("HOST:PORT"));
    let out = crate::binary()
        .args(["host"])
        .arg(scenario())
        .args(["--headless", "--code", "no!", "--bind", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--code"));
}

#[test]
fn a_teacher_in_french_reads_a_refusal_in_french_through_the_binaries() {
    let mut host = Guard(
        crate::binary()
            .args(["host"])
            .arg(scenario())
            .args(["--headless", "--bind", "127.0.0.1:0", "--code", "TEST"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let (mut address, mut teacher) = (None, None);
    for line in BufReader::new(host.0.stdout.take().unwrap()).lines() {
        let line = line.unwrap();
        if let Some(a) = line.strip_prefix("address: ") {
            address = Some(a.to_string());
        }
        if let Some(c) = line.strip_prefix("teacher code: ") {
            teacher = Some(c.to_string());
        }
        if line.starts_with("students: ") || (address.is_some() && teacher.is_some()) {
            break;
        }
    }
    let (address, teacher) = (address.unwrap(), teacher.unwrap());
    // The teacher's code owes nothing to the students' (it was theirs plus four letters).
    assert!(
        !teacher.starts_with("TEST") && teacher.len() == 14,
        "{teacher}"
    );
    let mut console = Guard(
        crate::binary()
            .args([
                "--lang",
                "fr",
                "join",
                &address,
                "--facilitator",
                "--terminal",
            ])
            .args(["--code", &teacher])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let out = console.0.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut stdin = console.0.stdin.take().unwrap();
    use std::io::Write;
    // Acting for a delegation the teacher has not taken over is refused.
    let start = Instant::now();
    let mut refusal = None;
    while refusal.is_none() && start.elapsed() < Duration::from_secs(20) {
        let _ = writeln!(stdin, "as nl pass");
        while let Ok(line) = rx.recv_timeout(Duration::from_millis(500)) {
            if line.contains("refused") {
                refusal = Some(line);
                break;
            }
        }
    }
    // `seats` prints the seats at once, whether or not they changed.
    let _ = writeln!(stdin, "seats");
    let mut seats = None;
    while let Ok(line) = rx.recv_timeout(Duration::from_secs(5)) {
        if line.starts_with("seats:") {
            seats = Some(line);
            break;
        }
    }
    let _ = writeln!(stdin, "quit");
    let refusal = refusal.expect("the console shows the refusal");
    assert!(refusal.contains("Reprenez d'abord nl."), "{refusal}");
    let seats = seats.expect("`seats` printed the seats");
    assert!(seats.contains("not started"), "{seats}");
}

/// A headless host of the tutorial on a free loopback port, with `extra` arguments; its
/// guard and the address it prints.
pub(super) fn host_on_loopback(code: &str, extra: &[&str]) -> (Guard, String) {
    let mut host = Guard(
        crate::binary()
            .args(["host"])
            .arg(scenario())
            .args(["--headless", "--bind", "127.0.0.1:0", "--code", code])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let address = BufReader::new(host.0.stdout.take().unwrap())
        .lines()
        .map_while(Result::ok)
        .find_map(|l| l.strip_prefix("address: ").map(str::to_string))
        .expect("the host prints its address");
    (host, address)
}

/// Two bots join one after the other; the second must give up long before its 60 s timeout.
/// Returns what it said.
fn second_bot_turned_away(address: &str, code: &str, extra: &[&str]) -> String {
    let bot = |name: &str| {
        crate::binary()
            .args(["join", address, "--code", code, "--bot", "--timeout", "60"])
            .args(["--name", name])
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let _first = Guard(bot("first"));
    std::thread::sleep(Duration::from_secs(2));
    let mut second = Guard(bot("second"));
    let status = wait(&mut second.0, Duration::from_secs(30))
        .expect("the second bot gives up long before its timeout");
    let mut err = String::new();
    use std::io::Read;
    second
        .0
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(!status.success(), "{err}");
    err
}

#[test]
fn a_bot_asking_for_a_held_seat_is_told_so_at_once() {
    let (_host, address) = host_on_loopback("HELD", &["--start-when", "5"]);
    let err = second_bot_turned_away(&address, "held", &["--delegation", "nl"]);
    assert!(
        err.contains("taken") && err.contains("--delegation"),
        "{err}"
    );
}

#[test]
fn a_bot_turned_away_by_a_full_class_is_told_so_at_once() {
    let (_host, address) = host_on_loopback("FULL", &["--start-when", "5", "--places", "1"]);
    let err = second_bot_turned_away(&address, "full", &[]);
    assert!(err.contains("is full") && err.contains("--places"), "{err}");
}

/// A roster with a mistyped delegation and a name listed twice is refused with each place,
/// before the class opens.
#[test]
fn a_bad_roster_is_refused_with_its_places() {
    let dir = std::env::temp_dir().join(format!("zd-roster-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let roster = dir.join("class.csv");
    std::fs::write(
        &roster,
        "name,delegation\nAna,nl\n# a comment\nBen,brr\nana,au\n",
    )
    .unwrap();
    let out = crate::binary()
        .args(["host"])
        .arg(scenario())
        .args([
            "--headless",
            "--bind",
            "127.0.0.1:0",
            "--code",
            "ROST",
            "--roster",
        ])
        .arg(&roster)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("class.csv:4:5: `brr` is not a delegation"),
        "{err}"
    );
    assert!(err.contains("did you mean `br`?"), "{err}");
    assert!(err.contains("class.csv:5:1: ana is listed twice"), "{err}");
}

#[test]
fn a_wrong_code_is_told_at_the_door() {
    let (_host, address) = host_on_loopback("DOOR", &["--start-when", "5"]);
    let out = crate::binary()
        .args([
            "join",
            &address,
            "--code",
            "NOPE",
            "--bot",
            "--timeout",
            "30",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("wrong join code"), "{err}");
}

/// Reads a host's standard output to its end on a thread (a closed pipe would stop the host):
/// the address it listens at, once printed, and everything it printed, once it exits.
pub(super) fn read_host(host: &mut Child) -> (String, std::thread::JoinHandle<String>) {
    let out = host.stdout.take().expect("the host's output is piped");
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut all = String::new();
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            if let Some(a) = line.strip_prefix("address: ") {
                let _ = tx.send(a.to_string());
            }
            all += &line;
            all.push('\n');
        }
        all
    });
    let address = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the host prints its address");
    (address, reader)
}
