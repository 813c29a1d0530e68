//! The action API: a human delegation plays the tutorial; illegal actions are refused.

use zero_draft_engine::Session;
use zero_draft_engine::log::{Action, Event, Position};
use zero_draft_engine::scenario::EditSpec;
use zero_draft_engine::session::{ActionError, SetupError, Stage};

use super::tutorial;
use zero_draft_engine::ids::{AmendmentId, DelegationId};

/// A move, and the refusal it must meet.
type Attempt = (DelegationId, Action, fn(&ActionError) -> bool);

#[test]
fn only_playable_delegations_can_be_played() {
    let m = tutorial();
    assert!(matches!(
        Session::new(m.clone(), 1, &["cn"]),
        Err(SetupError::NotPlayable(_))
    ));
    assert!(matches!(
        Session::new(m.clone(), 1, &["xx"]),
        Err(SetupError::UnknownDelegation(_))
    ));
    assert!(matches!(
        Session::new(m, 1, &["nl", "nl"]),
        Err(SetupError::Duplicate(_))
    ));
}

/// Plays a whole tutorial game as the Netherlands with a simple policy, exercising every action.
pub fn play_as_netherlands(seed: u64) -> Session {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let mut s = Session::new(m.clone(), seed, &["nl"]).unwrap();
    let mut tabled = false;
    let mut guard = 0;
    while let Some(turn) = s.turn() {
        guard += 1;
        assert!(guard < 500, "the game must end");
        assert_eq!(turn.delegation, nl);
        match turn.stage {
            Stage::Speaking if !tabled => {
                // Another delegation may hold the paragraph this round: wait for the next.
                match s.act(nl, Action::TableCard("repository-move".into())) {
                    Ok(_) => tabled = true,
                    Err(ActionError::ParagraphBusy(_)) => s.act(nl, Action::Pass).unwrap(),
                    Err(e) => panic!("the card applies: {e}"),
                }
            }
            Stage::Speaking | Stage::Consensus => {
                // Object to anything touching human rights, co-sponsor the rest once.
                let todo: Vec<(AmendmentId, bool)> = s
                    .floor()
                    .iter()
                    .filter(|a| a.proposer != nl && a.stance_of(nl).is_none())
                    .map(|a| (a.id, matches!(&a.edit, EditSpec::Delete { clause } if clause.starts_with("16"))))
                    .collect();
                for (id, hostile) in todo {
                    let action = if hostile {
                        Action::Object(AmendmentId::at(id.index()))
                    } else {
                        Action::CoSponsor(AmendmentId::at(id.index()))
                    };
                    s.act(nl, action).unwrap();
                }
                s.act(nl, Action::Pass).unwrap();
            }
            Stage::Adoption => s.act(nl, Action::Join).unwrap(),
            Stage::Finished | Stage::Ruling => unreachable!(),
        }
    }
    s
}

#[test]
fn a_human_plays_the_tutorial_to_the_end() {
    let s = play_as_netherlands(3);
    assert!(s.is_finished());
    let nl = s.model().delegation("nl").unwrap();
    assert!(s.events().iter().any(|e| matches!(e, Event::Tabled { proposer, card: Some(c), .. } if *proposer == nl && c == "repository-move")));
    assert!(s.events().iter().any(|e| matches!(e, Event::PositionTaken { delegation, position: Position::Join, .. } if *delegation == nl)));
    assert!(
        s.events()
            .iter()
            .any(|e| matches!(e, Event::Scored { delegation, .. } if *delegation == nl))
    );
    assert!(
        s.revisions().len() >= 3,
        "zero draft, revisions and the final text"
    );
    assert_eq!(s.revisions().last().unwrap().name, "Final text");
}

#[test]
fn the_same_actions_replay_to_the_same_log() {
    let s = play_as_netherlands(11);
    let record = s.record("tutorial.ron", super::TUTORIAL);
    let again = Session::replay(s.model_arc(), &record).unwrap();
    assert_eq!(
        ron::ser::to_string(again.events()).unwrap(),
        ron::ser::to_string(s.events()).unwrap()
    );
}

/// Snapshot of everything observable, to prove an action changed nothing.
fn snapshot(s: &Session) -> String {
    format!(
        "{}|{:?}|{:?}|{:?}|{:?}|{:?}",
        ron::ser::to_string(s.events()).unwrap(),
        s.document(),
        s.floor(),
        s.brackets(),
        s.turn(),
        s.model()
            .delegation_ids()
            .map(|d| (s.budget(d), s.standing(d)))
            .collect::<Vec<_>>()
    )
}

#[test]
fn illegal_actions_are_refused_and_change_nothing() {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let ru = m.delegation("ru").unwrap();
    let mut s = Session::new(m.clone(), 5, &["nl", "ru"]).unwrap();
    // Get to the Netherlands' speaking turn.
    while s.turn().unwrap().delegation != nl {
        let t = s.turn().unwrap();
        s.act(t.delegation, Action::Pass).unwrap();
    }
    let before = snapshot(&s);
    let control = s.clone();
    let attempts: Vec<Attempt> = vec![
        (ru, Action::Pass, |e| {
            matches!(e, ActionError::NotYourTurn { .. })
        }),
        (nl, Action::Join, |e| {
            matches!(e, ActionError::WrongStage(..))
        }),
        (nl, Action::Object(AmendmentId(999)), |e| {
            matches!(e, ActionError::NoSuchAmendment(AmendmentId(999)))
        }),
        (nl, Action::Withdraw(AmendmentId(999)), |e| {
            matches!(e, ActionError::NoSuchAmendment(AmendmentId(999)))
        }),
        (nl, Action::TableCard("nope".into()), |e| {
            matches!(e, ActionError::UnknownCard(_))
        }),
        (
            nl,
            Action::Table(EditSpec::Delete {
                clause: "99.9".into(),
            }),
            |e| matches!(e, ActionError::Edit(_)),
        ),
        (
            nl,
            Action::Table(EditSpec::Replace {
                clause: "9.1".into(),
                text: "   ".into(),
                tags: vec![],
            }),
            |e| matches!(e, ActionError::Edit(_)),
        ),
        (
            nl,
            Action::Table(EditSpec::Move {
                paragraph: "8".into(),
                to_section: "threats".into(),
            }),
            |e| matches!(e, ActionError::Edit(_)),
        ),
        (
            nl,
            Action::Table(EditSpec::NewParagraph {
                section: "norms".into(),
                id: "15".into(),
                after: None,
                text: "Dup.".into(),
                tags: vec![],
            }),
            |e| matches!(e, ActionError::Edit(_)),
        ),
        (DelegationId(999), Action::Pass, |e| {
            matches!(
                e,
                ActionError::UnknownDelegation(_) | ActionError::NotYourTurn { .. }
            )
        }),
    ];
    for (who, action, expected) in attempts {
        let err = s
            .act(DelegationId::at(who.index()), action.clone())
            .expect_err(&format!("{action:?} must be refused"));
        assert!(expected(&err), "{action:?} gave {err:?}");
        assert_eq!(snapshot(&s), before, "{action:?} changed the session");
    }
    // And the game goes on exactly as if they had never been tried.
    let mut a = s;
    let mut b = control;
    for _ in 0..200 {
        let Some(t) = a.turn() else { break };
        let action = if t.stage == Stage::Adoption {
            Action::Join
        } else {
            Action::Pass
        };
        a.act(t.delegation, action.clone()).unwrap();
        b.act(t.delegation, action).unwrap();
    }
    assert!(a.is_finished());
    assert_eq!(
        ron::ser::to_string(a.events()).unwrap(),
        ron::ser::to_string(b.events()).unwrap()
    );
}

#[test]
fn a_paragraph_takes_one_amendment_at_a_time_and_budgets_run_out() {
    let m = tutorial();
    let nl = m.delegation("nl").unwrap();
    let au = m.delegation("au").unwrap();
    let mut s = Session::new(m.clone(), 2, &["nl", "au"]).unwrap();
    let speak = |s: &mut Session, who| {
        while s.turn().unwrap().delegation != who || s.turn().unwrap().stage != Stage::Speaking {
            let t = s.turn().unwrap();
            s.act(t.delegation, Action::Pass).unwrap();
        }
    };
    speak(&mut s, nl);
    let busy = s
        .floor()
        .iter()
        .chain(s.brackets())
        .map(|a| a.paragraph.clone())
        .collect::<Vec<_>>();
    let free = ["15", "23", "8", "10"]
        .into_iter()
        .find(|p| !busy.iter().any(|b| b == p))
        .unwrap();
    let edit = EditSpec::Insert {
        paragraph: free.into(),
        after: None,
        text: "States welcomed progress.".into(),
        tags: vec![],
    };
    s.act(nl, Action::Table(edit.clone())).unwrap();
    speak(&mut s, au);
    if s.floor().iter().any(|a| a.paragraph == free) {
        let again = EditSpec::Insert {
            paragraph: free.into(),
            after: None,
            text: "Another.".into(),
            tags: vec![],
        };
        assert!(matches!(
            s.act(au, Action::Table(again)),
            Err(ActionError::ParagraphBusy(_))
        ));
    }
}

#[test]
fn a_card_limited_to_a_phase_is_tabled_only_then() {
    let source = super::TUTORIAL.replacen(
        "edit: Move(paragraph: \"10\", to_section: \"dialogue\"),",
        "edit: Move(paragraph: \"10\", to_section: \"dialogue\"), phases: [\"final-day\"],",
        1,
    );
    assert_ne!(source, super::TUTORIAL);
    let m = std::sync::Arc::new(zero_draft_engine::Model::new(
        zero_draft_engine::scenario::parse_str("tutorial.ron", &source).unwrap(),
    ));
    let nl = m.delegation("nl").unwrap();
    let card = Action::TableCard("repository-move".into());
    let seat = zero_draft_engine::seat::Seat::Delegation(nl);
    let legal = |s: &Session| {
        s.legal_commands(seat)
            .contains(&zero_draft_engine::seat::Command::Act(card.clone()))
    };
    // In some games the Chair has cut paragraph 10 by the final day: the first seed where it
    // stands shows the card tabled then.
    let mut tabled = false;
    for seed in 1..20 {
        let mut s = Session::new(m.clone(), seed, &["nl"]).unwrap();
        assert_eq!(s.turn().unwrap().stage, Stage::Speaking);
        assert!(!legal(&s), "not a move before the final day");
        match s.act(nl, card.clone()) {
            Err(ActionError::CardOutOfPhase(c, phases)) => {
                assert_eq!(c.as_str(), "repository-move");
                assert_eq!(phases, vec!["Final day".to_string()]);
            }
            other => panic!("refused for its phase: {other:?}"),
        }
        // Pass until the final day: then the card is the Netherlands' to table.
        let mut guard = 0;
        while s.phase() + 1 < m.scenario.schedule.phases.len() {
            guard += 1;
            assert!(guard < 500);
            let turn = s.turn().expect("the game goes on to the final day");
            let action = match turn.stage {
                Stage::Adoption => Action::Join,
                _ => Action::Pass,
            };
            s.act(nl, action).unwrap();
        }
        assert_eq!(s.turn().map(|t| t.stage), Some(Stage::Speaking));
        let doc = s.document();
        if doc
            .find_paragraph("10")
            .is_none_or(|(sec, i)| doc.sections[sec].paragraphs[i].is_deleted())
        {
            continue;
        }
        assert!(legal(&s), "tabled on the final day");
        s.act(nl, card.clone()).unwrap();
        tabled = true;
        break;
    }
    assert!(tabled, "paragraph 10 stood on the final day in some game");
    // A phase the schedule does not have is refused with its place.
    let bad = super::TUTORIAL.replacen(
        "edit: Move(paragraph: \"10\", to_section: \"dialogue\"),",
        "edit: Move(paragraph: \"10\", to_section: \"dialogue\"), phases: [\"last-day\"],",
        1,
    );
    let e = zero_draft_engine::scenario::parse_str("tutorial.ron", &bad)
        .unwrap_err()
        .to_string();
    assert!(e.contains("phases[0]") && e.contains("last-day"), "{e}");
}
