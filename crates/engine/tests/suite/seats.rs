//! Seats and commands: a seat acts only for itself, control changes hands mid-game, answers
//! in any order give the same game, views keep private data private, and forks replay.

use std::collections::BTreeMap;
use std::sync::Arc;

use zero_draft_engine::log::{Action, Event};
use zero_draft_engine::policy::{Advisor, AiDelegate, Delegate, PersonaChair, Players, drive};
use zero_draft_engine::seat::{Command, Controller, Seat, SeatName};
use zero_draft_engine::session::{ActionError, Session, Stage};
use zero_draft_engine::view::{PublicScenario, RoomView, SeatView};

use super::tutorial;
use zero_draft_engine::ids::{AmendmentId, DelegationId};

fn seat(s: &Session, id: &str) -> Seat {
    Seat::Delegation(s.model().delegation(id).unwrap())
}

/// Plays every seat that waits with the engine's AI choice, pending seats taken in the order
/// `pick` gives (first or last), so tests can vary who answers first.
fn play_out(s: &mut Session, last_first: bool) {
    for _ in 0..5_000 {
        let mut pending = s.pending();
        if pending.is_empty() {
            return;
        }
        if last_first {
            pending.reverse();
        }
        let seat = pending[0];
        let Seat::Delegation(d) = seat else {
            panic!("only delegations are played from outside here");
        };
        // Object to everything on the floor not one's own at "any objection?", then pass.
        let command = if s.stage() == Stage::Consensus {
            let answered = s.answers_of(d);
            s.floor()
                .iter()
                .find(|a| {
                    a.proposer != d
                        && a.stance_of(d).is_none()
                        && !answered.contains(&Action::Object(a.id))
                })
                .map_or(Command::Act(Action::Pass), |a| {
                    Command::Act(Action::Object(a.id))
                })
        } else {
            Command::Act(s.ai_action(d))
        };
        if s.input(seat, command).is_err() {
            s.input(seat, Command::Act(Action::Pass))
                .or_else(|_| s.input(seat, Command::Act(Action::Join)))
                .expect("passing or joining is always possible for a waiting seat");
        }
    }
    panic!("the game must end");
}

#[test]
fn a_seat_cannot_act_for_another() {
    let m = tutorial();
    let mut s = Session::new(m.clone(), 5, &["nl", "au"]).unwrap();
    let waiting = s.pending()[0];
    let other = if waiting == seat(&s, "nl") {
        seat(&s, "au")
    } else {
        seat(&s, "nl")
    };
    let before = (s.events().len(), s.inputs().len());
    let refusals = [
        (other, Command::Act(Action::Pass)),
        (Seat::Facilitator, Command::Act(Action::Pass)),
        (Seat::Chair, Command::Act(Action::Pass)),
        (waiting, Command::Pause),
        (
            waiting,
            Command::Control {
                seat: SeatName::Delegation("nl".into()),
                controller: Controller::Ai,
            },
        ),
        (
            Seat::Chair,
            Command::Rule {
                amendment: AmendmentId(1),
                option: 0,
            },
        ),
        (
            Seat::Delegation(DelegationId(999)),
            Command::Act(Action::Pass),
        ),
    ];
    for (seat, command) in refusals {
        let e = s.input(seat, command.clone()).unwrap_err();
        assert!(
            matches!(
                e,
                ActionError::NotYourTurn { .. }
                    | ActionError::NotThisSeat(_)
                    | ActionError::NotRuling
                    | ActionError::UnknownDelegation(_)
            ),
            "{seat:?} {command:?}: {e}"
        );
        assert_eq!(
            (s.events().len(), s.inputs().len()),
            before,
            "refusals change nothing"
        );
    }
    // Paused, nobody but the facilitator acts.
    s.input(Seat::Facilitator, Command::Pause).unwrap();
    assert_eq!(
        s.input(waiting, Command::Act(Action::Pass)),
        Err(ActionError::Paused)
    );
    s.input(Seat::Facilitator, Command::Resume).unwrap();
    s.input(waiting, Command::Act(Action::Pass)).unwrap();
}

/// A script plays a delegation: it tables its capital's first card it can, then passes.
struct CardsFirst;

impl Delegate for CardsFirst {
    fn decide(&mut self, view: &SeatView, advisor: &Advisor) -> Command {
        let legal = advisor.legal();
        let asks = &view.private.as_ref().expect("a delegation's seat").asks;
        asks.iter()
            .map(|&k| Command::Act(Action::TableCard(view.room.scenario.cards[k].id.clone())))
            .find(|c| legal.contains(c))
            .unwrap_or_else(|| advisor.ai_move())
    }
}

#[test]
fn a_script_seat_and_a_human_seat_swap_mid_game() {
    let m = tutorial();
    let mut s = Session::new(m.clone(), 9, &["nl"]).unwrap();
    let nl = seat(&s, "nl");
    let au = seat(&s, "au");
    // The person at nl plays a few inputs, then a script takes nl and a person takes au.
    for _ in 0..3 {
        let Some(&w) = s.pending().first() else { break };
        s.input(w, Command::Act(Action::Pass)).unwrap();
    }
    let control = |who: &str, c| Command::Control {
        seat: SeatName::Delegation(who.into()),
        controller: c,
    };
    s.input(Seat::Facilitator, control("nl", Controller::Script))
        .unwrap();
    s.input(Seat::Facilitator, control("au", Controller::Person))
        .unwrap();
    assert_eq!(s.controller(nl), Controller::Script);
    assert_eq!(s.controller(au), Controller::Person);
    let mut players = Players {
        delegates: BTreeMap::from([(nl, Box::new(CardsFirst) as Box<dyn Delegate>)]),
        chair: None,
    };
    let mut swapped = false;
    for _ in 0..2_000 {
        if s.is_finished() {
            break;
        }
        drive(&mut s, &mut players, 10_000);
        let pending = s.pending();
        if pending.contains(&au) {
            s.input(au, Command::Act(s.ai_action(au.delegation().unwrap())))
                .or_else(|_| s.input(au, Command::Act(Action::Pass)))
                .unwrap();
            // Halfway through, hand the seats back: au to the AI, nl to a person.
            if !swapped && s.rounds_played() >= 2 {
                s.input(Seat::Facilitator, control("au", Controller::Ai))
                    .unwrap();
                s.input(Seat::Facilitator, control("nl", Controller::Person))
                    .unwrap();
                players.delegates.clear();
                players.delegates.insert(nl, Box::new(AiDelegate));
                swapped = true;
            }
        }
    }
    assert!(s.is_finished());
    assert!(swapped, "the seats were handed back mid-game");
    let changes = s
        .events()
        .iter()
        .filter(|e| matches!(e, Event::ControlChanged { .. }))
        .count();
    assert_eq!(changes, 4, "every change of hands is in the log");
    let record = s.record("tutorial.ron", super::TUTORIAL);
    let again = Session::replay_verified(m, &record).expect("the record replays");
    assert_eq!(again.events(), s.events());
}

#[test]
fn answers_in_any_order_give_the_same_game() {
    let m = tutorial();
    let humans = ["nl", "au", "br"];
    let humans: Vec<&str> = humans
        .into_iter()
        .filter(|h| {
            m.delegation(h)
                .is_some_and(|d| m.delegations[d.index()].playable)
        })
        .collect();
    assert!(
        humans.len() >= 2,
        "the tutorial has several playable delegations"
    );
    for seed in [1, 2, 3] {
        let mut first = Session::new(m.clone(), seed, &humans).unwrap();
        let mut last = Session::new(m.clone(), seed, &humans).unwrap();
        play_out(&mut first, false);
        play_out(&mut last, true);
        assert_ne!(
            first.inputs(),
            last.inputs(),
            "the answers arrived in different orders"
        );
        assert_eq!(first.events(), last.events(), "seed {seed}");
        assert_eq!(first.document(), last.document());
    }
}

/// Every private string of every delegation but `me`.
fn private_strings(m: &zero_draft_engine::Model, me: DelegationId) -> Vec<String> {
    let mine: Vec<&str> = {
        let d = &m.delegations[me.index()];
        std::iter::once(d.briefing.as_str())
            .chain(d.objectives.iter().map(|o| o.description.as_str()))
            .collect()
    };
    m.delegations
        .iter()
        .enumerate()
        .filter(|(d, _)| *d != me.index())
        .flat_map(|(_, d)| {
            std::iter::once(d.briefing.clone())
                .chain(d.objectives.iter().map(|o| o.description.to_string()))
        })
        .filter(|s| s.len() > 12 && !mine.contains(&s.as_str()))
        .collect()
}

#[test]
fn a_seat_view_never_holds_another_delegations_private_data() {
    let m = tutorial();
    let humans: Vec<String> = m
        .delegations
        .iter()
        .filter(|d| d.playable)
        .map(|d| d.id.clone())
        .collect();
    let ids: Vec<&str> = humans.iter().map(String::as_str).collect();
    let mut s = Session::new(m.clone(), 4, &ids).unwrap();
    let public = Arc::new(PublicScenario::of(&m));
    let mut checked = 0;
    for step in 0..400 {
        if step % 7 == 0 || s.is_finished() {
            let room = Arc::new(RoomView::of(&s, public.clone()));
            assert!(!room.log.iter().any(|e| matches!(e, Event::Scored { .. })));
            for d in m.delegation_ids() {
                let view = SeatView::of(room.clone(), &s, Seat::Delegation(d));
                let text = serde_json::to_string(&view).unwrap();
                for secret in private_strings(&m, d) {
                    assert!(
                        !text.contains(&secret),
                        "{}'s view holds another delegation's \"{secret}\"",
                        m.delegations[d.index()].id
                    );
                }
                assert_eq!(view.private.as_ref().unwrap().delegation, d);
                checked += 1;
            }
        }
        if s.is_finished() {
            break;
        }
        let w = s.pending()[0];
        let d = w.delegation().unwrap();
        s.input(w, Command::Act(s.ai_action(d)))
            .or_else(|_| s.input(w, Command::Act(Action::Pass)))
            .unwrap();
    }
    assert!(s.is_finished());
    assert!(checked > 50);
}

#[test]
fn a_fork_at_every_input_replays_the_game_up_to_that_point() {
    let original = super::session::play_as_netherlands(3);
    let m = original.model_arc();
    let record = original.record("tutorial.ron", super::TUTORIAL);
    assert!(record.inputs.len() > 5);
    let mut step = Session::new(m.clone(), 3, &["nl"]).unwrap();
    for at in 0..=record.inputs.len() {
        let fork = Session::fork(m.clone(), &record, at).unwrap();
        assert_eq!(fork.events(), step.events(), "fork at {at}");
        assert_eq!(fork.events(), &original.events()[..fork.events().len()]);
        if let Some(input) = record.inputs.get(at) {
            let seat = input.seat.resolve(&m).unwrap();
            step.input(seat, input.command.clone()).unwrap();
        }
    }
    assert!(Session::fork(m.clone(), &record, record.inputs.len() + 1).is_err());
    // A reseeded fork keeps the past and rolls new dice for the future.
    let fork = Session::fork(m, &record, 2).unwrap();
    let a = fork.reseeded(1);
    let b = fork.reseeded(2);
    assert_eq!(&a.events()[..fork.events().len()], fork.events());
    assert_eq!(&b.events()[..fork.events().len()], fork.events());
}

#[test]
fn a_chair_played_from_outside_rules_on_every_bracket() {
    let m = tutorial();
    let mut s = Session::open(m.clone(), 6, &[(Seat::Chair, Controller::Script)]);
    let mut players = Players {
        delegates: BTreeMap::new(),
        chair: Some(Box::new(PersonaChair)),
    };
    let report = drive(&mut s, &mut players, 10_000);
    assert!(s.is_finished(), "{report:?}");
    assert!(report.refused.is_empty(), "{report:?}");
    assert!(report.inputs > 0, "the Chair ruled at least once");
    assert!(s.inputs().iter().all(|i| i.seat == SeatName::Chair
        && matches!(i.command, Command::Rule { .. } | Command::IssueRevision)));
    let record = s.record("tutorial.ron", super::TUTORIAL);
    Session::replay_verified(m, &record).expect("a Chair's game replays");
}

#[test]
fn a_chair_played_from_outside_reaches_adoption_in_the_2020_room() {
    // The Chair ruled through commands only: each bracket gets the option with the fewest
    // predicted objectors (not the persona's pick); once it also cuts a clause and restores
    // it; it issues each revision itself; and the game still reaches its vote.
    let source = include_str!("../../../../scenarios/oewg-2020-predraft.ron");
    let m = super::model_from(source);
    let mut s = Session::open(m.clone(), 3, &[(Seat::Chair, Controller::Person)]);
    let mut rulings = 0;
    let mut cut = false;
    while let Some(&w) = s.pending().first() {
        assert_eq!(w, Seat::Chair, "only the Chair is played from outside");
        let Some(a) = s.brackets().first().cloned() else {
            if !cut {
                cut = true;
                let clause = s.document().clauses().next().unwrap().2.id.clone();
                s.input(
                    Seat::Chair,
                    Command::Cut {
                        clause: clause.clone(),
                    },
                )
                .unwrap();
                assert!(s.restorable().contains(&clause));
                s.input(Seat::Chair, Command::Restore { clause }).unwrap();
            }
            s.input(Seat::Chair, Command::IssueRevision).unwrap();
            continue;
        };
        // The revision cannot go out while a bracket waits.
        assert!(matches!(
            s.input(Seat::Chair, Command::IssueRevision),
            Err(ActionError::BracketsLeft)
        ));
        let options = s.chair_options(&a);
        let pick = (0..options.len())
            .min_by_key(|&k| options[k].objectors.len())
            .unwrap();
        s.input(
            Seat::Chair,
            Command::Rule {
                amendment: a.id,
                option: pick as u32,
            },
        )
        .unwrap();
        rulings += 1;
    }
    assert!(s.is_finished());
    assert!(rulings > 3, "{rulings} rulings");
    assert!(cut, "the Chair had a revision to make its own edits in");
    assert!(
        s.events()
            .iter()
            .any(|e| matches!(e, Event::ChairEdited { .. }))
    );
    // The Chair is scored on consensus, text retained and balance.
    let score = s
        .events()
        .iter()
        .find_map(|e| match e {
            Event::ChairScored { score } => Some(score.clone()),
            _ => None,
        })
        .expect("the Chair is scored");
    for part in [score.consensus, score.retained, score.balance, score.total] {
        assert!((0.0..=100.0).contains(&part), "{score:?}");
    }
    assert!(
        s.events()
            .iter()
            .any(|e| matches!(e, Event::AdoptionCalled { .. }))
    );
    let record = s.record("oewg-2020-predraft.ron", source);
    Session::replay_verified(m, &record).expect("the Chair's game replays");
}

#[test]
fn suggestions_are_legal_and_ranked() {
    let m = tutorial();
    let mut s = Session::new(m.clone(), 2, &["nl"]).unwrap();
    let nl = seat(&s, "nl");
    let mut seen = 0;
    while let Some(&w) = s.pending().first() {
        let legal = s.legal_commands(w);
        let suggestions = s.suggest(w, 3);
        assert!(!suggestions.is_empty() && suggestions.len() <= 3);
        for pair in suggestions.windows(2) {
            assert!(pair[0].value >= pair[1].value);
        }
        for sg in &suggestions {
            let free_text = matches!(sg.command, Command::Act(Action::Table(_)));
            assert!(free_text || legal.contains(&sg.command), "{:?}", sg.command);
        }
        seen += 1;
        let top = suggestions[0].command.clone();
        if s.input(nl, top).is_err() {
            s.input(nl, Command::Act(Action::Pass))
                .or_else(|_| s.input(nl, Command::Act(Action::Join)))
                .unwrap();
        }
    }
    assert!(s.is_finished());
    assert!(seen > 3);
}

#[test]
fn the_chair_never_offers_wording_the_text_already_holds() {
    use zero_draft_engine::log::ChairOutcome;
    let source = include_str!("../../../../scenarios/oewg-2020-predraft.ron");
    let m = super::model_from(source);
    let wording = |id: &str| {
        let c = &m.scenario.chair;
        c.compromises
            .iter()
            .find(|x| x.id == id)
            .map(|x| x.text.clone())
            .or_else(|| {
                c.agreed_language
                    .iter()
                    .find(|x| x.id == id)
                    .map(|x| x.text.clone())
            })
            .unwrap()
    };
    let mut offered = 0;
    for seed in 1..=10 {
        let mut s = Session::open(m.clone(), seed, &[(Seat::Chair, Controller::Person)]);
        while let Some(&w) = s.pending().first() {
            assert_eq!(w, Seat::Chair);
            let Some(a) = s.brackets().first().cloned() else {
                s.input(Seat::Chair, Command::IssueRevision).unwrap();
                continue;
            };
            let options = s.chair_options(&a);
            for o in &options {
                if let ChairOutcome::Compromise(id) | ChairOutcome::AgreedLanguage(id) = &o.outcome
                {
                    offered += 1;
                    let text = wording(id);
                    assert!(
                        !s.document()
                            .clauses()
                            .any(|(_, _, c)| c.text.trim() == text.trim()),
                        "seed {seed}: {id} is offered though the text already reads {text:?}"
                    );
                }
            }
            let pick = s.persona_ruling(&a).unwrap_or(0);
            s.input(
                Seat::Chair,
                Command::Rule {
                    amendment: a.id,
                    option: pick as u32,
                },
            )
            .unwrap();
        }
    }
    assert!(
        offered > 0,
        "the Chair offered its own wording at least once"
    );
}
