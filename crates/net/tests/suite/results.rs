//! The class results: the rubric read from the record, and a student credited only with
//! their own moves.

use bevy_replicon::test_app::ServerTestAppExt;

use super::*;

/// The results carry the rubric: the score's parts, what each student did on the floor, in
/// how many rounds, and the promises kept and broken — each figure the record's own.
#[test]
fn the_results_carry_a_rubric_read_from_the_record() {
    let mut cfg = config("tutorial.ron");
    cfg.start_when = Some(2);
    let mut class = Class::new(cfg);
    class.bot("ana", Some("nl"), zero_draft_net::bot::Strategy::Ai);
    class.bot("ben", Some("ru"), zero_draft_net::bot::Strategy::Ai);
    assert!(class.play_out(5_000));
    let csv = class.room().results_csv();
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(header.len(), 17, "{header:?}");
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let s = class.room().session().unwrap();
    let mut active = 0;
    for line in lines {
        let f: Vec<&str> = line.split(',').collect();
        assert_eq!(f.len(), 17, "{line}");
        let d = s.model().delegation(f[col("delegation")]).unwrap();
        let tabled = s
            .events()
            .iter()
            .filter(|e| matches!(e, zero_draft_engine::log::Event::Tabled { proposer, .. } if *proposer == d))
            .count();
        assert_eq!(f[col("tabled")].parse::<usize>().unwrap(), tabled, "{line}");
        let (on, of): (u32, u32) = (
            f[col("rounds_active")].parse().unwrap(),
            f[col("rounds")].parse().unwrap(),
        );
        assert!(on <= of && of > 0, "{line}");
        active += on;
        let _: u32 = f[col("promises_kept")].parse().unwrap();
        let _: u32 = f[col("promises_broken")].parse().unwrap();
        let _: f32 = f[col("objective_points")].parse().unwrap();
    }
    assert!(active > 0, "the students acted in some rounds:\n{csv}");
    // Each student receives the header and their own row, nobody else's.
    for (k, (me, other)) in [(0, ("ana,", "ben,")), (1, ("ben,", "ana,"))] {
        let got = class
            .remote(k)
            .results
            .clone()
            .expect("a student's results");
        assert_eq!(got.lines().count(), 2, "{got}");
        assert!(got.lines().nth(1).unwrap().starts_with(me), "{got}");
        assert!(!got.contains(other), "{got}");
    }
}

/// A student who left and whose seat the AI played on is not credited with the AI's moves.
#[test]
fn the_results_credit_a_student_only_with_their_own_moves() {
    let mut cfg = config("tutorial.ron");
    cfg.start_when = Some(1);
    cfg.grace = Some(0.0);
    let mut class = Class::new(cfg);
    let ana = class.bot("ana", Some("nl"), zero_draft_net::bot::Strategy::Passive);
    assert!(class.run_until(2_000, |c| {
        c.room().session().is_some_and(|s| s.inputs().len() > 1)
    }));
    let mut gone = class.clients.remove(ana);
    class.server.disconnect_client(&mut gone);
    class.bytes.remove(ana);
    class.sent.remove(ana);
    assert!(class.play_out(5_000));
    let s = class.room().session().unwrap();
    let nl = s.model().delegation("nl").unwrap();
    let by_nl = s
        .events()
        .iter()
        .filter(|e| {
            matches!(e, zero_draft_engine::log::Event::Tabled { proposer, .. } if *proposer == nl)
                || matches!(e, zero_draft_engine::log::Event::CoSponsored { delegation, .. } if *delegation == nl)
                || matches!(e, zero_draft_engine::log::Event::Objected { delegation, .. } if *delegation == nl)
        })
        .count();
    assert!(
        by_nl > 0,
        "the AI played the Netherlands' seat on the floor"
    );
    let csv = class.room().results_csv();
    let row: Vec<&str> = csv
        .lines()
        .find(|l| l.starts_with("ana,nl,"))
        .expect("ana's row")
        .split(',')
        .collect();
    // tabled, cosponsored, objected, rounds_active: the passive student did none of it.
    assert_eq!(&row[10..14], &["0", "0", "0", "0"], "{csv}");
}
