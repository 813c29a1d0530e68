//! The levers a delegation has besides tabling and objecting: a threat to block that the
//! Chair must answer, its price, and its limits.

use std::sync::Arc;

use zero_draft_engine::log::{Action, Event};
use zero_draft_engine::seat::{Command, Controller, Seat};
use zero_draft_engine::session::Stage;
use zero_draft_engine::{Model, Session};

use super::chair::{Bloc, has_tag, insert, room};
use zero_draft_engine::ids::AmendmentId;
use zero_draft_engine::ids::DelegationId;

/// Every delegation a script: bloc a's members table the cards `plans` gives them on their
/// first turn; b1 answers each amendment with `answer`; everyone joins at adoption.
fn play(m: &Arc<Model>, plans: &[(&str, &str)], answer: fn(AmendmentId) -> Action) -> Session {
    let seats: Vec<(Seat, Controller)> = m
        .delegation_ids()
        .map(|d| (Seat::Delegation(d), Controller::Script))
        .collect();
    let mut s = Session::open(m.clone(), 1, &seats);
    let b1 = m.delegation("b1").unwrap();
    let mut spoke = vec![false; m.delegations.len()];
    let mut answered: Vec<AmendmentId> = Vec::new();
    for _ in 0..2000 {
        let Some(&seat) = s.pending().first() else {
            return s;
        };
        let Seat::Delegation(d) = seat else {
            unreachable!()
        };
        let id = m.delegations[d.index()].id.clone();
        let action = match s.stage() {
            Stage::Adoption => Action::Join,
            Stage::Speaking if !spoke[d.index()] => {
                spoke[d.index()] = true;
                plans
                    .iter()
                    .find(|p| p.0 == id)
                    .map_or(Action::Pass, |p| Action::TableCard(p.1.into()))
            }
            Stage::Consensus if d == b1 => {
                match s.floor().iter().find(|a| !answered.contains(&a.id)) {
                    Some(a) => {
                        answered.push(a.id);
                        answer(a.id)
                    }
                    None => Action::Pass,
                }
            }
            _ => Action::Pass,
        };
        let lobbied = match &action {
            Action::Lobby { amendment, .. } => Some(*amendment),
            _ => None,
        };
        if s.input(seat, Command::Act(action)).is_err() {
            s.input(seat, Command::Act(Action::Pass)).unwrap();
        } else if let Some(id) = lobbied
            && let Some(a) = s.floor().iter().chain(s.brackets()).find(|a| a.id == id)
        {
            // The room shows the lobbied delegation's new stance at once, not its old one.
            assert_eq!(
                a.stance_of(b1),
                Some(zero_draft_engine::preferences::Stance::Reservation)
            );
        }
    }
    panic!("the game must end");
}

/// Bloc a (three heavy members) wants X, Y and Z; b1 dislikes each beyond its tolerance but
/// not beyond what it could live with. `x_rule` is bloc a's rule on X.
fn threat_room(x_rule: &str) -> Arc<Model> {
    let cards = format!(
        "{}{}{}",
        insert("x"),
        r#"(id: "add-y", title: "Add y", edit: NewParagraph(section: "one", id: "2", text: "About y.", tags: ["y"])),"#,
        r#"(id: "add-z", title: "Add z", edit: NewParagraph(section: "one", id: "3", text: "About z.", tags: ["z"])),"#,
    );
    let a_rules = format!(r#"{x_rule}, (tag: "y", weight: 3.0), (tag: "z", weight: 3.0)"#);
    room(
        &[
            Bloc {
                id: "a",
                members: 3,
                influence: 5.0,
                reservation: -4.0,
                rules: &a_rules,
            },
            Bloc {
                id: "b",
                members: 1,
                influence: 1.0,
                reservation: -9.0,
                rules: r#"(tag: "x", weight: -1.5), (tag: "y", weight: -1.5), (tag: "z", weight: -1.5)"#,
            },
        ],
        &[("About w.", "w")],
        &cards,
        "BalancedPackage",
        1,
    )
}

#[test]
fn a_credible_threat_keeps_out_what_a_mere_objection_cannot() {
    let m = threat_room(r#"(tag: "x", weight: 3.0)"#);
    let objected = play(&m, &[("a1", "add-x")], Action::Object);
    assert!(
        has_tag(&objected, "x"),
        "one mild objector does not outweigh three"
    );
    let threatened = play(&m, &[("a1", "add-x")], Action::Threaten);
    assert!(
        !has_tag(&threatened, "x"),
        "the Chair answers a credible threat like a red line"
    );
    assert!(threatened.events().iter().any(|e| matches!(
        e,
        Event::ChairDecision {
            outcome: zero_draft_engine::log::ChairOutcome::Kept,
            ..
        }
    )));
    let b1 = m.delegation("b1").unwrap();
    // The threat has a price with the room.
    assert!(threatened.standing(b1) < objected.standing(b1));
    assert!(
        threatened
            .events()
            .iter()
            .all(|e| !matches!(e, Event::EmptyThreat { .. }))
    );
}

#[test]
fn only_the_first_threats_are_believed() {
    let m = threat_room(r#"(tag: "x", weight: 3.0)"#);
    let s = play(
        &m,
        &[("a1", "add-x"), ("a2", "add-y"), ("a3", "add-z")],
        Action::Threaten,
    );
    let credible: Vec<bool> = s
        .events()
        .iter()
        .filter_map(|e| match e {
            Event::Threatened { credible, .. } => Some(*credible),
            _ => None,
        })
        .collect();
    assert_eq!(credible, vec![true, true, false]);
    assert!(!has_tag(&s, "x") && !has_tag(&s, "y"));
    assert!(
        has_tag(&s, "z"),
        "the third threat is an ordinary objection"
    );
}

#[test]
fn an_empty_threat_isolates_and_is_not_believed_again() {
    // Bloc a cannot live without X (a red line the zero draft violates): the Chair takes X in
    // despite the threat, and b1 joins anyway.
    let m = threat_room(r#"(tag: "x", weight: 3.0, red_line: true)"#);
    let s = play(&m, &[("a1", "add-x")], Action::Threaten);
    assert!(has_tag(&s, "x"));
    let b1 = m.delegation("b1").unwrap();
    assert!(
        s.events()
            .iter()
            .any(|e| matches!(e, Event::EmptyThreat { delegation, .. } if *delegation == b1)),
        "joining a text that took in what one threatened over is noted"
    );
    assert_eq!(s.credible_threats_left(b1), 0);
    let honest = play(&m, &[("a1", "add-x")], Action::Object);
    assert!(s.standing(b1) < honest.standing(b1) - 0.09);
}

/// a1 wants X a little; b1 and b2 (played by the engine, b1 leading) dislike it beyond their
/// tolerance but could live with it; c1 lobbies b1 whenever it objects to something pending,
/// if `lobbies`. (X is
/// wanted enough that the Chair's deadline cuts leave it alone.)
fn lobbying_game(lobbies: bool) -> Session {
    let m = room(
        &[
            Bloc {
                id: "a",
                members: 1,
                influence: 1.0,
                reservation: -4.0,
                rules: r#"(tag: "x", weight: 1.3)"#,
            },
            Bloc {
                id: "c",
                members: 1,
                influence: 1.0,
                reservation: -4.0,
                rules: "",
            },
            Bloc {
                id: "b",
                members: 2,
                influence: 1.0,
                reservation: -4.0,
                rules: r#"(tag: "x", weight: -1.8)"#,
            },
        ],
        &[("About w.", "w")],
        &insert("x"),
        "Surgical",
        2,
    );
    let a1 = m.delegation("a1").unwrap();
    let c1 = m.delegation("c1").unwrap();
    let b1 = m.delegation("b1").unwrap();
    let seats = [
        (Seat::Delegation(a1), Controller::Script),
        (Seat::Delegation(c1), Controller::Script),
    ];
    let mut s = Session::open(m.clone(), 3, &seats);
    let mut tabled = false;
    for _ in 0..500 {
        let Some(&seat) = s.pending().first() else {
            return s;
        };
        let Seat::Delegation(d) = seat else {
            unreachable!()
        };
        let action = match s.stage() {
            Stage::Adoption => Action::Join,
            Stage::Speaking if d == a1 && !tabled => {
                tabled = true;
                Action::TableCard("add-x".into())
            }
            Stage::Speaking if d == c1 && lobbies => s
                .floor()
                .iter()
                .chain(s.brackets())
                .find(|a| a.objections.contains(&b1))
                .map_or(Action::Pass, |a| Action::Lobby {
                    amendment: a.id,
                    delegation: b1,
                }),
            _ => Action::Pass,
        };
        if s.input(seat, Command::Act(action)).is_err() {
            s.input(seat, Command::Act(Action::Pass)).unwrap();
        }
    }
    panic!("the game must end");
}

#[test]
fn lobbying_an_objector_who_can_live_with_it_lets_the_amendment_pass() {
    let without = lobbying_game(false);
    assert!(
        !has_tag(&without, "x"),
        "two objectors against one mild supporter: the text stays"
    );
    let with = lobbying_game(true);
    assert!(
        has_tag(&with, "x"),
        "lobbied, the objector no longer holds it up"
    );
    let lobbied = with.events().iter().find_map(|e| match e {
        Event::Lobbied { persuaded, .. } => Some(persuaded.len()),
        _ => None,
    });
    assert_eq!(lobbied, Some(2), "the leader brings its bloc along");
    // The favour cost the lobbyist a little of the objector's trust.
    let m = with.model();
    let (b1, c1) = (m.delegation("b1").unwrap(), m.delegation("c1").unwrap());
    assert!(with.trust(b1, c1) < without.trust(b1, c1));
}

#[test]
fn a_delegation_that_cannot_live_with_it_is_not_lobbied_away() {
    // Now b1 loses far more than it tolerates: lobbying spends the intervention for nothing.
    let m = room(
        &[
            Bloc {
                id: "a",
                members: 1,
                influence: 1.0,
                reservation: -4.0,
                rules: r#"(tag: "x", weight: 1.1)"#,
            },
            Bloc {
                id: "b",
                members: 1,
                influence: 1.0,
                reservation: -9.0,
                rules: r#"(tag: "x", weight: -5.0)"#,
            },
        ],
        &[("About w.", "w")],
        &insert("x"),
        "Surgical",
        2,
    );
    let a1 = m.delegation("a1").unwrap();
    let b1 = m.delegation("b1").unwrap();
    let mut s = Session::open(m.clone(), 3, &[(Seat::Delegation(a1), Controller::Script)]);
    s.input(
        Seat::Delegation(a1),
        Command::Act(Action::TableCard("add-x".into())),
    )
    .or_else(|_| {
        s.input(Seat::Delegation(a1), Command::Act(Action::Pass))?;
        s.input(
            Seat::Delegation(a1),
            Command::Act(Action::TableCard("add-x".into())),
        )
    })
    .unwrap();
    while s.stage() != Stage::Speaking || s.pending().first() != Some(&Seat::Delegation(a1)) {
        s.input(Seat::Delegation(a1), Command::Act(Action::Pass))
            .unwrap();
    }
    let id = s.floor().iter().chain(s.brackets()).next().unwrap().id;
    let budget = s.budget(a1);
    s.input(
        Seat::Delegation(a1),
        Command::Act(Action::Lobby {
            amendment: id,
            delegation: b1,
        }),
    )
    .unwrap();
    assert_eq!(s.budget(a1), budget - 1);
    assert!(
        s.events()
            .iter()
            .any(|e| matches!(e, Event::Lobbied { persuaded, .. } if persuaded.is_empty()))
    );
    while !s.is_finished() {
        let action = if s.stage() == Stage::Adoption {
            Action::Join
        } else {
            Action::Pass
        };
        s.input(Seat::Delegation(a1), Command::Act(action)).unwrap();
    }
    assert!(
        !has_tag(&s, "x"),
        "the Chair keeps the text against a loss b1 cannot live with"
    );
}

/// The tutorial with `d` passing every turn until the vote, then taking the coach's advice
/// at each vote (`advised`) or joining at once; returns the game and whether it blocked.
fn vote_as_coached(m: &Arc<Model>, d: DelegationId, seed: u64, advised: bool) -> (Session, bool) {
    let me = Seat::Delegation(DelegationId::at(d.index()));
    let mut s = Session::open(m.clone(), seed, &[(me, Controller::Script)]);
    let mut blocked = false;
    for _ in 0..2000 {
        if s.is_finished() {
            return (s, blocked);
        }
        let action = match s.stage() {
            Stage::Adoption if advised => match s.suggest(me, 1).into_iter().next() {
                Some(x) => match x.command {
                    Command::Act(a) => a,
                    _ => Action::Join,
                },
                None => Action::Join,
            },
            Stage::Adoption => Action::Join,
            _ => Action::Pass,
        };
        blocked |= action == Action::Block;
        s.input(me, Command::Act(action)).unwrap();
    }
    panic!("the game must end");
}

fn score(s: &Session, d: DelegationId) -> f32 {
    s.events()
        .iter()
        .find_map(|e| match e {
            Event::Scored { delegation, score } if *delegation == DelegationId::at(d.index()) => {
                Some(score.total)
            }
            _ => None,
        })
        .expect("a finished game is scored")
}

#[test]
fn a_block_the_chair_buys_back_wins_a_concession_and_the_coach_knows_when() {
    let m = super::tutorial();
    let ru = m.delegation("ru").unwrap();
    let (mut bought, mut joined) = (0, 0);
    for seed in 1..=20 {
        let (coached, blocked) = vote_as_coached(&m, ru, seed, true);
        let (plain, _) = vote_as_coached(&m, ru, seed, false);
        // The coach never sinks the report: it advises a block only while the Chair can
        // still win the blocker back, and only when that ends better than joining.
        assert!(coached.outcome().is_some_and(|o| o.adopted), "seed {seed}");
        if blocked {
            bought += 1;
            assert!(
                score(&coached, ru) > score(&plain, ru),
                "seed {seed}: the block paid ({} against {})",
                score(&coached, ru),
                score(&plain, ru)
            );
            let text_moved = coached.document() != plain.document();
            assert!(
                text_moved,
                "seed {seed}: the Chair gave something for the block"
            );
        } else {
            joined += 1;
            assert_eq!(score(&coached, ru), score(&plain, ru), "seed {seed}");
        }
    }
    assert!(
        bought > 0 && joined > 0,
        "a block pays in some games and not in others ({bought} blocked, {joined} joined)"
    );
}
