//! Hostile and careless input found by an adversarial run, one reproducer each: the file is
//! refused with a clear message and its place, and nothing panics, hangs or runs out of memory.

use std::path::PathBuf;

use zero_draft_engine::error::printable;
use zero_draft_engine::files::{atomic_write, parse_record, read_capped, read_record};
use zero_draft_engine::scenario::limits::{MAX_SECTIONS, MODEL_BUDGET, WORK_BUDGET, cost, work};
use zero_draft_engine::scenario::parse_str;

use super::{TUTORIAL, tiny};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("zero-draft-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// The problems of a scenario the validator must refuse, as printed.
fn refused(source: &str) -> String {
    match parse_str("hostile.ron", source) {
        Ok(_) => panic!("the scenario was accepted"),
        Err(e) => e.to_string(),
    }
}

/// A scenario of `d` delegations, `t` tags and `s` sections (one paragraph each), one phase
/// with `interventions`.
pub fn sized(d: usize, t: usize, s: usize, interventions: u32) -> String {
    let tags: Vec<String> = (0..t)
        .map(|i| format!("(id: \"t{i}\", label: \"Tag {i}\")"))
        .collect();
    let sections: Vec<String> = (0..s)
        .map(|i| {
            format!(
                "(id: \"s{i}\", title: \"S{i}\", paragraphs: [(id: \"p{i}\", clauses: [(text: \"Text {i}.\", tags: [\"t{}\"])])])",
                i % t
            )
        })
        .collect();
    let delegations: Vec<String> = (0..d)
        .map(|i| {
            format!(
                "(id: \"d{i}\", name: \"D{i}\", {}rules: [(tag: \"t{}\", weight: 1.0)])",
                if i == 0 {
                    "playable: true, briefing: \"Play.\", objectives: [(id: \"o\", description: \"Adopt\", condition: Adopted)], "
                } else {
                    ""
                },
                i % t
            )
        })
        .collect();
    format!(
        "(meta: (id: \"sized\", title: \"Sized\"), tags: [{}], draft: [{}], blocs: [(id: \"b\", name: \"B\", delegations: [{}])], chair: (name: \"C\"), schedule: (phases: [(id: \"p\", name: \"P\", rounds: 1, interventions: {interventions})]))",
        tags.join(","),
        sections.join(","),
        delegations.join(",")
    )
}

#[test]
fn a_scenario_whose_model_would_exceed_the_budget_is_refused() {
    // Within every count limit, but 400 delegations × 10 interventions heard by 399 others.
    let big = sized(400, 20, 4, 10);
    let e = refused(&big);
    assert!(e.contains("over the budget of 512 MB"), "{e}");
    assert!(e.contains("interventions"), "names what to reduce: {e}");
    // The same room with fewer interventions fits.
    let fits = sized(400, 20, 4, 1);
    let s = parse_str("fits.ron", &fits).unwrap();
    assert!(cost(&s).total() <= MODEL_BUDGET);
}

#[test]
fn a_scenario_whose_game_would_take_too_long_is_refused_with_the_figure() {
    // Small in memory, but 20,000 cards weighed by 40 delegations every round for 500 rounds.
    let with = |rounds: u32| {
        let cards: Vec<String> = (0..20_000)
            .map(|k| {
                format!(
                    "(id: \"c{k}\", title: \"C\", edit: Insert(paragraph: \"p{}\", text: \"More {k}.\", tags: [\"t0\"]))",
                    k % 4
                )
            })
            .collect();
        sized(40, 4, 4, 1)
            .replace("rounds: 1", &format!("rounds: {rounds}"))
            .replace(
                ", schedule:",
                &format!(", cards: [{}], schedule:", cards.join(",")),
            )
    };
    let e = refused(&with(500));
    assert!(e.contains("million steps (500 rounds)"), "{e}");
    assert!(
        e.contains("rounds × delegations × (cards + clauses)"),
        "names what to reduce: {e}"
    );
    let s = parse_str("fits.ron", &with(100)).unwrap();
    assert!(work(&s).total() <= WORK_BUDGET);
}

#[test]
fn sections_are_limited_so_no_section_id_can_wrap() {
    let e = refused(&sized(2, 2, MAX_SECTIONS + 1, 1));
    assert!(e.contains(&format!("{} sections", MAX_SECTIONS + 1)), "{e}");
    assert!(parse_str("ok.ron", &sized(2, 2, MAX_SECTIONS, 1)).is_ok());
}

#[test]
fn special_files_are_refused_and_reads_are_capped() {
    let fifo = scratch("pipe.ron");
    let _ = std::fs::remove_file(&fifo);
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        // Reading a FIFO would block forever; it is refused before it is opened.
        let e = read_capped(&fifo, 1024).unwrap_err().to_string();
        assert!(e.contains("not a regular file"), "{e}");
        let e = read_record(&fifo).unwrap_err().to_string();
        assert!(e.contains("not a regular file"), "{e}");
    }
    let dir = scratch("a-folder.ron");
    std::fs::create_dir_all(&dir).unwrap();
    assert!(read_capped(&dir, 1024).is_err());
    // A device that reports no size and never ends, reached through a link the test made.
    let zero = scratch("zero.ron");
    let _ = std::fs::remove_file(&zero);
    if std::os::unix::fs::symlink("/dev/zero", &zero).is_ok()
        && std::path::Path::new("/dev/zero").exists()
    {
        let e = read_capped(&zero, 1024).unwrap_err().to_string();
        assert!(e.contains("not a regular file"), "{e}");
    }
    // A regular file over the limit stops the read.
    let long = scratch("long.ron");
    std::fs::write(&long, vec![b'x'; 5000]).unwrap();
    assert!(read_capped(&long, 4096).is_err());
    assert!(read_capped(&long, 5000).is_ok());
}

#[test]
fn writes_go_only_to_new_paths_and_regular_files() {
    let target = scratch("target.txt");
    std::fs::write(&target, "keep").unwrap();
    let link = scratch("link.txt");
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink(&target, &link).unwrap();
    assert!(atomic_write(&link, b"new").is_err());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let dir = scratch("a-dir");
    std::fs::create_dir_all(&dir).unwrap();
    assert!(atomic_write(&dir, b"new").is_err());
    assert!(dir.is_dir());
    atomic_write(&target, b"new").unwrap();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
}

#[test]
fn a_killed_writers_temporary_file_is_cleaned_on_the_next_write() {
    let target = scratch("save.ron");
    // PID 0 is never a running writer's.
    let stale = target.with_file_name(".save.ron.tmp0-3");
    std::fs::write(&stale, "half a save").unwrap();
    atomic_write(&target, b"whole").unwrap();
    assert!(!stale.exists(), "the stale temporary file is gone");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "whole");
}

#[test]
fn ids_that_become_file_names_cannot_leave_their_folder() {
    let src = TUTORIAL.replacen("id: \"tutorial\"", "id: \"../../../escaped\"", 1);
    assert_ne!(src, TUTORIAL);
    let e = refused(&src);
    assert!(e.contains("meta.id") && e.contains("save files"), "{e}");
}

#[test]
fn numbers_must_be_finite_and_in_range() {
    for (param, value) in [
        ("tolerance", "NaN"),
        ("flexibility", "inf"),
        ("trust_weight", "1e308"),
    ] {
        let src =
            tiny("", "", "").replace("model: (noise: 0.0)", &format!("model: ({param}: {value})"));
        let e = refused(&src);
        assert!(e.contains(&format!("model.{param}")), "{e}");
        assert!(e.contains("out of range"), "{e}");
        // The problem carries its line.
        let line = src
            .lines()
            .position(|l| l.contains(&format!("{param}: {value}")))
            .unwrap()
            + 1;
        assert!(e.contains(&format!("hostile.ron:{line}:")), "{e}");
    }
}

#[test]
fn texts_over_the_limit_and_empty_labels_are_refused() {
    let long = "x".repeat(4_001);
    let src =
        tiny("", "", "").replacen("briefing: \"Play A.\"", &format!("briefing: \"{long}\""), 1);
    assert!(refused(&src).contains("4001 characters"));
    let src = tiny("", "", "").replacen("label: \"X\"", "label: \"  \"", 1);
    assert!(refused(&src).contains("tags[0].label"));
}

#[test]
fn ids_and_phrases_that_cannot_be_read_are_refused() {
    // Only zero-width spaces.
    let src = tiny("", "", "").replacen("(id: \"a2\"", "(id: \"\u{200B}\u{200B}\"", 1);
    assert!(refused(&src).contains("invisible"));
    // A phrase of punctuation only never matches any text.
    let src = tiny("", "", "").replacen("phrase: \"ex\"", "phrase: \"!!!\"", 1);
    assert!(refused(&src).contains("at least one word"));
    // A clause id of the form the engine gives inserted clauses.
    let src = tiny("", "", "").replacen(
        "(text: \"About zed.\"",
        "(id: \"2.n1\", text: \"About zed.\"",
        1,
    );
    assert!(refused(&src).contains("the engine gives new clauses"));
}

#[test]
fn two_cards_cannot_create_the_same_paragraph() {
    let card = |id: &str| {
        format!(
            "(id: \"{id}\", title: \"New\", edit: NewParagraph(section: \"one\", id: \"9\", text: \"About ex.\"))"
        )
    };
    let src = tiny("", "", "").replacen(
        "model: (noise: 0.0)",
        &format!(
            "cards: [{}, {}], model: (noise: 0.0)",
            card("c1"),
            card("c2")
        ),
        1,
    );
    let e = refused(&src);
    assert!(
        e.contains("cards[1].edit.id") && e.contains("same paragraph"),
        "{e}"
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let with_bom = format!("\u{feff}{TUTORIAL}");
    assert!(parse_str("bom.ron", &with_bom).is_ok());
}

#[test]
fn control_characters_in_a_bad_id_are_escaped_when_printed() {
    let src = tiny("(tag: \"\u{1b}[31mred\nline\", weight: 1.0)", "", "");
    let e = refused(&src);
    assert!(
        !e.contains('\u{1b}'),
        "no raw escape reaches the terminal: {e:?}"
    );
    assert!(!e.contains("red\nline"), "{e:?}");
    assert_eq!(printable("a\u{1b}b"), "a\\u{1b}b");
}

#[test]
fn records_that_are_not_records_say_what_they_are() {
    let e = parse_record("tutorial.ron", TUTORIAL)
        .unwrap_err()
        .to_string();
    assert!(e.contains("this is a scenario, not a game record"), "{e}");
    let deep = format!(
        "(format: 2, seats: {}{})",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let e = parse_record("deep.ron", &deep).unwrap_err().to_string();
    assert!(!e.contains("recursion_limit"), "{e}");
    assert!(e.contains("nests deeper"), "{e}");
}

#[test]
fn records_and_scenarios_mistaken_for_each_other_say_what_they_are() {
    let m = std::sync::Arc::new(zero_draft_engine::Model::new(
        parse_str("t.ron", TUTORIAL).unwrap(),
    ));
    let mut s = zero_draft_engine::Session::new(m, 1, &[]).unwrap();
    s.run_to_end();
    let record = zero_draft_engine::files::record_to_string(&s.record("tutorial.ron", TUTORIAL));
    // A byte-order mark is not part of the text.
    assert!(parse_record("bom.ron", &format!("\u{feff}{record}")).is_ok());
    // A record that lost its `format` field is still recognised as a record.
    let lost = record.replacen("format: 2,", "", 1);
    assert_ne!(lost, record);
    let e = parse_record("lost.ron", &lost).unwrap_err().to_string();
    assert!(e.contains("lost its `format` field"), "{e}");
    // A record given as a scenario.
    let e = parse_str("record.ron", &record).unwrap_err().to_string();
    assert!(e.contains("this is a game record, not a scenario"), "{e}");
}
