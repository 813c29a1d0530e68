//! Each kind of preference rule, read through the reactions the room predicts.

use zero_draft_engine::Session;
use zero_draft_engine::preferences::{Reason, Stance, tolerance};
use zero_draft_engine::scenario::{EditSpec, Tactic};

use super::{model_from, tiny};
use zero_draft_engine::ids::DelegationId;

fn delete(clause: &str) -> EditSpec {
    EditSpec::Delete {
        clause: clause.into(),
    }
}

/// Reactions to `edit` tabled by `proposer`, who is played by a human (so only the AI react).
fn react(source: &str, proposer: &str, edit: &EditSpec) -> Vec<(String, Stance, f32, Vec<Reason>)> {
    let model = model_from(source);
    let s = Session::new(model.clone(), 1, &[proposer]).expect("proposer is playable");
    let p = model.delegation(proposer).unwrap();
    s.predict(p, edit)
        .expect("edit applies")
        .into_iter()
        .map(|r| {
            (
                model.delegations[r.delegation.index()].id.clone(),
                r.stance,
                r.score,
                r.reasons,
            )
        })
        .collect()
}

fn of<'a>(
    rs: &'a [(String, Stance, f32, Vec<Reason>)],
    id: &str,
) -> &'a (String, Stance, f32, Vec<Reason>) {
    rs.iter()
        .find(|r| r.0 == id)
        .unwrap_or_else(|| panic!("no reaction from {id}"))
}

#[test]
fn weight_on_a_tag_values_every_clause_carrying_it() {
    let src = tiny(
        r#"(tag: "x", weight: 2.0)"#,
        r#"(tag: "x", weight: -2.0)"#,
        "",
    );
    let rs = react(&src, "b1", &delete("1.1"));
    let a1 = of(&rs, "a1");
    assert_eq!(a1.1, Stance::Object);
    assert!((a1.2 - -2.0).abs() < 1e-6, "score {}", a1.2);
    assert!(a1.3.iter().any(|r| matches!(r, Reason::Rule { contribution, added: false, .. } if (*contribution - -2.0).abs() < 1e-6)));
    // The proposer's own bloc is not asked; the other bloc member gains.
    let rs = react(&src, "a1", &delete("1.1"));
    assert_eq!(of(&rs, "b1").1, Stance::Support);
}

#[test]
fn section_scope_limits_a_rule_to_its_section() {
    let src = tiny(r#"(tag: "x", weight: 2.0, section: "two")"#, "", "");
    let rs = react(&src, "b1", &delete("1.1"));
    assert_eq!(
        of(&rs, "a1").1,
        Stance::Accept,
        "para 1 is in section one: the rule does not fire"
    );
    assert!(
        of(&rs, "a1")
            .3
            .iter()
            .all(|r| !matches!(r, Reason::Rule { .. }))
    );
    let rs = react(&src, "b1", &delete("3.1"));
    assert_eq!(of(&rs, "a1").1, Stance::Object);
}

#[test]
fn positive_red_line_objects_to_any_loss_of_the_idea() {
    // Losing y costs only 1.0, a reservation at this tolerance; the red line makes it an objection.
    let plain = tiny(r#"(tag: "y", weight: 1.0)"#, "", "");
    assert_eq!(
        of(&react(&plain, "b1", &delete("1.2")), "a1").1,
        Stance::Reservation
    );
    let red = tiny(r#"(tag: "y", weight: 1.0, red_line: true)"#, "", "");
    let rs = react(&red, "b1", &delete("1.2"));
    let a1 = of(&rs, "a1");
    assert_eq!(a1.1, Stance::Object);
    assert!(
        a1.3.iter()
            .any(|r| matches!(r, Reason::RedLine { crossed: true, .. }))
    );
}

#[test]
fn negative_red_line_objects_to_the_idea_entering_the_text() {
    let insert = EditSpec::Insert {
        paragraph: "1".into(),
        after: None,
        text: "About double-u.".into(),
        tags: vec![],
    };
    let plain = tiny("", r#"(tag: "w", weight: -0.5)"#, "");
    assert_ne!(of(&react(&plain, "a1", &insert), "b1").1, Stance::Object);
    let red = tiny("", r#"(tag: "w", weight: -0.5, red_line: true)"#, "");
    let rs = react(&red, "a1", &insert);
    assert_eq!(of(&rs, "b1").1, Stance::Object);
    assert!(
        of(&rs, "b1")
            .3
            .iter()
            .any(|r| matches!(r, Reason::RedLine { crossed: true, .. }))
    );
}

#[test]
fn delegation_rule_overrides_the_bloc_rule_on_the_same_tag() {
    let src = tiny(
        r#"(tag: "x", weight: 2.0)"#,
        "",
        r#", rules: [(tag: "x", weight: -3.0)]"#,
    );
    let model = model_from(&src);
    let a1 = &model.delegations[(model.delegation("a1").unwrap()).index()];
    assert_eq!(
        a1.rules.len(),
        1,
        "the bloc rule on x is replaced, not added to"
    );
    assert_eq!(a1.rules[0].weight, -3.0);
    let rs = react(&src, "b1", &delete("1.1"));
    assert_eq!(of(&rs, "a1").1, Stance::Support);
    assert_eq!(of(&rs, "a2").1, Stance::Object, "a2 keeps the bloc rule");
}

#[test]
fn cohesion_pulls_members_toward_the_bloc_leader() {
    let src = tiny(
        r#"(tag: "x", weight: 2.0)"#,
        "",
        r#", rules: [(tag: "x", weight: -3.0)]"#,
    );
    let cohesive = src.replacen("cohesion: 0.0", "cohesion: 1.0", 1);
    let rs = react(&cohesive, "b1", &delete("1.1"));
    let a2 = of(&rs, "a2");
    assert_eq!(
        a2.1,
        Stance::Support,
        "a2 follows its leader a1 in lockstep"
    );
    assert!(
        a2.3.iter()
            .any(|r| matches!(r, Reason::Cohesion { effect, .. } if (*effect - 5.0).abs() < 1e-5))
    );
}

#[test]
fn trust_in_the_proposer_warms_the_reaction() {
    let src = tiny("", "", "");
    // An edit nobody cares about: bloc partners trust each other (0.5), strangers do not.
    let edit = delete("2.1");
    let from_partner = react(&src, "a1", &edit);
    let a2 = of(&from_partner, "a2");
    assert!(
        a2.3.iter()
            .any(|r| matches!(r, Reason::Trust { trust, .. } if (*trust - 0.5).abs() < 1e-6))
    );
    assert!(a2.2 > 0.5);
    let from_stranger = react(&src, "b1", &edit);
    assert!(
        of(&from_stranger, "a2")
            .3
            .iter()
            .all(|r| !matches!(r, Reason::Trust { .. }))
    );
    assert_eq!(of(&from_stranger, "a2").2, 0.0);
}

#[test]
fn flexibility_grows_with_time_by_tactic() {
    let mut sources = Vec::new();
    for tactic in ["Boulware", "Linear", "Conceder"] {
        sources.push(tiny("", "", "").replacen(
            "cohesion: 0.0,",
            &format!("cohesion: 0.0, tactic: {tactic},"),
            1,
        ));
    }
    let tol: Vec<Vec<f32>> = sources
        .iter()
        .map(|s| {
            let m = model_from(s);
            [0.0, 0.5, 1.0]
                .iter()
                .map(|&t| tolerance(&m, DelegationId(0), t))
                .collect()
        })
        .collect();
    assert_eq!(model_from(&sources[0]).blocs[0].tactic, Tactic::Boulware);
    // Same at the opening and at the deadline; Boulware concedes least by mid-session.
    for k in [0, 2] {
        assert!((tol[0][k] - tol[2][k]).abs() < 1e-6);
    }
    assert!(tol[0][1] < tol[1][1] && tol[1][1] < tol[2][1], "{tol:?}");
    assert!(tol[1][2] > tol[1][0]);
}

#[test]
fn lexicon_reads_free_text_as_tags_by_whole_words() {
    let m = model_from(&tiny("", "", ""));
    let x = m.tag("x").unwrap();
    let y = m.tag("y").unwrap();
    assert_eq!(m.read_tags("Concerning EX, and why."), vec![x, y]);
    assert!(m.read_tags("An exercise in wholeness").is_empty());
    // A replacement without tags is read through the lexicon.
    let src = tiny(r#"(tag: "y", weight: 4.0)"#, "", "");
    let rs = react(
        &src,
        "b1",
        &EditSpec::Replace {
            clause: "2.1".into(),
            text: "Now about why.".into(),
            tags: vec![],
        },
    );
    assert_eq!(of(&rs, "a1").1, Stance::Support);
}
