//! Conditions for objectives and history: composites, positions, section order; text checks
//! judged on the adopted report; and the simulator's honest-history figures.

use zero_draft_engine::log::Action;
use zero_draft_engine::scenario::{Condition, parse_str};
use zero_draft_engine::session::{Session, Stage};
use zero_draft_engine::simulate::{Fate, paragraph_ids, play, play_unamended, stats, summarise};

use super::{model_from, tiny, tutorial};

fn includes(tag: &str) -> Condition {
    Condition::Includes {
        tag: tag.into(),
        section: None,
    }
}

/// The tiny room with a1 played by hand to the end: it passes, then takes `position`.
fn tiny_game(position: Action) -> Session {
    let m = model_from(&tiny("", "", ""));
    let mut s = Session::new(m, 1, &["a1"]).unwrap();
    let a1 = s.model().delegation("a1").unwrap();
    for _ in 0..100 {
        let Some(turn) = s.turn() else { break };
        let action = if turn.stage == Stage::Adoption {
            position.clone()
        } else {
            Action::Pass
        };
        s.act(a1, action).unwrap();
    }
    assert!(s.is_finished());
    s
}

#[test]
fn composite_conditions_combine_their_parts() {
    let s = tiny_game(Action::Join);
    let yes = includes("x");
    let no = includes("w");
    assert!(s.holds(&yes) && !s.holds(&no));
    assert!(s.holds(&Condition::All(vec![yes.clone(), Condition::Adopted])));
    assert!(!s.holds(&Condition::All(vec![yes.clone(), no.clone()])));
    assert!(s.holds(&Condition::Any(vec![no.clone(), yes.clone()])));
    assert!(s.holds(&Condition::Not(Box::new(no))));
    assert!(s.holds(&Condition::Joined("a1".into())));
    assert!(s.holds(&Condition::SectionOrder(vec!["one".into(), "two".into()])));
    assert!(!s.holds(&Condition::SectionOrder(vec!["two".into(), "one".into()])));
}

#[test]
fn dissociation_from_named_paragraphs_is_checked() {
    let s = tiny_game(Action::Dissociate(vec!["1".into()]));
    let from = |ps: &[&str]| Condition::DissociatedFrom {
        delegation: "a1".into(),
        paragraphs: ps.iter().map(|&p| p.into()).collect(),
    };
    assert!(s.holds(&from(&["1"])));
    assert!(!s.holds(&from(&["1", "3"])));
    assert!(!s.holds(&Condition::Joined("a1".into())));
}

#[test]
fn text_checks_fail_when_the_report_fails() {
    let s = tiny_game(Action::Block);
    assert!(
        s.outcome().is_some_and(|o| !o.adopted),
        "a1 blocked every call"
    );
    let yes = includes("x");
    assert!(s.holds(&yes), "the words are still in the failed text");
    assert!(!s.holds_in_report(&yes), "but no report holds them");
    assert!(!s.holds_in_report(&Condition::Not(Box::new(includes("w")))));
    assert!(s.holds_in_report(&Condition::NotAdopted));
    assert!(s.holds_in_report(&Condition::Any(vec![yes, Condition::NotAdopted])));
}

#[test]
fn new_conditions_are_validated() {
    let with_history = |check: &str| {
        tiny("", "", "").replacen(
            "model: (noise: 0.0)",
            &format!(
                "history: [(id: \"h\", description: \"H\", check: {check})], model: (noise: 0.0)"
            ),
            1,
        )
    };
    let ok = with_history(r#"All([Joined("a1"), Not(SectionOrder(["two", "one"]))])"#);
    assert!(parse_str("ok.ron", &ok).is_ok());
    for (bad, says) in [
        ("Any([])", "at least one condition"),
        (r#"SectionOrder(["one"])"#, "at least two sections"),
        (r#"Joined("a3")"#, "unknown delegation \"a3\""),
        (
            r#"DissociatedFrom(delegation: "a1", paragraphs: ["99"])"#,
            "unknown paragraph",
        ),
        (r#"ParagraphInChairSummary("99")"#, "unknown paragraph"),
    ] {
        let e = parse_str("bad.ron", &with_history(bad))
            .unwrap_err()
            .to_string();
        assert!(e.contains(says), "{bad}: {e}");
    }
}

#[test]
fn the_simulator_reports_variety_and_the_baseline() {
    let m = tutorial();
    let paragraphs = paragraph_ids(&m);
    let runs: Vec<_> = (1..=12)
        .map(|seed| summarise(&m, &play(&m, seed), &paragraphs))
        .collect();
    let unamended = play_unamended(&m, 1);
    assert!(unamended.is_finished());
    assert!(unamended.outcome().is_some_and(|o| o.adopted));
    assert_eq!(unamended.document(), &unamended.revisions()[0].document);
    let baseline: Vec<bool> = m
        .scenario
        .history
        .iter()
        .map(|h| unamended.holds_in_report(&h.check))
        .collect();
    let st = stats(&m, 1, &runs, Some(&baseline));
    let fidelity = st.fidelity.unwrap();
    let base = st.baseline_fidelity.unwrap();
    assert!((st.lift.unwrap() - (fidelity - base)).abs() < 1e-12);
    // Informative checks are those the unamended draft does not meet; the rest are marked.
    for (h, b) in st.history.iter().zip(&baseline) {
        assert_eq!(h.met_by_draft, Some(*b));
    }
    let informative: Vec<f64> = st
        .history
        .iter()
        .filter(|h| h.met_by_draft == Some(false))
        .map(|h| h.share)
        .collect();
    assert!(
        !informative.is_empty(),
        "the tutorial has checks its draft does not meet"
    );
    let mean = informative.iter().sum::<f64>() / informative.len() as f64;
    assert!((st.informative_fidelity.unwrap() - mean).abs() < 1e-12);
    assert_eq!(st.informative_lift, st.informative_fidelity);
    // Without the baseline nothing is called informative.
    let blind = stats(&m, 1, &runs, None);
    assert_eq!(blind.informative_fidelity, None);
    assert!(st.distinct_final_texts >= 1 && st.distinct_final_texts <= runs.len());
    assert!(st.modal_final_text_share > 0.0 && st.modal_final_text_share <= 1.0);
    // The unamended game keeps every drafted paragraph as drafted.
    let fates = zero_draft_engine::simulate::fates(&unamended, &paragraphs);
    assert!(
        fates
            .iter()
            .all(|f| matches!(f, Fate::Kept | Fate::NeverAdded))
    );
}

#[test]
fn draft_wording_the_chair_cuts_goes_to_its_summary_with_its_supporters() {
    use super::chair::{contested_x, play};
    use zero_draft_engine::log::Event;
    use zero_draft_engine::rebuild::rebuild;
    use zero_draft_engine::scenario::EditSpec;
    // Three delegations oppose X, one supports it beyond its tolerance but can do without it:
    // the Chair cuts X unasked (see chair.rs), and X's wording goes to its summary.
    let m = contested_x("1.5");
    let s = play(&m, &|_| None, &|_, _| false);
    let b1 = m.delegation("b1").unwrap();
    let entries = s.draft_summary();
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(
        (entries[0].paragraph.as_str(), entries[0].text.as_str()),
        ("1", "About ex.")
    );
    assert_eq!(entries[0].supporters, vec![b1]);
    assert!(s.holds(&Condition::ParagraphInChairSummary("1".into())));
    assert!(!s.holds(&Condition::ParagraphInChairSummary("2".into())));
    let logged = s
        .events()
        .iter()
        .any(|e| matches!(e, Event::DraftToSummary { entry } if entry.clause == "1.1"));
    assert!(logged, "the log says so");
    assert_eq!(rebuild(&m, s.events()).draft_summary.as_slice(), entries);
    // Only the same wording put back where it stood takes it out of the summary again.
    let back = |paragraph: &str| EditSpec::Insert {
        paragraph: paragraph.into(),
        after: None,
        text: " About ex. ".into(),
        tags: Vec::new(),
    };
    assert!(entries[0].restored_by(&back("1"), "1"));
    assert!(!entries[0].restored_by(&back("2"), "2"));
    let cut = EditSpec::Delete {
        clause: "1.1".into(),
    };
    assert!(!entries[0].restored_by(&cut, "1"));
    // Wording nobody valued beyond its tolerance is cut without a trace in the summary.
    let m = contested_x("0.5");
    let s = play(&m, &|_| None, &|_, _| false);
    let cut = s
        .events()
        .iter()
        .any(|e| matches!(e, Event::ChairEdited { .. }));
    assert!(cut, "the Chair still cuts it");
    assert!(s.draft_summary().is_empty());
    assert!(!s.holds(&Condition::ParagraphInChairSummary("1".into())));
}
