//! A large class over real UDP on 127.0.0.1, each student its own process: a hundred bots in
//! the synthetic room of 193 delegations. Every client must learn the end, and every client's
//! log must equal the host's. Minutes of two cores, so it runs when asked:
//! `cargo test --release -p zero-draft -- --ignored a_hundred`.

use std::io::Read;
use std::process::Stdio;
use std::time::{Duration, Instant};

#[test]
#[ignore = "minutes of two cores: run with --ignored"]
fn a_hundred_bots_finish_the_synthetic_room_of_193_over_udp() {
    let dir = std::env::temp_dir().join(format!("zd-hundred-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let scenario = dir.join("synthetic-193.ron");
    let s = zero_draft_engine::synthetic::scenario(193, 40, 3);
    std::fs::write(
        &scenario,
        ron::ser::to_string_pretty(&s, Default::default()).unwrap(),
    )
    .unwrap();
    let record = dir.join("class.ron");
    let mut host = crate::binary()
        .args(["host"])
        .arg(&scenario)
        .args(["--headless", "--bind", "127.0.0.1:0", "--code", "HUNDRED"])
        .args(["--start-when", "100", "--record"])
        .arg(&record)
        .env("XDG_DATA_HOME", &dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (address, reader) = super::classroom::read_host(&mut host);
    let mut bots: Vec<_> = (0..100)
        .map(|k| {
            crate::binary()
                .args([
                    "join",
                    &address,
                    "--code",
                    "hundred",
                    "--bot",
                    "--timeout",
                    "1200",
                ])
                .args(["--name", &format!("b{k}")])
                .env("XDG_DATA_HOME", &dir)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let start = Instant::now();
    let mut hashes = Vec::new();
    for b in &mut bots {
        let left = Duration::from_secs(1500).saturating_sub(start.elapsed());
        let mut out = String::new();
        let mut err = String::new();
        let deadline = Instant::now() + left;
        while b.try_wait().unwrap().is_none() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(200));
        }
        let _ = b.kill();
        b.stdout.take().unwrap().read_to_string(&mut out).unwrap();
        b.stderr.take().unwrap().read_to_string(&mut err).unwrap();
        hashes.push(
            out.lines()
                .find_map(|l| l.strip_prefix("log sha256 "))
                .map(str::to_string)
                .unwrap_or_else(|| format!("no end: {err}")),
        );
    }
    let _ = host.wait();
    let printed = reader.join().unwrap();
    let host_hash = printed
        .lines()
        .find_map(|l| l.strip_prefix("log sha256 "))
        .expect("the host prints the log hash")
        .to_string();
    let mut errors = String::new();
    host.stderr
        .take()
        .unwrap()
        .read_to_string(&mut errors)
        .unwrap();
    assert!(
        hashes.iter().all(|h| *h == host_hash),
        "{:?} vs {host_hash}; host: {errors}",
        hashes
            .iter()
            .filter(|h| **h != host_hash)
            .take(3)
            .collect::<Vec<_>>()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
