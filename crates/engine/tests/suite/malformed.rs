//! Broken scenarios: each is refused with the exact place and what was expected.

use zero_draft_engine::error::Problem;
use zero_draft_engine::scenario::parse_str;

use super::TUTORIAL;

/// The tutorial with the first `nth + 1`th occurrence of `from` replaced by `to`.
fn mutate(from: &str, to: &str) -> String {
    assert!(
        TUTORIAL.contains(from),
        "the tutorial no longer contains {from:?}"
    );
    TUTORIAL.replacen(from, to, 1)
}

/// 1-based line and column of the `nth` occurrence of `needle` in `source`.
fn position(source: &str, needle: &str, nth: usize) -> (usize, usize) {
    let offset = source
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} not found"))
        .0;
    let before = &source[..offset];
    (
        before.matches('\n').count() + 1,
        before.rsplit('\n').next().unwrap().chars().count() + 1,
    )
}

fn problems(source: &str) -> Vec<Problem> {
    match parse_str("test.ron", source) {
        Ok(_) => panic!("the scenario was accepted"),
        Err(e) => {
            assert_eq!(e.file, "test.ron");
            e.problems
        }
    }
}

/// Exactly one problem, at `path`, with `message`, located at `at` when given.
fn expect_one(source: &str, path: &str, message: &str, at: Option<(usize, usize)>) {
    let ps = problems(source);
    assert_eq!(ps.len(), 1, "expected one problem, got {ps:#?}");
    assert_eq!(ps[0].path.as_deref(), Some(path), "{ps:#?}");
    assert_eq!(ps[0].message, message);
    if at.is_some() {
        assert_eq!(ps[0].location, at, "{}", ps[0]);
    }
}

/// A syntax error on the line of the mutation, with RON's explanation.
fn expect_syntax(source: &str, marker: &str, contains: &str) {
    let ps = problems(source);
    assert_eq!(ps.len(), 1, "{ps:#?}");
    let (line, _) = position(source, marker, 0);
    let (got_line, col) = ps[0].location.expect("syntax errors have a location");
    assert_eq!(got_line, line, "{}", ps[0]);
    assert!(col >= 1);
    assert!(
        ps[0].message.contains(contains),
        "{:?} does not mention {contains:?}",
        ps[0].message
    );
}

#[test]
fn stray_token_is_a_syntax_error_at_its_line() {
    let src = mutate(
        r#"(tag: "gender", weight: 2.0),"#,
        r#"(tag: "gender", weight: 2.0 oops),"#,
    );
    expect_syntax(&src, "oops", "Expected");
}

#[test]
fn misspelt_field_names_the_field_and_its_line() {
    let src = mutate("cohesion: 0.4,", "cohesoin: 0.4,");
    expect_syntax(&src, "cohesoin", "cohesoin");
}

#[test]
fn misspelt_optional_field_inside_a_condition_is_refused() {
    let src = mutate(
        r#"check: Excludes(tag: "data_security")),"#,
        r#"check: Excludes(tag: "data_security", sectoin: "threats")),"#,
    );
    expect_syntax(&src, "sectoin", "sectoin");
}

#[test]
fn wrong_type_is_refused_at_its_line() {
    let src = mutate(
        "rounds: 3, interventions: 2),",
        r#"rounds: "three", interventions: 2),"#,
    );
    expect_syntax(&src, "\"three\"", "");
}

#[test]
fn unknown_tag_suggests_the_near_one() {
    let src = mutate(
        r#"(tag: "gender", weight: 2.0),"#,
        r#"(tag: "gendr", weight: 2.0),"#,
    );
    let at = position(&src, "\"gendr\"", 0);
    expect_one(
        &src,
        "blocs[0].rules[1].tag",
        "unknown tag \"gendr\" (did you mean \"gender\"?)",
        Some(at),
    );
}

#[test]
fn duplicate_paragraph_id_points_at_the_second() {
    let src = mutate(r#"(id: "10", clauses"#, r#"(id: "9", clauses"#);
    let at = position(&src, "\"9\"", 1);
    let ps = problems(&src);
    // The card and the compromise that named paragraph 10 now dangle as well.
    let dup = ps
        .iter()
        .find(|p| p.message.contains("duplicate"))
        .expect("duplicate reported");
    assert_eq!(dup.path.as_deref(), Some("draft[0].paragraphs[2].id"));
    assert_eq!(dup.message, "duplicate paragraph id \"9\"");
    assert_eq!(dup.location, Some(at));
    assert!(
        ps.iter()
            .any(|p| p.message.starts_with("unknown paragraph \"10\""))
    );
}

#[test]
fn dangling_clause_reference_in_a_card() {
    let src = mutate(r#"Replace(clause: "15.1""#, r#"Replace(clause: "15.9""#);
    let at = position(&src, "\"15.9\"", 0);
    expect_one(
        &src,
        "cards[1].edit.clause",
        "unknown clause \"15.9\" (did you mean \"15.1\"?)",
        Some(at),
    );
}

#[test]
fn empty_clause_text() {
    let src = mutate(
        r#"text: "States noted the growing threat of ransomware.""#,
        r#"text: "   ""#,
    );
    expect_one(
        &src,
        "draft[0].paragraphs[0].clauses[1].text",
        "must not be empty",
        None,
    );
}

#[test]
fn weight_out_of_range() {
    let src = mutate(
        r#"(tag: "ihl", weight: 2.5),"#,
        r#"(tag: "ihl", weight: 25.0),"#,
    );
    let (line, col) = position(&src, "weight: 25.0", 0);
    expect_one(
        &src,
        "blocs[0].rules[2].weight",
        "weight 25 is out of range (-10 to 10)",
        Some((line, col + 8)),
    );
}

#[test]
fn playable_delegation_without_objectives() {
    let src = mutate(
        r#"name: (text: "South Africa", fr: "Afrique du Sud", es: "Sudáfrica"),"#,
        r#"name: "South Africa", playable: true, briefing: "Play it.","#,
    );
    expect_one(
        &src,
        "blocs[2].delegations[1].objectives",
        "playable delegation \"za\" has no objectives to score",
        None,
    );
}

#[test]
fn schedule_without_phases_has_no_rounds() {
    let start = TUTORIAL.find("        phases: [").unwrap();
    let end = start
        + TUTORIAL[start..]
            .find("        ],\n        events")
            .unwrap()
        + "        ],\n".len();
    let src = format!(
        "{}        phases: [],\n{}",
        &TUTORIAL[..start],
        &TUTORIAL[end..]
    );
    let ps = problems(&src);
    assert!(
        ps.iter().any(
            |p| p.path.as_deref() == Some("schedule.phases") && p.message.contains("no rounds")
        ),
        "{ps:#?}"
    );
    // Events that named the phases dangle too, and are all reported.
    assert!(
        ps.iter()
            .filter(|p| p.message.starts_with("unknown phase"))
            .count()
            >= 3
    );
}

#[test]
fn phase_with_zero_rounds() {
    let src = mutate(
        "rounds: 3, interventions: 2),",
        "rounds: 0, interventions: 2),",
    );
    let ps = problems(&src);
    assert!(
        ps.iter()
            .any(|p| p.path.as_deref() == Some("schedule.phases[0].rounds")
                && p.message == "a phase needs at least one round")
    );
}

#[test]
fn unknown_section_in_a_rule() {
    let src = mutate(r#"section: "dialogue"),"#, r#"section: "dialog"),"#);
    let at = position(&src, "\"dialog\"", 0);
    expect_one(
        &src,
        "blocs[0].rules[14].section",
        "unknown section \"dialog\" (did you mean \"dialogue\"?)",
        Some(at),
    );
}

#[test]
fn leader_outside_the_bloc() {
    let src = mutate(r#"leader: "nl","#, r#"leader: "ru","#);
    let at = position(&src, "\"ru\"", 0);
    let ps = problems(&src);
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert_eq!(ps[0].path.as_deref(), Some("blocs[0].leader"));
    assert!(
        ps[0]
            .message
            .starts_with("unknown delegation in this bloc \"ru\"")
    );
    assert_eq!(ps[0].location, Some(at));
}

#[test]
fn event_round_outside_its_phase() {
    let src = mutate("round: 2,", "round: 7,");
    let (line, col) = position(&src, "round: 7,", 0);
    expect_one(
        &src,
        "schedule.events[0].round",
        "round 7 is outside phase \"first-reading\" (rounds 1 to 3)",
        Some((line, col + 7)),
    );
}

#[test]
fn cohesion_out_of_range() {
    let src = mutate("cohesion: 0.6,", "cohesion: 1.6,");
    expect_one(
        &src,
        "blocs[1].cohesion",
        "cohesion 1.6 is out of range (0 to 1)",
        None,
    );
}

#[test]
fn duplicate_delegation_id() {
    let src = mutate(r#"id: "za","#, r#"id: "br","#);
    // The second delegation with the id, not the first place "br" happens to appear.
    let (line, col) = position(&src, r#"id: "br","#, 1);
    let at = (line, col + 4);
    expect_one(
        &src,
        "blocs[2].delegations[1].id",
        "duplicate delegation id \"br\"",
        Some(at),
    );
}

#[test]
fn unknown_references_in_the_history() {
    let src = mutate("check: Adopted),", r#"check: InChairSummary("energi")),"#);
    let at = position(&src, "\"energi\"", 0);
    expect_one(
        &src,
        "history[0].check",
        "unknown card \"energi\" (did you mean \"energy\"?)",
        Some(at),
    );
}

#[test]
fn every_problem_is_collected_not_just_the_first() {
    let src = mutate(
        r#"(tag: "gender", weight: 2.0),"#,
        r#"(tag: "gendr", weight: 2.0),"#,
    )
    .replacen(
        r#"(tag: "ihl", weight: 2.5),"#,
        r#"(tag: "ihl", weight: 25.0),"#,
        1,
    )
    .replacen("cohesion: 0.6,", "cohesion: 1.6,", 1);
    let ps = problems(&src);
    assert_eq!(ps.len(), 3, "{ps:#?}");
}

#[test]
fn oversized_file_is_refused_before_parsing() {
    let src = format!("// {}\n{TUTORIAL}", "x".repeat(9 * 1024 * 1024));
    let ps = problems(&src);
    assert!(ps[0].message.contains("limited to"), "{}", ps[0]);
}

#[test]
fn absurd_counts_are_refused_with_the_limit() {
    let big = zero_draft_engine::synthetic::scenario(500, 10, 4);
    let src = ron::ser::to_string(&big).unwrap();
    let ps = problems(&src);
    assert_eq!(
        ps[0].message,
        "500 delegations; a scenario may have at most 400"
    );
}

#[test]
fn messages_read_file_line_column() {
    let src = mutate(
        r#"(tag: "gender", weight: 2.0),"#,
        r#"(tag: "gendr", weight: 2.0),"#,
    );
    let err = parse_str("tutorial.ron", &src).unwrap_err();
    let (line, col) = position(&src, "\"gendr\"", 0);
    assert_eq!(
        err.to_string(),
        format!(
            "tutorial.ron:{line}:{col}: blocs[0].rules[1].tag: unknown tag \"gendr\" (did you mean \"gender\"?)"
        )
    );
}

#[test]
fn a_clause_of_invisible_characters_is_empty() {
    let src = mutate(
        r#"text: "States noted the growing threat of ransomware.""#,
        "text: \"\u{200B}\u{200B}\"",
    );
    expect_one(
        &src,
        "draft[0].paragraphs[0].clauses[1].text",
        "must not be empty",
        None,
    );
    // And wording tabled in play.
    let m = std::sync::Arc::new(zero_draft_engine::Model::new(
        zero_draft_engine::scenario::parse_str("tutorial.ron", super::TUTORIAL).unwrap(),
    ));
    let doc = zero_draft_engine::document::Document::zero_draft(&m);
    let (_, _, clause) = doc.clauses().next().unwrap();
    let edit = zero_draft_engine::scenario::EditSpec::Replace {
        clause: clause.id.clone(),
        text: "\u{200B} \u{FEFF}\u{2060}".into(),
        tags: vec![],
    };
    assert_eq!(
        doc.effect(&m, &edit),
        Err(zero_draft_engine::document::EditError::EmptyText)
    );
}
