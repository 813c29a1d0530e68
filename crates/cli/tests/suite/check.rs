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
