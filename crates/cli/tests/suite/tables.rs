//! Several tables through the binaries: a host of two tables and a bot at each.

use std::process::Stdio;
use std::time::Duration;

use super::classroom::{Guard, read_host, scenario, wait};

/// Two tables through the binaries: two bots (one at each table), each table's record and
/// results, and the class debrief comparing them.
#[test]
fn two_tables_write_their_records_and_the_class_debrief() {
    let dir = std::env::temp_dir().join(format!("zd-tables-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let record = dir.join("lesson.ron");
    let record_arg = record.to_string_lossy().to_string();
    let mut host = Guard(
        crate::binary()
            .args(["host"])
            .arg(scenario())
            .args(["--headless", "--bind", "127.0.0.1:0", "--code", "TWOS"])
            .args([
                "--tables",
                "2",
                "--start-when",
                "1",
                "--record",
                &record_arg,
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let (address, reader) = read_host(&mut host.0);
    let bots: Vec<Guard> = (1..=2)
        .map(|k| {
            Guard(
                crate::binary()
                    .args([
                        "join",
                        &address,
                        "--code",
                        "twos",
                        "--bot",
                        "--timeout",
                        "120",
                    ])
                    .args(["--name", &format!("bot {k}"), "--table", &k.to_string()])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .unwrap(),
            )
        })
        .collect();
    for mut b in bots {
        let status = wait(&mut b.0, Duration::from_secs(150)).expect("the bot finishes");
        assert!(status.success());
    }
    let status = wait(&mut host.0, Duration::from_secs(60)).expect("the host exits");
    let printed = reader.join().unwrap();
    assert!(status.success(), "{printed}");
    assert!(printed.contains("class debrief: "), "{printed}");
    for k in 1..=2 {
        let table = dir.join(format!("lesson-table{k}.ron"));
        assert!(table.exists(), "table {k}'s record");
        let csv = std::fs::read_to_string(table.with_extension("results.csv")).unwrap();
        assert!(csv.contains(&format!("bot {k},")), "{csv}");
    }
    let md = std::fs::read_to_string(dir.join("lesson.debrief.md")).unwrap();
    assert!(md.contains("| Table 1 | Table 2 |"), "{md}");
    let html = std::fs::read_to_string(dir.join("lesson.debrief.html")).unwrap();
    assert!(html.contains("<table>"), "{html}");
    let _ = std::fs::remove_dir_all(&dir);
}
