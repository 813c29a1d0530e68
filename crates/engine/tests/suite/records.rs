//! Game records: format 2 round-trips, format-1 records from the first version still load
//! and resume under today's rules, and a record whose embedded scenario was edited is refused.

use std::path::{Path, PathBuf};

use zero_draft_engine::Model;
use zero_draft_engine::files::{atomic_write, read_record, record_to_string};
use zero_draft_engine::record::{RECORD_FORMAT, RULES};
use zero_draft_engine::scenario::parse_str;
use zero_draft_engine::session::{ReplayError, Resumption, Session};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("zero-draft-records-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn replay_file(path: &Path) -> Result<Session, ReplayError> {
    let record = read_record(path).unwrap();
    let model = std::sync::Arc::new(Model::new(
        parse_str("embedded", &record.scenario_source).unwrap(),
    ));
    Session::replay_verified(model, &record)
}

/// Resumes a record the way the game does: exactly, or under today's rules for a record of
/// earlier rules.
fn resume_file(path: &Path) -> Result<(Session, Resumption), ReplayError> {
    let record = read_record(path).unwrap();
    let model = std::sync::Arc::new(Model::new(
        parse_str("embedded", &record.scenario_source).unwrap(),
    ));
    Session::resume(model, &record)
}

#[test]
fn format_1_records_of_the_first_rules_resume_under_todays_rules() {
    // Written by the first version's `zero-draft simulate --seed 11 --log`, and a hot-seat
    // save of that version taken mid-game.
    for name in [
        "v1-tutorial-simulate-seed-11.ron",
        "v1-tutorial-hotseat-save.ron",
    ] {
        let record = read_record(&fixture(name)).unwrap();
        assert_eq!((record.format, record.rules), (1, 1));
        // The room has changed since: the recorded events are not reproduced exactly...
        assert!(
            matches!(
                replay_file(&fixture(name)),
                Err(ReplayError::Diverged { .. } | ReplayError::Action(..))
            ),
            "{name}: the first rules' events should no longer replay exactly"
        );
        // ...but the game resumes, its moves played again under today's rules.
        let (s, how) = resume_file(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let Resumption::Replayed { applied, total } = how else {
            panic!("{name}: {how:?}");
        };
        assert_eq!(total, record.inputs.len());
        assert!(applied <= total);
        assert_eq!(s.inputs().len(), applied, "{name}");
        // Saved again, it is a record of today's format and rules that replays exactly.
        let again = scratch(name);
        let r2 = s.record(&record.scenario_file, &record.scenario_source);
        assert_eq!((r2.format, r2.rules), (RECORD_FORMAT, RULES));
        atomic_write(&again, record_to_string(&r2).as_bytes()).unwrap();
        let s2 = replay_file(&again).unwrap();
        assert_eq!(s2.events(), s.events());
        assert!(matches!(resume_file(&again), Ok((_, Resumption::Exact))));
    }
}

#[test]
fn a_record_whose_scenario_was_edited_is_refused() {
    let s = super::session::play_as_netherlands(3);
    let record = s.record("tutorial.ron", super::TUTORIAL);
    let path = scratch("forged.ron");
    let text = record_to_string(&record).replacen("Tutorial", "Forged", 1);
    assert_ne!(text, record_to_string(&record));
    std::fs::write(&path, text).unwrap();
    let e = read_record(&path).unwrap_err().to_string();
    assert!(e.contains("changed after the game"), "{e}");
    // The same check holds for a record in memory.
    let mut forged = record.clone();
    forged.scenario_source.push(' ');
    assert_eq!(
        Session::replay_verified(s.model_arc(), &forged).unwrap_err(),
        ReplayError::ScenarioChanged
    );
}

#[test]
fn a_format_1_save_is_still_refused_when_forged() {
    // Format 1 had no digest: an edited scenario shows as a replay that diverges or fails.
    let text = std::fs::read_to_string(fixture("v1-tutorial-hotseat-save.ron")).unwrap();
    let path = scratch("v1-forged.ron");
    std::fs::write(&path, forge(&text)).unwrap();
    assert!(replay_file(&path).is_err());
}

/// Makes the like-minded bloc hostile to gender language in the embedded scenario text.
fn forge(text: &str) -> String {
    let from = r#"(tag: \"gender\", weight: 2.0)"#;
    assert!(text.contains(from));
    text.replacen(from, r#"(tag: \"gender\", weight: -9.0)"#, 1)
}

#[test]
fn the_final_text_rebuilt_from_the_events_alone_matches_the_game() {
    use zero_draft_engine::rebuild::rebuild;
    use zero_draft_engine::simulate::play;
    let m = super::tutorial();
    let mut games: Vec<Session> = (1..=12).map(|seed| play(&m, seed)).collect();
    games.push(super::session::play_as_netherlands(3));
    let oewg = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios/oewg-2023-apr.ron");
    let (s, _) = zero_draft_engine::scenario::load_file(&oewg).unwrap();
    games.push(play(&std::sync::Arc::new(Model::new(s)), 7));
    games.push(
        resume_file(&fixture("v1-tutorial-hotseat-save.ron"))
            .unwrap()
            .0,
    );
    for g in &games {
        let r = rebuild(g.model(), g.events());
        assert_eq!(&r.document, g.document(), "seed {}", g.seed());
        assert_eq!(r.summary.as_slice(), g.summary());
        assert_eq!(r.draft_summary.as_slice(), g.draft_summary());
        assert_eq!(r.adopted, g.outcome().map(|o| o.adopted));
        assert_eq!(r.rounds, g.rounds_played());
    }
}

#[test]
fn lapse_reasons_read_and_write_the_text_earlier_records_hold() {
    use zero_draft_engine::document::EditError as E;
    use zero_draft_engine::log::LapseReason as L;
    let cases = [
        (L::TextChanged, "the text it amends has changed"),
        (
            L::Edit(E::NoParagraph("23 e)".into())),
            "no paragraph \"23 e)\" in the current text",
        ),
        (
            L::Edit(E::NoClause("9.1".into())),
            "no clause \"9.1\" in the current text",
        ),
        (L::Edit(E::NoSection("s2".into())), "no section \"s2\""),
        (
            L::Edit(E::ParagraphExists("9 bis".into())),
            "paragraph \"9 bis\" already exists",
        ),
        (
            L::Edit(E::AlreadyThere("9".into(), "s2".into())),
            "paragraph \"9\" is already in section \"s2\"",
        ),
        (L::Edit(E::EmptyText), "the wording is empty"),
        (
            L::Edit(E::TooLong(2000)),
            "the wording is longer than 2000 characters",
        ),
        (
            L::Edit(E::NoChange),
            "the new wording is the same as the current text",
        ),
        (
            L::Other("a reason from a later version".into()),
            "a reason from a later version",
        ),
    ];
    for (reason, text) in cases {
        assert_eq!(String::from(reason.clone()), text);
        assert_eq!(L::from(text.to_string()), reason, "{text}");
        let ron = ron::to_string(&reason).unwrap();
        assert_eq!(
            ron,
            format!("{text:?}"),
            "a record keeps the reason as its text"
        );
    }
}
