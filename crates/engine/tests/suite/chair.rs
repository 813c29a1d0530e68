//! The consensus Chair on small rooms: each behaviour pinned where the Chair that summed
//! the objectors' influence did otherwise.

use std::sync::Arc;

use zero_draft_engine::Model;
use zero_draft_engine::Session;
use zero_draft_engine::log::{Action, ChairOutcome, ChairReason, Event, Position};
use zero_draft_engine::scenario::EditSpec;
use zero_draft_engine::seat::{Command, Controller, Seat};
use zero_draft_engine::session::Stage;

use super::model_from;
use zero_draft_engine::ids::AmendmentId;
use zero_draft_engine::ids::DelegationId;

/// One bloc of a small room: id, members, each member's influence and
/// reservation, and the bloc's rules (RON).
pub(super) struct Bloc<'a> {
    pub id: &'a str,
    pub members: usize,
    pub influence: f64,
    pub reservation: f64,
    pub rules: &'a str,
}

/// A room over one section; `clauses` are the zero draft's paragraphs (one clause each, as
/// (text, tag)), `cards` RON card definitions. Tolerance stays at 1 all session and the room's
/// temper is the scenario's (no dice on the scores), so each test reads the Chair alone.
pub(super) fn room(
    blocs: &[Bloc],
    clauses: &[(&str, &str)],
    cards: &str,
    persona: &str,
    rounds: u32,
) -> Arc<Model> {
    let paragraphs: Vec<String> = clauses
        .iter()
        .enumerate()
        .map(|(i, (text, tag))| {
            format!(
                r#"(id: "{}", clauses: [(text: "{text}", tags: ["{tag}"])]),"#,
                i + 1
            )
        })
        .collect();
    let blocs: Vec<String> = blocs
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let members: Vec<String> = (1..=b.members)
                .map(|k| {
                    // A scenario needs one playable delegation.
                    let playable = if i == 0 && k == 1 {
                        r#"playable: true, briefing: "Play.", objectives: [(id: "o", description: "Adopt", condition: Adopted)], "#
                    } else {
                        ""
                    };
                    format!(
                        r#"(id: "{id}{k}", name: "{id} {k}", {playable}influence: {inf}, reservation: {res}),"#,
                        id = b.id,
                        inf = b.influence,
                        res = b.reservation
                    )
                })
                .collect();
            format!(
                r#"(id: "{id}", name: "Bloc {id}", cohesion: 0.0, rules: [{rules}], delegations: [{members}]),"#,
                id = b.id,
                rules = b.rules,
                members = members.join("\n")
            )
        })
        .collect();
    model_from(&format!(
        r#"(
    meta: (id: "small", title: "Small room"),
    tags: [(id: "x", label: "X"), (id: "y", label: "Y"), (id: "z", label: "Z"), (id: "w", label: "W")],
    draft: [(id: "one", title: "One", paragraphs: [{paragraphs}])],
    blocs: [{blocs}],
    chair: (name: "Chair", persona: {persona}),
    schedule: (phases: [(id: "p", name: "Phase", rounds: {rounds}, interventions: 3)]),
    cards: [{cards}],
    model: (noise: 0.0, temperament: 0.0, flexibility: 0.0, choice_band: 0.0),
)"#,
        paragraphs = paragraphs.join("\n"),
        blocs = blocs.join("\n"),
    ))
}

/// Plays a game in which every delegation is a script: on its first turn a delegation tables
/// what `plan` gives it, then passes; at "any objection?" it objects to what `objects` says
/// and co-sponsors its bloc's proposals; it joins at adoption.
pub(super) fn play(
    m: &Arc<Model>,
    plan: &dyn Fn(&str) -> Option<Action>,
    objects: &dyn Fn(&str, &EditSpec) -> bool,
) -> Session {
    let seats: Vec<(Seat, Controller)> = m
        .delegation_ids()
        .map(|d| (Seat::Delegation(d), Controller::Script))
        .collect();
    let mut s = Session::open(m.clone(), 1, &seats);
    let mut spoke = vec![false; m.delegations.len()];
    let mut answered: Vec<(DelegationId, AmendmentId)> = Vec::new();
    for _ in 0..2000 {
        let Some(&seat) = s.pending().first() else {
            return s;
        };
        let Seat::Delegation(d) = seat else {
            panic!("only delegations are played from outside here");
        };
        let id = m.delegations[d.index()].id.clone();
        let action = match s.stage() {
            Stage::Adoption => Action::Join,
            Stage::Speaking if !spoke[d.index()] => {
                spoke[d.index()] = true;
                plan(&id).unwrap_or(Action::Pass)
            }
            Stage::Consensus => {
                let bloc = m.delegations[d.index()].bloc;
                let next = s
                    .floor()
                    .iter()
                    .find(|a| a.proposer != d && !answered.contains(&(d, a.id)))
                    .map(|a| (a.id, a.proposer, a.edit.clone()));
                match next {
                    Some((a, proposer, edit)) => {
                        answered.push((d, a));
                        if objects(&id, &edit) {
                            Action::Object(a)
                        } else if m.delegations[proposer.index()].bloc == bloc {
                            Action::CoSponsor(a)
                        } else {
                            continue;
                        }
                    }
                    None => Action::Pass,
                }
            }
            _ => Action::Pass,
        };
        if s.input(seat, Command::Act(action)).is_err() {
            s.input(seat, Command::Act(Action::Pass))
                .expect("passing is always legal");
        }
    }
    panic!("the game must end");
}

pub(super) fn has_tag(s: &Session, tag: &str) -> bool {
    let t = s.model().tag(tag).unwrap();
    s.document().clauses().any(|(_, _, c)| c.tags.contains(&t))
}

pub(super) fn insert(tag: &str) -> String {
    format!(
        r#"(id: "add-{tag}", title: "Add {tag}", edit: Insert(paragraph: "1", text: "About {tag} too.", tags: ["{tag}"])),"#
    )
}

#[test]
fn a_lone_red_line_holder_is_not_overridden_by_a_larger_bloc() {
    // Four heavy delegations want X; one light delegation has a red line against it.
    let m = room(
        &[
            Bloc {
                id: "a",
                members: 4,
                influence: 5.0,
                reservation: -4.0,
                rules: r#"(tag: "x", weight: 3.0)"#,
            },
            Bloc {
                id: "b",
                members: 1,
                influence: 1.0,
                reservation: -4.0,
                rules: r#"(tag: "x", weight: -3.0, red_line: true)"#,
            },
        ],
        &[("About zed.", "z")],
        &insert("x"),
        "Surgical",
        1,
    );
    let s = play(
        &m,
        &|id| (id == "a1").then(|| Action::TableCard("add-x".into())),
        &|id, _| id == "b1",
    );
    let ruling = s.events().iter().find_map(|e| match e {
        Event::ChairDecision { outcome, .. } => Some(outcome.clone()),
        _ => None,
    });
    assert_eq!(
        ruling,
        Some(ChairOutcome::Kept),
        "the red line holds against the larger bloc"
    );
    assert!(!has_tag(&s, "x"));
    assert!(s.outcome().unwrap().adopted);
}

#[test]
fn competing_additions_that_neither_camp_can_live_with_both_go_to_the_summary() {
    // A heavy camp and a light one each propose what the other cannot live with.
    let m = room(
        &[
            Bloc {
                id: "a",
                members: 3,
                influence: 5.0,
                reservation: -4.0,
                rules: r#"(tag: "x", weight: 3.0), (tag: "y", weight: -6.0)"#,
            },
            Bloc {
                id: "b",
                members: 2,
                influence: 1.0,
                reservation: -4.0,
                rules: r#"(tag: "y", weight: 3.0), (tag: "x", weight: -6.0)"#,
            },
        ],
        &[("About zed.", "z")],
        &format!(
            "{}{}",
            insert("x"),
            r#"(id: "add-y", title: "Add y", edit: NewParagraph(section: "one", id: "2", text: "About y too.", tags: ["y"])),"#
        ),
        "BalancedPackage",
        1,
    );
    let s = play(
        &m,
        &|id| match id {
            "a1" => Some(Action::TableCard("add-x".into())),
            "b1" => Some(Action::TableCard("add-y".into())),
            _ => None,
        },
        &|id, edit| {
            let adds_x = format!("{edit:?}").contains("About x");
            id.starts_with('a') != adds_x
        },
    );
    assert!(
        !has_tag(&s, "x") && !has_tag(&s, "y"),
        "neither camp's addition enters"
    );
    let moved = s
        .events()
        .iter()
        .filter(|e| matches!(e, Event::MovedToSummary { .. }))
        .count();
    assert_eq!(
        moved, 2,
        "both proposals are recorded alike in the Chair's summary"
    );
    assert_eq!(s.summary().len(), 2);
}

#[test]
fn the_chair_restores_text_to_avert_a_block() {
    // Bloc b values three clauses mildly; losing each is within its tolerance, losing all
    // three puts it below its reservation.
    let m = room(
        &[
            Bloc {
                id: "a",
                members: 3,
                influence: 5.0,
                reservation: -4.0,
                rules: r#"(tag: "y", weight: -1.0)"#,
            },
            Bloc {
                id: "b",
                members: 1,
                influence: 1.0,
                reservation: -2.0,
                rules: r#"(tag: "y", weight: 0.8)"#,
            },
        ],
        &[
            ("About why one.", "y"),
            ("About why two.", "y"),
            ("About why three.", "y"),
        ],
        "",
        "Surgical",
        1,
    );
    let s = play(
        &m,
        &|id| {
            let k = id.strip_prefix('a')?;
            Some(Action::Table(EditSpec::Delete {
                clause: format!("{k}.1").into(),
            }))
        },
        &|_, _| false,
    );
    let adopted_deletions = s
        .events()
        .iter()
        .filter(|e| matches!(e, Event::AmendmentAdopted { .. }))
        .count();
    assert_eq!(adopted_deletions, 3, "each loss was within tolerance");
    let restored: Vec<_> = s
        .events()
        .iter()
        .filter(|e| {
            matches!(
                e,
                Event::ChairEdited {
                    reason: ChairReason::Package,
                    edit: EditSpec::Insert { .. },
                    ..
                }
            )
        })
        .collect();
    assert!(
        !restored.is_empty(),
        "the Chair gives something back before the final text"
    );
    let b1 = m.delegation("b1").unwrap();
    assert!(s.satisfaction(b1) >= -2.0);
    let outcome = s.outcome().unwrap();
    assert!(outcome.adopted);
    assert_eq!(s.ai_position(b1).0, Position::Join);
}

/// Three light delegations oppose X (paragraph 1) at −2 each; one heavy delegation, b1, values
/// it at `support`; paragraph 2 is neutral. Nobody tables anything.
pub(super) fn contested_x(support: &str) -> Arc<Model> {
    let rule = format!(r#"(tag: "x", weight: {support})"#);
    room(
        &[
            Bloc {
                id: "a",
                members: 3,
                influence: 1.0,
                reservation: -4.0,
                rules: r#"(tag: "x", weight: -2.0)"#,
            },
            Bloc {
                id: "b",
                members: 1,
                influence: 5.0,
                reservation: -4.0,
                rules: &rule,
            },
        ],
        &[("About ex.", "x"), ("About zed.", "z")],
        "",
        "BalancedPackage",
        2,
    )
}

#[test]
fn the_chair_cuts_an_untabled_contested_clause_under_pressure() {
    // Three delegations oppose X, one mildly supports it; nobody tables anything.
    let m = contested_x("1.5");
    let s = play(&m, &|_| None, &|_, _| false);
    let cut = s.events().iter().find_map(|e| match e {
        Event::ChairEdited {
            reason: ChairReason::Contested,
            edit: EditSpec::Delete { clause },
            answers,
            ..
        } => Some((clause.clone(), answers.len())),
        _ => None,
    });
    assert_eq!(
        cut,
        Some(("1.1".into(), 3)),
        "cut unasked, on behalf of its three opponents"
    );
    assert!(!has_tag(&s, "x"));
    assert!(s.outcome().unwrap().adopted);
    // A clause its supporter is determined to keep stays.
    let m = contested_x("3.0");
    let s = play(&m, &|_| None, &|_, _| false);
    assert!(
        has_tag(&s, "x"),
        "a loss of 3 against a tolerance of 1 is not one its holder lives with"
    );
}

#[test]
fn adoption_is_reached_where_losses_accepted_one_by_one_would_have_sunk_it() {
    // The engine plays every seat. The heavy bloc deletes, one by one, clauses the light bloc
    // values mildly; the light bloc's reservation is close. Each deletion passes unopposed;
    // without a package the light bloc blocks at adoption.
    let m = room(
        &[
            Bloc {
                id: "a",
                members: 4,
                influence: 5.0,
                reservation: -4.0,
                rules: r#"(tag: "y", weight: -1.5)"#,
            },
            Bloc {
                id: "b",
                members: 3,
                influence: 1.0,
                reservation: -1.5,
                rules: r#"(tag: "y", weight: 0.9)"#,
            },
        ],
        &[
            ("About why one.", "y"),
            ("About why two.", "y"),
            ("About why three.", "y"),
            ("About why four.", "y"),
            ("About zed.", "z"),
        ],
        "",
        "BalancedPackage",
        2,
    );
    for seed in 1..=10 {
        let mut s = Session::new(m.clone(), seed, &[]).unwrap();
        s.run_to_end();
        let deletions = s
            .events()
            .iter()
            .filter(|e| matches!(e, Event::AmendmentAdopted { .. }))
            .count();
        assert!(
            deletions >= 2,
            "seed {seed}: the heavy bloc's deletions pass ({deletions})"
        );
        assert!(
            s.outcome().unwrap().adopted,
            "seed {seed}: the package is adopted"
        );
        assert!(
            s.events().iter().any(|e| matches!(
                e,
                Event::ChairEdited {
                    reason: ChairReason::Package,
                    ..
                }
            )),
            "seed {seed}: the Chair rebalanced the package"
        );
    }
}
