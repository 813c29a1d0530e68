//! `zero-draft check`, run as an author would.

use super::cli::{scratch, zero_draft};

#[test]
fn check_reports_the_same_stuck_checks_as_simulate_and_refuses_a_broken_file() {
    for file in [
        "scenarios/tutorial.ron",
        "scenarios/oewg-2020-predraft.ron",
        "scenarios/oewg-2022-apr.ron",
        "scenarios/oewg-2023-apr.ron",
        "scenarios/gge-2017.ron",
        "scenarios/cop28-global-stocktake.ron",
        "scenarios/who-pandemic-agreement.ron",
    ] {
        let (ok, out, err) = zero_draft(&["check", file, "--runs", "60", "--json"]);
        assert!(ok, "{file}: {err}");
        let report: serde_json::Value = serde_json::from_str(&out).unwrap();
        let stuck: Vec<&str> = report["stuck"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap())
            .collect();
        let (ok, out, err) = zero_draft(&[
            "simulate",
            file,
            "--runs",
            "60",
            "--check-history",
            "--json",
        ]);
        assert!(ok, "{file}: {err}");
        let sim: serde_json::Value = serde_json::from_str(&out).unwrap();
        let never_move: Vec<&str> = sim["history"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|h| {
                let s = h["share"].as_f64().unwrap();
                s == 0.0 || s == 1.0
            })
            .map(|h| h["id"].as_str().unwrap())
            .collect();
        assert_eq!(stuck, never_move, "{file}");
        assert_eq!(report["stats"]["fidelity"], sim["fidelity"], "{file}");
        let cards = report["cards"].as_array().unwrap().len();
        assert!(cards > 0, "{file}: every card is read");
    }
    let broken = scratch("broken-check.ron");
    std::fs::write(&broken, "(meta: (id: \"x\", title: ").unwrap();
    let (ok, _, err) = zero_draft(&["check", &broken]);
    assert!(!ok);
    assert!(err.contains("broken-check.ron"), "{err}");
}

#[test]
fn check_with_stakes_shows_what_each_named_seat_has_to_win_and_refuses_an_unknown_seat() {
    let file = "scenarios/tutorial.ron";
    let (ok, out, err) = zero_draft(&[
        "check", file, "--runs", "5", "--stakes", "2", "--seats", "br,au",
    ]);
    assert!(ok, "{err}");
    let section = out
        .split("what each seat has to win")
        .nth(1)
        .unwrap_or_else(|| panic!("no stakes section:\n{out}"));
    assert!(section.contains("Brazil (br), 2 games each"), "{section}");
    assert!(
        section.contains("Australia (au), 2 games each"),
        "{section}"
    );
    assert!(!section.contains("(nl)"), "{section}");
    assert!(section.contains("capacity: "), "{section}");

    let (ok, out, err) = zero_draft(&["check", file, "--runs", "5", "--stakes", "2", "--json"]);
    assert!(ok, "{err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let seats = report["stakes"].as_array().unwrap();
    // Without --seats, every briefed seat of the tutorial.
    assert_eq!(seats.len(), 4, "{out}");
    for s in seats {
        assert_eq!(s["games"], 2);
        assert!(s["objectives"].as_array().is_some_and(|o| !o.is_empty()));
    }
    // Without --stakes, no seats are played and none are listed.
    let (ok, out, _) = zero_draft(&["check", file, "--runs", "5", "--json"]);
    assert!(ok);
    assert!(!out.contains("\"stakes\""));

    let (ok, _, err) = zero_draft(&["check", file, "--stakes", "2", "--seats", "xx"]);
    assert!(!ok);
    assert!(err.contains("--seats") && err.contains("\"xx\""), "{err}");
}
